package dev.briefing.render;

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

    public record ArticleSummary(String slug, String path, String title, String date, String dateIso,
            String publisher, String author, String section, String summary, int readingMinutes,
            int personCount, int sourceCount) {}

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
    public record ArticlePage(ArticleSummary article, String url, String authorDescription, String bodyHtml,
            List<PersonRef> people, List<SourceRef> sources, String bibliographyPath, String citeThisHtml,
            String citationStyle) {}

    public record PersonSummary(String id, String name, String path, String headline, int articleCount,
            int mentionCount) {}

    public record RoleView(String title, String organization, String from, String to, boolean current,
            List<ArticleLink> statedIn) {}

    public record EventView(String date, String dateIso, String what, List<ArticleLink> statedIn) {}

    public record MentionView(String articleTitle, String path, String before, String written, String after) {}

    public record PersonPage(PersonSummary person, List<String> aliases, String description, List<RoleView> roles,
            List<EventView> events, List<ArticleLink> articles, List<MentionView> mentions) {}

    /** A bibliography entry; {@code citedBy} links to the exact places articles cite it. */
    public record SourceView(String id, String anchor, String title, String publisher, String author,
            String date, String url, boolean primary, String articlePath, List<ArticleLink> citedBy,
            String citationHtml) {}

    /** A download of the whole bibliography for reference managers. */
    public record ExportLink(String label, String path, String description) {}
}
