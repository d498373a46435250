package dev.briefing.render;

import dev.briefing.index.SiteIndex;
import dev.briefing.index.SourceEntry;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Person;
import dev.briefing.model.SitePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Builds each page's {@link PageHead}: canonical URL, Open Graph type, JSON-LD, feed link.
 *
 * <p>The 404 page is special: hosts such as GitHub Pages serve it at whatever URL was missing, at
 * any depth, so relative links from it would resolve against the wrong folder. With a base URL
 * its links are absolute ({@link #notFoundRoot}); with only a custom domain ({@code cname}) they are
 * root-relative; with neither, the stylesheet and icon are inlined so the page is styled at any
 * depth, and its links are relative to the site root (right when the missing page is top-level).
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
        return head(path, "article", a.article().date().map(d -> d.iso()).orElse(null), jsonLd.article(a, path));
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
        return urls.baseUrl().orElseGet(() -> index.site().cname().isPresent() ? "/" : "");
    }

    public PageHead notFound() throws IOException {
        String root = notFoundRoot();
        String jsonLdText = jsonLd.plainPage("Page not found");
        if (!root.isEmpty()) {
            return new PageHead(null, "website", null, null, jsonLdText, null, root + "assets/favicon.svg", true);
        }
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
