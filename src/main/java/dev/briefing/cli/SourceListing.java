package dev.briefing.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.briefing.errors.SourcePosition;
import dev.briefing.errors.TerminalText;
import dev.briefing.index.SiteIndex;
import dev.briefing.index.SourceEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The works a site's articles cite, as {@code briefing check --sources} lists them: each with the
 * facts the bibliography holds and every place an article cites it, the works lacking a URL or a
 * date marked for review. Other works first, then the briefing's own articles that others cite, each
 * group in the bibliography's order.
 *
 * <pre>
 * fuel-prices-2024: title "Fuel Prices 2024", publisher "Valley Energy Board" (no date)
 *   content/articles/ferry.md:9:5: front matter
 *   content/articles/harbour.md:31:3: Sources list
 * </pre>
 */
final class SourceListing {
    /** The command's output stays open after the list. */
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("").withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final List<SourceEntry> works;

    private SourceListing(List<SourceEntry> works) {
        this.works = works;
    }

    static SourceListing of(SiteIndex index) {
        List<SourceEntry> works = new ArrayList<>();
        index.sources().stream().filter(s -> !s.primary()).forEach(works::add);
        index.sources().stream().filter(s -> s.primary() && !s.citations().isEmpty()).forEach(works::add);
        return new SourceListing(List.copyOf(works));
    }

    /** "4 cited works (1 without a URL, 2 without a date)": what the short report says of them. */
    String count() {
        long noUrl = works.stream().filter(w -> missing(w).contains("url")).count();
        long noDate = works.stream().filter(w -> missing(w).contains("date")).count();
        String n = ProblemPrinter.count(works.size(), "cited work");
        return noUrl + noDate == 0 ? n : n + " (" + noUrl + " without a URL, " + noDate + " without a date)";
    }

    boolean isEmpty() {
        return works.isEmpty();
    }

    void text(PrintWriter out) {
        for (SourceEntry w : works) {
            List<String> missing = missing(w).stream().map(m -> m.equals("url") ? "no URL" : "no " + m).toList();
            String note = w.primary() ? " (an article of this briefing)"
                    : missing.isEmpty() ? "" : " (" + String.join(", ", missing) + ")";
            out.println(TerminalText.safe(w.id() + ": "
                    + SourceFacts.line(w.title(), w.author(), w.publisher(), w.date(), w.url()) + note));
            for (SourceEntry.Citation c : w.citations()) {
                out.println(TerminalText.safe("  " + place(c.position()) + ": " + where(c)));
            }
        }
        out.flush();
    }

    /**
     * <pre>
     * { "sources": [ { "id": ..., "title": ..., "author": ..., "publisher": ..., "date": "2024-10", "url": ...,
     *     "doi": ..., "accessed": ..., "article": (the briefing's own article), "missing": ["url", "date"],
     *     "citations": [ { "article": ..., "path": ..., "line": 9, "column": 5, "in": "front matter" } ] } ] }
     * </pre>
     */
    void json(PrintWriter out) {
        try (JsonGenerator g = JSON.createGenerator(out).setPrettyPrinter(PRETTY)) {
            g.writeStartObject();
            g.writeArrayFieldStart("sources");
            for (SourceEntry w : works) {
                g.writeStartObject();
                g.writeStringField("id", w.id());
                g.writeStringField("title", w.title());
                field(g, "author", w.author());
                field(g, "publisher", w.publisher());
                field(g, "date", w.date().map(d -> d.iso()));
                field(g, "url", w.url());
                field(g, "doi", w.doi());
                field(g, "accessed", w.accessed().map(d -> d.iso()));
                field(g, "article", w.articleSlug());
                g.writeArrayFieldStart("missing");
                for (String m : missing(w)) {
                    g.writeString(m);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("citations");
                for (SourceEntry.Citation c : w.citations()) {
                    g.writeStartObject();
                    g.writeStringField("article", c.articleSlug());
                    g.writeStringField("path", path(c.position()));
                    g.writeNumberField("line", c.position().line());
                    g.writeNumberField("column", c.position().column());
                    g.writeStringField("in", where(c));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** What a cited work lacks that a reader would look for: "url", "date" (the briefing's own articles: nothing). */
    private static List<String> missing(SourceEntry w) {
        if (w.primary()) {
            return List.of();
        }
        return Stream.of(w.url().isEmpty() ? "url" : null, w.date().isEmpty() ? "date" : null)
                .filter(java.util.Objects::nonNull).toList();
    }

    private static String where(SourceEntry.Citation c) {
        return c.inText() ? "Sources list" : "front matter";
    }

    private static String place(SourcePosition at) {
        return path(at) + ":" + at.line() + ":" + at.column();
    }

    private static String path(SourcePosition at) {
        return at.file().toString().replace('\\', '/');
    }

    private static void field(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }
}
