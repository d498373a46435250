package dev.briefing.newsletter;

import java.util.List;

/**
 * The shapes the email templates see ({@code templates/email/}). Every URL is absolute. A missing
 * fact is {@code null}. {@code ref} is the link's number in the plain-text version, {@code [ref]}.
 */
public final class EmailViews {
    private EmailViews() {}

    /** One numbered link of the reference list at the end of a plain-text email. */
    public record Reference(int number, String url) {}

    /** What surrounds the content block: preheader, web-version link, footer, reference list. */
    public record Frame(String siteTitle, String language, String subject, String preheader, String homeUrl,
            int homeRef, String webUrl, int webRef, String unsubscribeUrl, int unsubscribeRef,
            List<Reference> references) {}

    public record PersonItem(String name, String url, int ref, String roles) {}

    /**
     * @param citationHtml the citation in the site's style, inline HTML for email (no classes or blocks)
     * @param citationText the same citation as plain text
     */
    public record SourceItem(String title, String publisher, String author, String date, String url, int ref,
            boolean hasOwnUrl, String citationHtml, String citationText) {}

    public record ArticleEmail(String title, String webUrl, int webRef, String section, String date,
            String publisher, String author, String summary, int readingMinutes, String bodyHtml, String bodyText,
            String originalUrl, int originalRef, List<PersonItem> people, List<SourceItem> sources) {}

    public record DigestEntry(String title, String url, int ref, String date, String publisher, String summary,
            int readingMinutes) {}

    /**
     * @param articles the newest articles, as many as {@code digest_articles} allows
     * @param moreArticles the briefing's other articles, which the digest points to on the site
     * @param people the people the digest's articles name
     * @param sources the works the digest's articles cite
     */
    public record Digest(String title, String intro, String webUrl, int webRef, List<DigestEntry> articles,
            int moreArticles, List<PersonItem> people, List<SourceItem> sources) {}
}
