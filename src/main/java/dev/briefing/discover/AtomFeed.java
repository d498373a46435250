package dev.briefing.discover;

import com.vladsch.flexmark.html.HtmlRenderer;
import dev.briefing.errors.Problems;
import dev.briefing.index.SiteIndex;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Article;
import dev.briefing.model.PartialDate;
import dev.briefing.render.BuildClock;
import dev.briefing.render.OutputFile;
import dev.briefing.render.PageHeads;
import dev.briefing.render.Templates;
import dev.briefing.render.ViewFactory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Atom feed ({@code feed.xml}) of every article, from the {@code feed.ftlx} template. Needs the
 * base URL: feed ids and links must be absolute.
 *
 * <p>Dates are never invented. {@code published} is written only for an article dated to the day.
 * Atom requires {@code updated} on every entry, so an article with no day-precise date gets the
 * feed's own time there: {@code SOURCE_DATE_EPOCH} when set, else the newest date of the content,
 * never the clock, so the same content always gives the same feed (and a publish with nothing new
 * commits nothing).
 * Article bodies are rendered with absolute person and article links, since feed readers have no
 * page to resolve relative links against.
 */
public final class AtomFeed {
    /** The shape {@code feed.ftlx} receives. Nullable fields are left out of the XML. */
    public record FeedView(String language, String title, String subtitle, String homeUrl, String selfUrl,
            String updated, List<EntryView> entries) {}

    public record EntryView(String title, String url, String published, String updated, String author,
            String category, String summary, String contentHtml) {}

    private AtomFeed() {}

    public static Optional<OutputFile> render(SiteIndex index, String baseUrl, Templates templates,
            MarkdownEngine markdown, Problems problems) {
        HtmlRenderer absolute = markdown.absoluteRenderer(baseUrl);
        Instant buildTime = BuildClock.sourceDateEpoch().orElseGet(() -> newestContentDate(index));
        List<EntryView> entries = index.articles().stream()
                .map(a -> entry(a, baseUrl, absolute, buildTime)).toList();
        String updated = entries.stream().map(EntryView::updated).max(Comparator.naturalOrder())
                .orElse(BuildClock.rfc3339(buildTime));
        var site = index.site();
        FeedView feed = new FeedView(site.language(), site.title(),
                site.description() == null || site.description().isBlank() ? null : site.description(),
                baseUrl + "index.html", baseUrl + PageHeads.FEED, updated, entries);
        return templates.render("feed.ftlx", Map.of("feed", feed), problems)
                .map(xml -> OutputFile.text(PageHeads.FEED, xml));
    }

    /** The first day of the newest article date (1970-01-01 when no article is dated). */
    private static Instant newestContentDate(SiteIndex index) {
        return index.articles().stream().flatMap(a -> a.article().date().stream()).max(Comparator.naturalOrder())
                .map(d -> d.earliestDay().atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(Instant.EPOCH);
    }

    private static EntryView entry(ParsedArticle pa, String baseUrl, HtmlRenderer renderer, Instant buildTime) {
        Article a = pa.article();
        Optional<String> day = a.date().filter(PartialDate::hasDay)
                .map(d -> BuildClock.rfc3339(d.earliestDay().atStartOfDay().toInstant(ZoneOffset.UTC)));
        return new EntryView(a.title(), baseUrl + ViewFactory.articlePath(a.slug()), day.orElse(null),
                day.orElseGet(() -> BuildClock.rfc3339(buildTime)),
                a.author().or(a::publisher).orElse(null), a.section().orElse(null), a.summary().orElse(null),
                renderer.render(pa.document()));
    }
}
