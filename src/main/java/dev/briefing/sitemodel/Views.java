package dev.briefing.sitemodel;

import java.util.List;

/**
 * The shapes templates see: plain records of strings, numbers and lists, made for display. A
 * missing fact is {@code null} (test it with {@code ??} in a template); nothing here queries the
 * index or any service. Paths are relative to the site root; pages prefix them with {@code root}.
 */
public final class Views {
    private Views() {}

    public record SiteView(String title, String description, String language, int articleCount,
            int personCount, int sourceCount, String baseUrl) {}

    public record ArticleLink(String slug, String title, String path) {}

    /**
     * @param byline the byline's pieces as written, each name linked to its person page when the
     *     registry has that person ({@code path} null for separators and unregistered names)
     */
    public record ArticleSummary(String slug, String path, String title, String date, String dateIso,
            String publisher, String author, String section, String summary, int readingMinutes,
            int personCount, int sourceCount, List<BylinePart> byline) {}

    /** A piece of a byline: a name, linked when {@code path} is set, or the text between names. */
    public record BylinePart(String text, String path) {}

    public record PersonRef(String id, String name, String path, String headline, int mentionCount) {}

    /**
     * A source an article cites: its facts as stated (for structured data) and its citation in the
     * site's style ({@code citationHtml}, built by citeproc-java from escaped text).
     */
    public record SourceRef(String id, String anchor, String path, String title, String publisher, String author,
            String date, String dateIso, String url, String doi, String citationHtml) {}

    /**
     * @param citeThisHtml the article itself formatted as a citation in the site's style
     */
    /**
     * @param titleHtml the title as HTML, its mentions of people marked and linked like the body's
     * @param summaryHtml the standfirst likewise, or null when the article has none
     */
    public record ArticlePage(ArticleSummary article, String url, String authorDescription, String bodyHtml,
            List<PersonRef> people, List<SourceRef> sources, String bibliographyPath, String citeThisHtml,
            String citationStyle, String titleHtml, String summaryHtml) {

        /** The same page with its links to other pages resolved by {@code resolve} for where it is shown. */
        public ArticlePage withLinks(java.util.function.UnaryOperator<String> resolve) {
            return new ArticlePage(article, url, authorDescription, resolve.apply(bodyHtml), people, sources,
                    bibliographyPath, citeThisHtml, citationStyle, resolve.apply(titleHtml),
                    summaryHtml == null ? null : resolve.apply(summaryHtml));
        }
    }

    public record PersonSummary(String id, String name, String path, String headline, int articleCount,
            int mentionCount) {}

    /**
     * @param label the title as shown: "Former superalignment lead" for a former role
     * @param organizationPath the organization's page, when the role names an organization
     */
    public record RoleView(String title, String organization, String from, String to, boolean current,
            List<ArticleLink> statedIn, String label, String organizationPath, String fromIso, String toIso) {}

    public record EventView(String date, String dateIso, String what, List<ArticleLink> statedIn) {}

    public record MentionView(String articleTitle, String path, String before, String written, String after) {}

    /**
     * @param aliases the other spellings of the name (schema.org {@code alternateName})
     * @param roles current and former roles; current ones give {@code jobTitle} and {@code affiliation}
     * @param alongside the people most often named in the same articles
     */
    public record PersonPage(PersonSummary person, List<String> aliases, String description, List<RoleView> roles,
            List<EventView> events, List<ArticleLink> articles, List<MentionView> mentions, List<PeerView> alongside,
            List<ArticleLink> authored) {}

    /** Someone named in {@code sharedArticles} of the same articles as the person a page is about. */
    public record PeerView(String id, String name, String path, String headline, int sharedArticles) {}

    public record OrganizationSummary(String name, String slug, String path, int currentCount, int formerCount,
            int sourceCount) {}

    /**
     * A person's role at an organization, as the organization's page lists it.
     *
     * @param label the title as shown: "former co-founder" for a former role
     */
    public record AffiliationView(String personName, String personPath, String title, String label, boolean current,
            String from, String fromIso, String to, String toIso, List<ArticleLink> statedIn) {}

    /**
     * A source an organization published.
     *
     * @param path its bibliography entry; {@code articlePath}: the article itself, for the briefing's own documents
     */
    public record PublishedView(String title, String path, String articlePath, String date) {}

    public record OrganizationPage(OrganizationSummary organization, List<AffiliationView> current,
            List<AffiliationView> former, List<PublishedView> published) {}

    /**
     * One dated fact on the timeline.
     *
     * @param kind "joined", "left" or "event"
     * @param title the role's title for "joined" and "left"; {@code what}: what happened, for "event"
     */
    public record TimelineEntry(String date, String dateIso, int year, String personName, String personPath,
            String kind, String organization, String organizationPath, String title, String what,
            List<ArticleLink> statedIn) {}

    /** Timeline entries of one year, for the page's year headings. */
    public record TimelineYear(int year, List<TimelineEntry> entries) {}

    /** A bibliography entry; {@code citedBy} links to the exact places articles cite it. */
    public record SourceView(String id, String anchor, String title, String publisher, String author,
            String date, String url, boolean primary, String articlePath, List<ArticleLink> citedBy,
            String citationHtml) {}

    /** A download of the whole bibliography for reference managers. */
    public record ExportLink(String label, String path, String description) {}
}
