package dev.briefing.discover;

import dev.briefing.model.SitePaths;
import dev.briefing.render.Output;
import dev.briefing.render.OutputFormat;
import dev.briefing.sitemodel.SiteModel;
import java.util.Optional;

/**
 * Files hosts and crawlers read at the root: {@code robots.txt}, {@code .nojekyll} (GitHub Pages
 * must not run Jekyll over the site, which would drop files and folders starting with {@code _} or
 * {@code .}) and {@code CNAME} when the site has a custom domain.
 */
public final class HostingFiles implements OutputFormat {
    @Override
    public boolean runsBeside() {
        return true;
    }

    @Override
    public String name() {
        return "hosting";
    }

    @Override
    public void write(SiteModel model, Output out) {
        var site = model.index().site();
        out.write(SitePaths.ROBOTS, robots(site.baseUrl()));
        out.write(".nojekyll", "");
        site.cname().map(String::strip).filter(c -> !c.isEmpty()).ifPresent(c -> out.write("CNAME", c + "\n"));
    }

    private static String robots(Optional<String> base) {
        return "# Crawlers read robots.txt only at the root of a host; under a subpath it is ignored.\n"
                + "User-agent: *\nAllow: /\n"
                + base.map(b -> "\nSitemap: " + b + SitePaths.SITEMAP + "\n").orElse("");
    }
}
