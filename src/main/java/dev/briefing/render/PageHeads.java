package dev.briefing.render;

import dev.briefing.index.SiteIndex;
import dev.briefing.index.SourceEntry;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Person;
import dev.briefing.model.SitePaths;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds each page's {@link PageHead}: canonical URL, Open Graph type, JSON-LD, feed link.
 *
 * <p>The 404 page is special: hosts such as GitHub Pages serve it at whatever URL was missing, at
 * any depth, so relative links from it would resolve against the wrong folder, and a stylesheet
 * linked by absolute URL would load only on the configured host. So its stylesheet and icon are
 * always inlined, and its links start with {@link #notFoundRoot}: the base URL's path (root-relative,
 * right on any host serving the site at that path), {@code /} with only a custom domain
 * ({@code cname}), else nothing (relative to the site root: right from disk and for a missing
 * top-level page). A small script on the page then finds where the site root really is and
 * corrects the links, so they also work for a missing page at any depth with neither.
 */
public final class PageHeads {

    private final SiteIndex index;
    private final SiteUrls urls;
    private final JsonLd jsonLd;
    private final Templates templates;

    public PageHeads(SiteIndex index, Templates templates) {
        this.index = index;
        this.urls = new SiteUrls(index.site().baseUrl());
        this.jsonLd = new JsonLd(index);
        this.templates = templates;
    }

    public PageHead home() {
        return head("index.html", "website", null, jsonLd.home());
    }

    public PageHead article(ParsedArticle a, String path) {
        PageHead h = head(path, "article", a.article().date().map(d -> d.iso()).orElse(null), jsonLd.article(a, path));
        // A draft (built with --drafts) is a preview: no search engine should keep it.
        boolean noindex = h.noindex() || a.article().draft();
        Optional<ParsedArticle.ImageInBody> image = a.images().stream().findFirst();
        return new PageHead(h.canonicalUrl(), h.ogType(), h.publishedTime(), h.feedUrl(), h.jsonLd(), h.inlineStyle(),
                h.iconUrl(), noindex, image.flatMap(this::imageUrl).orElse(null),
                image.flatMap(i -> imageUrl(i).map(u -> i.alt())).orElse(null));
    }

    /** An image's absolute URL: a web address as written, a content file's under the base URL. */
    Optional<String> imageUrl(ParsedArticle.ImageInBody image) {
        if (image.sitePath().isPresent()) {
            return urls.absolute(image.sitePath().get());
        }
        String address = image.address().strip();
        return address.matches("(?i)https?://\\S+") ? Optional.of(address) : Optional.empty();
    }

    public PageHead person(Person p, String path) {
        return head(path, "profile", null, jsonLd.person(p, path));
    }

    public PageHead people() {
        return head(SitePaths.PEOPLE_INDEX, "website", null, jsonLd.collection(SitePaths.PEOPLE_INDEX, "People",
                index.people().stream().map(p -> SitePaths.person(p.id())).toList()));
    }

    public PageHead bibliography() {
        return head(SitePaths.BIBLIOGRAPHY, "website", null, jsonLd.collection(SitePaths.BIBLIOGRAPHY, "Sources",
                index.sources().stream().filter(SourceEntry::primary).map(s -> SitePaths.BIBLIOGRAPHY + "#"
                        + s.anchor()).toList()));
    }

    /** The search page's items are the pages it links to that list everything (not every article: it grows). */
    public PageHead search() {
        List<String> items = List.of(SitePaths.HOME, SitePaths.PEOPLE_INDEX, SitePaths.ORGANIZATIONS_INDEX,
                SitePaths.BIBLIOGRAPHY);
        return head(SitePaths.SEARCH, "website", null, jsonLd.collection(SitePaths.SEARCH, "Search", items));
    }

    /** A page whose structured data is just its name: organizations, timeline. */
    public PageHead plain(String path, String name) {
        return head(path, "website", null, jsonLd.plainPage(name));
    }

    /** What the 404 page prefixes its links with: see the class comment. */
    public String notFoundRoot() {
        return urls.baseUrl().map(PageHeads::pathOf).orElseGet(() -> index.site().cname().isPresent() ? "/" : "");
    }

    /** The path of a base URL, ending in {@code /}: {@code /briefing/} for {@code https://x.org/briefing/}. */
    static String pathOf(String baseUrl) {
        String path = URI.create(baseUrl).getRawPath();
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.endsWith("/") ? path : path + "/";
    }

    public PageHead notFound() throws IOException {
        String jsonLdText = jsonLd.plainPage("Page not found");
        String css = templates.themeFile("assets/style.css").map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
        String icon = templates.themeFile("assets/favicon.svg")
                .map(b -> "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(b)).orElse(null);
        return new PageHead(null, "website", null, null, jsonLdText, css.replace("</", "<\\/"), icon, true);
    }

    private PageHead head(String path, String ogType, String published, String ld) {
        String root = SiteUrls.rootOf(path);
        return new PageHead(urls.absolute(path).orElse(null), ogType, published,
                urls.known() ? root + SitePaths.FEED : null, ld, null, root + "assets/favicon.svg", false);
    }
}
