package dev.briefing.discover;

import dev.briefing.errors.Problems;
import dev.briefing.index.SiteIndex;
import dev.briefing.model.PartialDate;
import dev.briefing.render.OutputFile;
import dev.briefing.render.PageHeads;
import dev.briefing.render.Templates;
import dev.briefing.render.ViewFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sitemap.xml} listing every HTML page the build wrote (but the 404 page and drafts), from the
 * {@code sitemap.ftlx} template. Article pages carry {@code lastmod} when dated to the day.
 */
public final class Sitemap {
    public static final String PATH = "sitemap.xml";

    /** One {@code <url>}; {@code lastmod} null when not known. */
    public record UrlView(String loc, String lastmod) {}

    private Sitemap() {}

    public static Optional<OutputFile> render(SiteIndex index, String baseUrl, List<OutputFile> pages,
            Templates templates, Problems problems) {
        Map<String, String> lastmodByPath = new java.util.HashMap<>();
        java.util.Set<String> drafts = index.articles().stream().filter(a -> a.article().draft())
                .map(a -> ViewFactory.articlePath(a.article().slug())).collect(java.util.stream.Collectors.toSet());
        index.articles().forEach(a -> a.article().date().filter(PartialDate::hasDay)
                .ifPresent(d -> lastmodByPath.put(ViewFactory.articlePath(a.article().slug()), d.iso())));
        List<UrlView> urls = pages.stream().map(OutputFile::path)
                .filter(p -> p.endsWith(".html") && !p.equals(PageHeads.NOT_FOUND) && !drafts.contains(p))
                .sorted()
                .map(p -> new UrlView(baseUrl + p, lastmodByPath.get(p)))
                .toList();
        return templates.render("sitemap.ftlx", Map.of("urls", urls), problems)
                .map(xml -> OutputFile.text(PATH, xml));
    }
}
