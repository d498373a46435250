package dev.briefing.importer;

import dev.briefing.model.PartialDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an article copied from the web (plain text) or saved from it (HTML) into an
 * {@link ImportedArticle}: metadata lines become front matter facts, the rest becomes Markdown
 * blocks with every sentence kept word for word.
 *
 * <pre>
 * ImportedArticle article = ArticleImporter.read(Path.of("saved-page.html"));
 * Files.writeString(target, article.toMarkdown());
 * </pre>
 *
 * <p>All rules judge lines by their shape (length, punctuation, markers, repetition), never by
 * an article's words. The reading order is: the header (site name, date and section, title,
 * reading time, repeated lines), the byline block at the end ("Written by", name, bio), the list
 * of sources, then the body, whose standfirst becomes the summary.
 */
public final class ArticleImporter {
    private ArticleImporter() {}

    /** Reads a file: HTML when its name ends in {@code .html}/{@code .htm} or it starts like HTML, else text. */
    public static ImportedArticle read(Path file) throws IOException, ImportException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm")
                || text.stripLeading().toLowerCase(Locale.ROOT).matches("(?s)(\uFEFF)?(<!doctype html|<html).*");
        return html ? fromHtml(text) : fromText(text);
    }

    public static ImportedArticle fromText(String text) throws ImportException {
        return fromSource(SourceText.ofPlainText(text));
    }

    public static ImportedArticle fromHtml(String html) throws ImportException {
        return fromSource(HtmlText.of(html));
    }

    static ImportedArticle fromSource(SourceText source) throws ImportException {
        return new Reading(source).read();
    }

    /** One import in progress: the input lines, which of them are used up, and the facts found. */
    private static final class Reading {
        private final SourceText source;
        private final List<String> lines;
        private final boolean[] used;
        private Optional<PartialDate> date = Optional.empty();
        private Optional<String> section = Optional.empty();
        private Optional<String> publisher;
        private Optional<String> author = Optional.empty();
        private Optional<String> authorDescription = Optional.empty();
        private String title;

        Reading(SourceText source) {
            this.source = source;
            this.lines = source.lines();
            this.used = new boolean[lines.size()];
            this.publisher = source.siteName();
        }

        ImportedArticle read() throws ImportException {
            int bodyStart = readHeader();
            if (title == null) {
                throw new ImportException("no title found: the input has no text");
            }
            readByline(bodyStart);
            List<ImportedSource> sources = readSources(bodyStart);
            List<Block> body = BodyBlocks.of(lines, used, source.headings(), bodyStart);
            Optional<String> summary = Standfirst.take(body).map(InlineLinks::plain);
            return new ImportedArticle(title, date, section, publisher, author, authorDescription, summary,
                    source.url(), sources, List.copyOf(body));
        }

        /** Reads metadata lines and the title from the top; returns the index where the body starts. */
        private int readHeader() {
            List<Integer> filled = filledLines(0);
            int k = readSiteName(filled);
            for (; k < filled.size(); k++) {
                int i = filled.get(k);
                String s = text(i);
                if (isHeaderNoise(s)) {
                    used[i] = true;
                } else if (date.isEmpty() && DateLine.parse(s).isPresent()) {
                    DateLine d = DateLine.parse(s).get();
                    date = Optional.of(d.date());
                    section = d.section();
                    used[i] = true;
                } else if (title == null) {
                    title = s;
                    used[i] = true;
                } else if (author.isEmpty() && LineShapes.shortByline(s).isPresent()) {
                    author = LineShapes.shortByline(s);
                    used[i] = true;
                } else {
                    return i;
                }
            }
            return lines.size();
        }

        /** Reading time, separators, the site name again, the title again. */
        private boolean isHeaderNoise(String s) {
            return LineShapes.isReadingTime(s) || LineShapes.isSeparator(s) || s.equals(title)
                    || publisher.filter(s::equals).isPresent();
        }

        /**
         * The site's name is a first line followed by a separator line ("Name" then "//"), or a
         * first line the header repeats after some other line (the title, not just a reading time).
         */
        private int readSiteName(List<Integer> filled) {
            if (filled.isEmpty() || !LineShapes.isNameShaped(text(filled.get(0))) || DateLine.parse(text(filled.get(0))).isPresent()) {
                return 0;
            }
            String first = text(filled.get(0));
            if (filled.size() > 1 && LineShapes.isSeparator(text(filled.get(1)))) {
                publisher = Optional.of(first);
                used[filled.get(0)] = true;
                return 1;
            }
            boolean otherLineBetween = false;
            for (int k = 1; k < Math.min(filled.size(), 8); k++) {
                String s = text(filled.get(k));
                if (s.equals(first) && otherLineBetween) {
                    publisher = Optional.of(first);
                    used[filled.get(0)] = true;
                    return 1;
                }
                otherLineBetween |= !LineShapes.isReadingTime(s) && !LineShapes.isSeparator(s) && DateLine.parse(s).isEmpty();
            }
            return 0;
        }

        /** "Written by" (with the name on it or on the next line), then one line of bio. */
        private void readByline(int from) {
            List<Integer> filled = filledLines(from);
            int at = -1;
            for (int k = filled.size() - 1; k >= 0; k--) {
                if (LineShapes.writtenBy(lines.get(filled.get(k))).isPresent()) {
                    at = k;
                    break;
                }
            }
            if (at < 0) {
                return;
            }
            String name = LineShapes.writtenBy(lines.get(filled.get(at))).get();
            used[filled.get(at)] = true;
            int next = at + 1;
            if (name.isEmpty() && next < filled.size() && LineShapes.isNameShaped(text(filled.get(next)))) {
                name = text(filled.get(next));
                used[filled.get(next++)] = true;
            }
            if (name.isEmpty()) {
                return;
            }
            author = Optional.of(name);
            if (next < filled.size() && !LineShapes.isListItem(lines.get(filled.get(next)))
                    && !LineShapes.isHeadingShaped(lines.get(filled.get(next)))) {
                authorDescription = Optional.of(text(filled.get(next)));
                used[filled.get(next)] = true;
            }
            String initials = LineShapes.initialsOf(name);
            if (at > 0 && LineShapes.isInitials(text(filled.get(at - 1)))) {
                used[filled.get(at - 1)] = true; // the avatar's initials, shown just before the byline
            }
            for (int k = 0; k < at; k++) {
                if (text(filled.get(k)).equals(initials)) {
                    used[filled.get(k)] = true;
                }
            }
        }

        /** A "Sources" label and the list after it. */
        private List<ImportedSource> readSources(int from) {
            List<Integer> filled = filledLines(from);
            for (int k = 0; k < filled.size() - 1; k++) {
                if (!LineShapes.isSourcesLabel(lines.get(filled.get(k)))) {
                    continue;
                }
                List<ImportedSource> sources = new ArrayList<>();
                boolean list = LineShapes.isListItem(lines.get(filled.get(k + 1)));
                List<Integer> items = new ArrayList<>();
                for (int j = k + 1; j < filled.size(); j++) {
                    int i = filled.get(j);
                    boolean contiguous = i == filled.get(j - 1) + 1;
                    if (list ? !LineShapes.isListItem(lines.get(i)) : !contiguous) {
                        break;
                    }
                    Optional<ImportedSource> source = ImportedSource.parse(lines.get(i));
                    if (source.isEmpty() || !list && source.get().publisher().isEmpty() && source.get().url().isEmpty()) {
                        break;
                    }
                    sources.add(source.get());
                    items.add(i);
                }
                if (!sources.isEmpty()) {
                    used[filled.get(k)] = true;
                    items.forEach(i -> used[i] = true);
                    return List.copyOf(sources);
                }
            }
            return List.of();
        }

        private List<Integer> filledLines(int from) {
            List<Integer> filled = new ArrayList<>();
            for (int i = from; i < lines.size(); i++) {
                if (!used[i] && !lines.get(i).isBlank()) {
                    filled.add(i);
                }
            }
            return filled;
        }

        /** A line as metadata: stripped, links reduced to their text. */
        private String text(int i) {
            return InlineLinks.plain(lines.get(i)).strip();
        }
    }
}
