package dev.briefing.sitemodel;

import dev.briefing.cite.FormattedBibliography;
import dev.briefing.index.SiteIndex;
import dev.briefing.sitemodel.Views.ArticlePage;
import dev.briefing.sitemodel.Views.ArticleSummary;
import dev.briefing.sitemodel.Views.OrganizationPage;
import dev.briefing.sitemodel.Views.OrganizationSummary;
import dev.briefing.sitemodel.Views.PersonPage;
import dev.briefing.sitemodel.Views.PersonSummary;
import dev.briefing.sitemodel.Views.SiteView;
import dev.briefing.sitemodel.Views.SourceView;
import dev.briefing.sitemodel.Views.TimelineYear;
import java.util.List;
import java.util.Map;

/**
 * Everything the outputs show, computed once per build from the index: every page's view, the
 * formatted bibliography, organizations, timeline and who appears alongside whom. Every output
 * (site pages, feed, search index, exports, newsletter) reads from here; none recomputes any of it.
 *
 * @param articlePages each article's page, by slug, in site order; its {@code bodyHtml} still has
 *     its links to other pages unresolved ({@link dev.briefing.markdown.BodyLinks})
 * @param personPages each person's page, by id, in site order
 */
public record SiteModel(
        SiteIndex index,
        SiteView site,
        List<ArticleSummary> articleSummaries,
        List<PersonSummary> personSummaries,
        Map<String, ArticlePage> articlePages,
        Map<String, PersonPage> personPages,
        List<OrganizationSummary> organizationSummaries,
        List<OrganizationPage> organizationPages,
        List<TimelineYear> timeline,
        List<SourceView> bibliography,
        FormattedBibliography citations) {

    /** The page of the organization with this name (however capitalised), or null when the site has none. */
    public String organizationPath(String name) {
        return index.organizations().byName(name).map(o -> dev.briefing.model.SitePaths.organization(o.slug()))
                .orElse(null);
    }
}
