package dev.briefing.discover;

import dev.briefing.model.PartialDate;
import dev.briefing.model.SitePaths;
import dev.briefing.render.Output;
import dev.briefing.render.OutputFormat;
import dev.briefing.sitemodel.SiteModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sitemap.xml} listing every page of the site (but the 404 page), from the
 * {@code sitemap.ftlx} template. Article pages carry {@code lastmod} when dated to the day. Runs
 * after the pages, whose paths it lists.
 */
public final class Sitemap implements OutputFormat {
    public static final String PATH = SitePaths.SITEMAP;

    /** One {@code <url>}; {@code lastmod} null when not known. */
    public record UrlView(String loc, String lastmod) {}

    @Override
    public String name() {
        return "sitemap";
    }

    @Override
    public boolean needsBaseUrl() {
        return true;
    }

    @Override
    public String missingWithoutBaseUrl() {
        return PATH;
    }

    @Override
    public void write(SiteModel model, Output out) {
        String baseUrl = model.index().site().baseUrl().orElseThrow();
        Map<String, String> lastmodByPath = new HashMap<>();
        model.index().articles().forEach(a -> a.article().date().filter(PartialDate::hasDay)
                .ifPresent(d -> lastmodByPath.put(SitePaths.article(a.slug()), d.iso())));
        List<UrlView> urls = out.pages().stream()
                .filter(p -> p.endsWith(".html") && !p.equals(SitePaths.NOT_FOUND))
                .map(p -> new UrlView(baseUrl + p, lastmodByPath.get(p)))
                .toList();
        out.render("sitemap.ftlx", PATH, Map.of("urls", urls));
    }
}
