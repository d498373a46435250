package dev.briefing.model;

import java.util.Map;
import java.util.Optional;

/**
 * Site-wide settings from {@code content/site.yaml}.
 *
 * @param baseUrl absolute URL the site is published at, ending in {@code /}; empty when unknown,
 *     in which case outputs that need absolute URLs are left out rather than guessed
 * @param linkEveryMention link every mention of a person, not only the first in each article
 * @param digestArticles how many of the newest articles the newsletter digest presents (the
 *     digest then points to the briefing for the rest), so it stays one readable issue
 * @param extra site settings this version does not know, handed to templates as they are
 */
public record SiteConfig(
        String title,
        String description,
        String language,
        Optional<String> baseUrl,
        String citationStyle,
        boolean linkEveryMention,
        String unsubscribeUrl,
        Optional<String> cname,
        java.util.List<String> nameStopList,
        int digestArticles,
        Map<String, Object> extra) {

    /** Digest articles when {@code digest_articles} is not set: an issue a reader gets through. */
    public static final int DEFAULT_DIGEST_ARTICLES = 20;
    /** The most a digest may present: past this no email client shows it whole. */
    public static final int MAX_DIGEST_ARTICLES = 200;

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, language, Optional.of(url), citationStyle,
                linkEveryMention, unsubscribeUrl, cname, nameStopList, digestArticles, extra);
    }
}
