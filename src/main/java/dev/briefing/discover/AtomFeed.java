package dev.briefing.discover;

import dev.briefing.index.SiteIndex;
import dev.briefing.markdown.BodyLinks;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Article;
import dev.briefing.model.PartialDate;
import dev.briefing.model.SitePaths;
import dev.briefing.model.Utf8Text;
import dev.briefing.render.BuildClock;
import dev.briefing.render.Output;
import dev.briefing.render.OutputFormat;
import dev.briefing.sitemodel.SiteModel;
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
 * commits nothing). Article bodies are the site's HTML with every address made absolute (links to
 * other pages, images, linked files), since feed readers have no page to resolve relative
 * addresses against.
 */
public final class AtomFeed implements OutputFormat {
    /** The shape {@code feed.ftlx} receives. Nullable fields are left out of the XML. */
    public record FeedView(String language, String title, String subtitle, String homeUrl, String selfUrl,
            String updated, List<EntryView> entries) {}

    public record EntryView(String title, String url, String published, String updated, String author,
            String category, String summary, EntryContent content) {
        /** The body with every address absolute. */
        public String contentHtml() {
            return content.html();
        }
    }

    /**
     * An entry's body with every address absolute, made when the feed is written: made before,
     * every body of a large site would be held twice at once. {@code serve} makes it before (through
     * the memo, so an unchanged body is not made again), and keeps it.
     */
    public static final class EntryContent {
        private final Utf8Text body;
        private final String baseUrl;
        private final String pageUrl;
        private final String made;

        EntryContent(Utf8Text body, String baseUrl, String pageUrl, String made) {
            this.body = body;
            this.baseUrl = baseUrl;
            this.pageUrl = pageUrl;
            this.made = made;
        }

        public String html() {
            return made != null ? made : BodyLinks.allAbsolute(body.toString(), baseUrl, pageUrl);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EntryContent other && body.equals(other.body) && baseUrl.equals(other.baseUrl)
                    && pageUrl.equals(other.pageUrl);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(body, baseUrl, pageUrl);
        }
    }

    @Override
    public boolean runsBeside() {
        return true;
    }

    @Override
    public String name() {
        return "feed";
    }

    @Override
    public boolean needsBaseUrl() {
        return true;
    }

    @Override
    public String missingWithoutBaseUrl() {
        return SitePaths.FEED;
    }

    @Override
    public void write(SiteModel model, Output out) {
        String baseUrl = model.index().site().baseUrl().orElseThrow();
        Instant buildTime = BuildClock.sourceDateEpoch().orElseGet(() -> newestContentDate(model.index()));
        List<EntryView> entries = model.index().articles().parallelStream().filter(a -> !a.article().draft())
                .map(a -> entry(a, content(out, model.articlePages().get(a.slug()).body(), a.slug(), baseUrl),
                        baseUrl, buildTime)).toList();
        String updated = entries.stream().map(EntryView::updated).max(Comparator.naturalOrder())
                .orElse(BuildClock.rfc3339(buildTime));
        var site = model.index().site();
        FeedView feed = new FeedView(site.language(), site.title(),
                site.description() == null || site.description().isBlank() ? null : site.description(),
                baseUrl + SitePaths.HOME, baseUrl + SitePaths.FEED, updated, entries);
        out.renderStreamed("feed.ftlx", SitePaths.FEED, Map.of("feed", feed));
    }

    /** The body with absolute links; under {@code serve}, made again only for an article whose body changed. */
    private static EntryContent content(Output out, Utf8Text body, String slug, String baseUrl) {
        String pageUrl = baseUrl + SitePaths.article(slug);
        String made = out.keepsValues()
                ? out.memo("feed entry " + slug, List.of(body, baseUrl),
                        () -> BodyLinks.allAbsolute(body.toString(), baseUrl, pageUrl))
                : null;
        return new EntryContent(body, baseUrl, pageUrl, made);
    }

    /** The first day of the newest article date (1970-01-01 when no article is dated). */
    private static Instant newestContentDate(SiteIndex index) {
        return index.articles().stream().flatMap(a -> a.article().date().stream()).max(Comparator.naturalOrder())
                .map(d -> d.earliestDay().atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(Instant.EPOCH);
    }

    private static EntryView entry(ParsedArticle pa, EntryContent content, String baseUrl, Instant buildTime) {
        Article a = pa.article();
        Optional<String> day = a.date().filter(PartialDate::hasDay)
                .map(d -> BuildClock.rfc3339(d.earliestDay().atStartOfDay().toInstant(ZoneOffset.UTC)));
        return new EntryView(a.title(), baseUrl + SitePaths.article(a.slug()), day.orElse(null),
                day.orElseGet(() -> BuildClock.rfc3339(buildTime)),
                a.author().or(a::publisher).orElse(null), a.section().orElse(null), a.summary().orElse(null),
                content);
    }
}
