package dev.briefing.model;

import java.util.Map;
import java.util.Optional;

/**
 * Site-wide settings from {@code content/site.yaml}.
 *
 * @param baseUrl absolute URL the site is published at, ending in {@code /}; empty when unknown,
 *     in which case outputs that need absolute URLs are left out rather than guessed
 * @param linkEveryMention link every mention of a person, not only the first in each article
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
        Map<String, Object> extra) {

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, language, Optional.of(url), citationStyle,
                linkEveryMention, unsubscribeUrl, cname, nameStopList, extra);
    }
}
