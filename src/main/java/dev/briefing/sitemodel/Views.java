package dev.briefing.sitemodel;

import dev.briefing.model.SitePaths;
import dev.briefing.model.Utf8Text;
import java.util.List;
import java.util.Map;

/**
 * The shapes templates see: plain records of strings, numbers and lists, made for display. A
 * missing fact is {@code null} (test it with {@code ??} in a template); nothing here queries the
 * index or any service. Paths are relative to the site root; pages prefix them with {@code root}.
 */
public final class Views {
    private Views() {}

    /** @param extra the {@code extra} mapping of {@code site.yaml}, for a site's own templates ({@code site.extra.x}) */
    public record SiteView(String title, String description, String language, int articleCount,
            int personCount, int sourceCount, String baseUrl, Map<String, Object> extra) {}

    /** @param draft a draft, shown only by a build with {@code --drafts}, and labelled so */
    public record ArticleLink(String slug, String title, String path, boolean draft) {
        public ArticleLink(String slug, String title, String path) {
            this(slug, title, path, false);
        }
    }

    /**
     * @param summary the article's own summary, when it has one
     * @param teaser what a card or a result shows under the title: the summary, else the start of
     *     the first paragraph (the rule emails use too)
     * @param byline the byline's pieces as written, each name linked to its person page when the
     *     registry has that person ({@code path} null for separators and unregistered names)
     * @param draft a draft, shown only by a build with {@code --drafts}, and labelled so
     */
    /** @param extra the article's {@code extra} front matter, for a site's own templates ({@code a.extra.x}) */
    public record ArticleSummary(String slug, String path, String title, String date, String dateIso,
            String publisher, String author, String section, String summary, String teaser, int readingMinutes,
            int personCount, int sourceCount, List<BylinePart> byline, boolean draft, Map<String, Object> extra) {}

    /** A piece of a byline: a name, linked when {@code path} is set, or the text between names. */
    public record BylinePart(String text, String path) {}

    public record PersonRef(String id, String name, String path, String headline, int mentionCount) {}

    /**
     * A source an article cites: its facts as stated (for structured data) and its citation in the
     * site's style ({@code citationHtml}, built by citeproc-java from escaped text).
     */
    public record SourceRef(String id, String anchor, String path, String title, String publisher, String author,
            String date, String dateIso, String url, String doi, String citationHtml) {

        /** The same source with its citation as a page displays it. */
        public SourceRef withCitationHtml(String html) {
            return new SourceRef(id, anchor, path, title, publisher, author, date, dateIso, url, doi, html);
        }
    }

    /**
     * @param citeThisHtml the article itself formatted as a citation in the site's style
     */
    /**
     * @param titleHtml the title as HTML, its mentions of people marked and linked like the body's
     * @param summaryHtml the standfirst likewise, or null when the article has none
     */
    public record ArticlePage(ArticleSummary article, String url, String authorDescription, Utf8Text body,
            List<PersonRef> people, List<SourceRef> sources, String bibliographyPath, String citeThisHtml,
            String citationStyle, String titleHtml, String summaryHtml) {

        /** The body as HTML (the index's copy: the model does not keep one of its own). */
        public String bodyHtml() {
            return body.toString();
        }

        /** The same page with its links to other pages resolved by {@code resolve} for where it is shown. */
        public ArticlePage withLinks(java.util.function.UnaryOperator<String> resolve) {
            return new ArticlePage(article, url, authorDescription, Utf8Text.of(resolve.apply(bodyHtml())), people,
                    sources, bibliographyPath, citeThisHtml, citationStyle, resolve.apply(titleHtml),
                    summaryHtml == null ? null : resolve.apply(summaryHtml));
        }

    }

    public record PersonSummary(String id, String name, String path, String headline, int articleCount,
            int mentionCount) {}

    /**
     * An article as a person's page refers to it: by a number, so that roles and events can say
     * "stated in 1, 2" while the page lists each title once.
     *
     * @param mentionCount how often the article names the person (0 for one that only states a role)
     */
    public record ArticleRef(int number, String slug, String title, String path, int mentionCount, boolean draft) {}

    /**
     * @param label the title as shown: "Former superalignment lead" for a former role
     * @param organizationPath the organization's page, when the role names an organization
     */
    public record RoleView(String title, String organization, String from, String to, boolean current,
            List<ArticleRef> statedIn, String label, String organizationPath, String fromIso, String toIso) {}

    public record EventView(String date, String dateIso, String what, List<ArticleRef> statedIn) {}

    /**
     * A mention as a person page quotes it: made from the mention when the page is shown, so the
     * model holds no second copy of every mention's sentence and link.
     */
    public record MentionView(dev.briefing.markdown.Mention mention) {
        public String path() {
            return SitePaths.article(mention.articleSlug()) + "#" + mention.anchorId();
        }

        public String before() {
            return mention.before();
        }

        public String written() {
            return mention.written();
        }

        public String after() {
            return mention.after();
        }
    }

    /**
     * A person's mentions in one article, in the article's order.
     *
     * @param first the number of the group's first mention on the page (numbering runs on across groups)
     */
    public record MentionGroup(ArticleRef article, int first, List<MentionView> mentions) {}

    /**
     * @param aliases the other spellings of the name (schema.org {@code alternateName})
     * @param roles current and former roles; current ones give {@code jobTitle} and {@code affiliation}
     * @param articles every article that names the person or states a fact about them, numbered
     * @param mentions every mention, grouped by article in the order of {@code articles}
     * @param alongside the people most often named in the same articles, the first few
     * @param moreAlongside the others named in the same articles, in the same order
     * @param authored the articles whose byline names the person
     */
    public record PersonPage(PersonSummary person, List<String> aliases, String description, List<RoleView> roles,
            List<EventView> events, List<ArticleRef> articles, List<MentionGroup> mentions, List<PeerView> alongside,
            List<PeerView> moreAlongside, List<ArticleLink> authored) {}

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
            String citationHtml) {

        /** The same entry with its citation as the page displays it. */
        public SourceView withCitationHtml(String html) {
            return new SourceView(id, anchor, title, publisher, author, date, url, primary, articlePath, citedBy, html);
        }
    }

    /** A download of the whole bibliography for reference managers. */
    public record ExportLink(String label, String path, String description) {}
}
