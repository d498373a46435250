package dev.briefing.render;

import dev.briefing.cite.CitationProcessors;
import dev.briefing.cite.FormattedBibliography;
import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.index.SiteIndex;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Person;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Renders every page of the site from the index: home, article pages, people index and person
 * pages, bibliography, and the theme's assets. Pages render in parallel; the result is a list of
 * files in a stable order for the publisher to write.
 */
public final class SiteRenderer {
    /** Theme assets every site gets, unless the site's templates folder replaces them. */
    static final List<String> BUILT_IN_ASSETS = List.of("assets/style.css", "assets/favicon.svg",
            "assets/search.js");

    private final Templates templates;
    private final MarkdownEngine markdown;
    private final CitationProcessors citations;

    /** @param citations citation style processors, built once and shared across builds */
    public SiteRenderer(Templates templates, MarkdownEngine markdown, CitationProcessors citations) {
        this.templates = templates;
        this.markdown = markdown;
        this.citations = citations;
    }

    public List<OutputFile> render(SiteIndex index, Problems problems) {
        FormattedBibliography formatted = FormattedBibliography.of(index,
                citations.forStyle(index.site().citationStyle()));
        ViewFactory views = new ViewFactory(index, formatted);
        PageHeads heads = new PageHeads(index, templates);
        List<OutputFile> out = new ArrayList<>();
        page("index.ftlh", "index.html", "home", "", Map.of(
                "articles", views.articleSummaries(),
                "people", views.personSummaries()), heads.home(), views, problems).ifPresent(out::add);
        index.articles().parallelStream()
                .map(a -> articlePage(a, views, heads, problems))
                .toList().forEach(o -> o.ifPresent(out::add));
        page("people.ftlh", ViewFactory.PEOPLE_INDEX, "people", "../",
                Map.of("people", views.personSummaries()), heads.people(), views, problems).ifPresent(out::add);
        index.people().parallelStream()
                .map(p -> personPage(p, views, heads, problems))
                .toList().forEach(o -> o.ifPresent(out::add));
        renderOrganizationsAndTimeline(views, heads, problems).forEach(out::add);
        page("bibliography.ftlh", ViewFactory.BIBLIOGRAPHY, "bibliography", "",
                Map.of("sources", views.sources(), "exports", BibliographyExports.LINKS,
                        "citationStyle", formatted.styleTitle()), heads.bibliography(), views, problems).ifPresent(out::add);
        page("search.ftlh", PageHeads.SEARCH, "search", "", Map.of("articles", views.articleSummaries(),
                "people", views.personSummaries()), heads.search(), views, problems).ifPresent(out::add);
        notFoundPage(heads, views, problems).ifPresent(out::add);
        out.addAll(assets(problems));
        return List.copyOf(out);
    }

    private Optional<OutputFile> articlePage(ParsedArticle a, ViewFactory views, PageHeads heads, Problems problems) {
        String body = markdown.renderForSite(a.document());
        String path = ViewFactory.articlePath(a.article().slug());
        return page("article.ftlh", path, "article", "../",
                Map.of("page", views.articlePage(a, body)), heads.article(a, path), views, problems);
    }

    private Optional<OutputFile> personPage(Person p, ViewFactory views, PageHeads heads, Problems problems) {
        String path = ViewFactory.personPath(p.id());
        return page("person.ftlh", path, "person", "../",
                Map.of("page", views.personPage(p)), heads.person(p, path), views, problems);
    }

    /** The page hosts serve for any missing URL, at any depth: see {@link PageHeads}. */
    private Optional<OutputFile> notFoundPage(PageHeads heads, ViewFactory views, Problems problems) {
        try {
            return page("404.ftlh", PageHeads.NOT_FOUND, "not-found", heads.notFoundRoot(), Map.of(),
                    heads.notFound(), views, problems);
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(Path.of("templates")), "cannot read theme assets: " + e.getMessage());
            return Optional.empty();
        }
    }

    private List<OutputFile> renderOrganizationsAndTimeline(ViewFactory views, PageHeads heads, Problems problems) {
        PeopleViews people = views.people();
        List<OutputFile> out = new ArrayList<>();
        page("organizations.ftlh", PeopleViews.ORGANIZATIONS_INDEX, "organizations", "../",
                Map.of("organizations", people.organizationSummaries()),
                heads.plain(PeopleViews.ORGANIZATIONS_INDEX, "Organizations"), views, problems).ifPresent(out::add);
        people.organizations().all().parallelStream()
                .map(o -> page("organization.ftlh", PeopleViews.organizationPath(o.slug()), "organization", "../",
                        Map.of("page", people.organizationPage(o)),
                        heads.plain(PeopleViews.organizationPath(o.slug()), o.name()), views, problems))
                .toList().forEach(o -> o.ifPresent(out::add));
        page("timeline.ftlh", PeopleViews.TIMELINE, "timeline", "", Map.of("years", people.timeline()),
                heads.plain(PeopleViews.TIMELINE, "Timeline"), views, problems)
                .ifPresent(out::add);
        return out;
    }

    private Optional<OutputFile> page(String template, String path, String kind, String root,
            Map<String, Object> model, PageHead head, ViewFactory views, Problems problems) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("site", views.site());
        all.put("root", root);
        all.put("kind", kind);
        all.put("path", path);
        all.put("head", head);
        return templates.render(template, all, problems).map(html -> OutputFile.text(path, html));
    }

    private List<OutputFile> assets(Problems problems) {
        List<OutputFile> out = new ArrayList<>();
        try {
            List<String> names = Stream.concat(BUILT_IN_ASSETS.stream(), templates.userAssets().stream())
                    .distinct().sorted().toList();
            for (String name : names) {
                templates.themeFile(name).ifPresent(bytes -> out.add(new OutputFile(name, bytes)));
            }
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(Path.of("templates")), "cannot read theme assets: " + e.getMessage());
        }
        return out;
    }
}
