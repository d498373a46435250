package dev.briefing.site;

import dev.briefing.discover.AtomFeed;
import dev.briefing.discover.HostingFiles;
import dev.briefing.discover.SearchIndex;
import dev.briefing.discover.Sitemap;
import dev.briefing.newsletter.Newsletter;
import dev.briefing.render.BibliographyExports;
import dev.briefing.render.OutputFormat;
import dev.briefing.render.PeopleJson;
import dev.briefing.render.SitePages;
import dev.briefing.render.ThemeAssets;
import java.util.List;

/**
 * Every output of a site, in the order the build writes them: a table, so a new output is a new
 * row. The sitemap comes after the pages and assets it lists.
 */
public final class Outputs {
    private Outputs() {}

    public static List<OutputFormat> all() {
        return List.of(
                new SitePages(),
                new ThemeAssets(),
                new AtomFeed(),
                new Sitemap(),
                new HostingFiles(),
                new SearchIndex(),
                new PeopleJson(),
                new BibliographyExports(),
                new Newsletter());
    }
}
