package dev.briefing.render;

import dev.briefing.errors.SourcePosition;
import dev.briefing.markdown.BodyLinks;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.SitePaths;
import dev.briefing.sitemodel.SiteModel;
import dev.briefing.sitemodel.UrlBreaks;
import dev.briefing.sitemodel.Views.ArticlePage;
import dev.briefing.sitemodel.Views.OrganizationPage;
import dev.briefing.sitemodel.Views.PersonPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The site's HTML pages: home, every article, the people index and every person, organizations,
 * timeline, bibliography, search and the not-found page. Article and person pages render in
 * parallel; each page gets the model its template needs and nothing else.
 */
public final class SitePages implements OutputFormat {
    /** The 404 page's script, which it inlines: see {@link PageHeads}. */
    public static final String NOT_FOUND_SCRIPT = "assets/not-found.js";

    @Override
    public String name() {
        return "pages";
    }

    @Override
    public void write(SiteModel model, Output out) {
        PageHeads heads = new PageHeads(model.index(), out.templates());
        page(out, model, "index.ftlh", SitePaths.HOME, "home", Map.of(
                "articles", model.articleSummaries(),
                "people", model.personSummaries()), heads.home());
        model.articlePages().values().parallelStream().forEach(p ->
                article(out, model, heads, p, model.index().article(p.article().slug()).orElseThrow()));
        page(out, model, "people.ftlh", SitePaths.PEOPLE_INDEX, "people",
                Map.of("people", model.personSummaries()), heads.people());
        model.personPages().values().parallelStream().forEach(p -> person(out, model, heads, p));
        page(out, model, "organizations.ftlh", SitePaths.ORGANIZATIONS_INDEX, "organizations",
                Map.of("organizations", model.organizationSummaries()),
                heads.plain(SitePaths.ORGANIZATIONS_INDEX, "Organizations"));
        model.organizationPages().parallelStream().forEach(o -> organization(out, model, heads, o));
        page(out, model, "timeline.ftlh", SitePaths.TIMELINE, "timeline", Map.of("years", model.timeline()),
                heads.plain(SitePaths.TIMELINE, "Timeline"));
        page(out, model, "bibliography.ftlh", SitePaths.BIBLIOGRAPHY, "bibliography",
                Map.of("sources", model.bibliography(), "exports", BibliographyExports.LINKS,
                        "citationStyle", model.citations().styleTitle()), heads.bibliography());
        // The search page lists no items itself: it links to the pages that list them all.
        page(out, model, "search.ftlh", SitePaths.SEARCH, "search",
                Map.of("organizationCount", model.organizationSummaries().size()), heads.search());
        notFound(out, model, heads);
    }

    /** One article's page, as {@link #write} makes it, for {@code article} parsed as it is now. */
    public static void article(Output out, SiteModel model, ArticlePage p, ParsedArticle article) {
        article(out, model, new PageHeads(model.index(), out.templates()), p, article);
    }

    private static void article(Output out, SiteModel model, PageHeads heads, ArticlePage p, ParsedArticle article) {
        String path = p.article().path();
        ArticlePage resolved = p.withLinks(html -> BodyLinks.forPage(html, path));
        Map<String, Object> content = new HashMap<>();
        content.put("page", resolved);
        if (p.url() != null) {
            content.put("originalUrlHtml", UrlBreaks.html(p.url()));
        }
        page(out, model, "article.ftlh", path, "article", content, heads.article(article, path));
    }

    private static void person(Output out, SiteModel model, PageHeads heads, PersonPage p) {
        String path = p.person().path();
        page(out, model, "person.ftlh", path, "person", Map.of("page", p),
                heads.person(model.index().person(p.person().id()).orElseThrow(), path));
    }

    private static void organization(Output out, SiteModel model, PageHeads heads, OrganizationPage o) {
        String path = o.organization().path();
        page(out, model, "organization.ftlh", path, "organization", Map.of("page", o),
                heads.plain(path, o.organization().name()));
    }

    /** The page hosts serve for any missing URL, at any depth: see {@link PageHeads}. */
    private static void notFound(Output out, SiteModel model, PageHeads heads) {
        try {
            Map<String, Object> all = frame(model, SitePaths.NOT_FOUND, "not-found", heads.notFoundRoot(),
                    heads.notFound());
            out.templates().themeFile(NOT_FOUND_SCRIPT).ifPresent(js ->
                    all.put("rootScript", new String(js, StandardCharsets.UTF_8).replace("</", "<\\/")));
            out.page("404.ftlh", SitePaths.NOT_FOUND, all);
        } catch (IOException e) {
            out.problems().error(SourcePosition.startOf(Path.of("templates")),
                    "cannot read theme assets: " + e.getMessage());
        }
    }

    private static void page(Output out, SiteModel model, String template, String path, String kind,
            Map<String, Object> content, PageHead head) {
        Map<String, Object> all = frame(model, path, kind, SitePaths.rootOf(path), head);
        all.putAll(content);
        out.page(template, path, all);
    }

    /** What every page's layout reads: the site, the way back to the root, the page's kind and head. */
    private static Map<String, Object> frame(SiteModel model, String path, String kind, String root, PageHead head) {
        Map<String, Object> all = new HashMap<>();
        all.put("site", model.site());
        all.put("root", root);
        all.put("kind", kind);
        all.put("path", path);
        all.put("head", head);
        return all;
    }
}
