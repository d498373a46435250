package dev.briefing.discover;

import dev.briefing.errors.Problems;
import dev.briefing.index.SiteIndex;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.render.OutputFile;
import dev.briefing.render.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a host, feed reader or search engine reads besides the pages: Atom feed, sitemap,
 * robots.txt, search index, {@code .nojekyll} and {@code CNAME}.
 *
 * <p>Outputs that need absolute URLs are written only when the base URL is known; otherwise the
 * result's notice names each one left out, so the user learns it from the build, not from a broken
 * feed.
 */
public final class DiscoveryOutputs {
    /** Files to add to the site, and what was left out for lack of a base URL. */
    public record Result(List<OutputFile> files, List<String> notices) {}

    private DiscoveryOutputs() {}

    /** @param pages the pages already rendered, listed in the sitemap */
    public static Result render(SiteIndex index, List<OutputFile> pages, Templates templates, MarkdownEngine markdown,
            Problems problems) {
        List<OutputFile> files = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Optional<String> base = index.site().baseUrl();
        if (base.isPresent()) {
            AtomFeed.render(index, base.get(), templates, markdown, problems).ifPresent(files::add);
            Sitemap.render(index, base.get(), pages, templates, problems).ifPresent(files::add);
        } else {
            notices.add("No base URL (set base_url in content/site.yaml or pass --base-url), so this build left out: "
                    + "feed.xml, sitemap.xml, the Sitemap line of robots.txt, canonical links, og:url, and the "
                    + "JSON-LD search action. JSON-LD uses page-relative URLs, and 404.html's links are relative "
                    + "to the site root" + (index.site().cname().isPresent() ? " of the CNAME domain." : ", so they "
                    + "work only for a missing top-level page (its styles are inlined and work at any depth)."));
        }
        files.add(OutputFile.text("robots.txt", robots(base)));
        files.addAll(SearchIndex.render(index));
        files.addAll(HostingFiles.render(index.site()));
        return new Result(List.copyOf(files), List.copyOf(notices));
    }

    private static String robots(Optional<String> base) {
        return "# Crawlers read robots.txt only at the root of a host; under a subpath it is ignored.\n"
                + "User-agent: *\nAllow: /\n"
                + base.map(b -> "\nSitemap: " + b + Sitemap.PATH + "\n").orElse("");
    }
}
