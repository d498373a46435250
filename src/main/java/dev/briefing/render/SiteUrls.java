package dev.briefing.render;

import java.util.Optional;

/**
 * Turns site paths ({@code articles/x.html}) into URLs: absolute under the base URL when the site
 * knows where it is published, otherwise relative to the page that links, so nothing ever points
 * at a guessed host.
 *
 * <pre>
 * SiteUrls urls = new SiteUrls(Optional.of("https://example.org/briefing/"));
 * urls.absolute("people/x.html");              // Optional[https://example.org/briefing/people/x.html]
 * urls.from("articles/a.html", "people/x.html"); // same, or "../people/x.html" without a base URL
 * </pre>
 */
public final class SiteUrls {
    private final Optional<String> baseUrl;

    /** @param baseUrl absolute URL ending in {@code /}, as {@code SiteConfig} holds it */
    public SiteUrls(Optional<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Optional<String> baseUrl() {
        return baseUrl;
    }

    public boolean known() {
        return baseUrl.isPresent();
    }

    /** The absolute URL of a site path; empty when the base URL is unknown. */
    public Optional<String> absolute(String sitePath) {
        return baseUrl.map(b -> b + sitePath);
    }

    /** A URL for {@code target} usable on page {@code fromPage}: absolute when known, else relative. */
    public String from(String fromPage, String target) {
        return absolute(target).orElseGet(() -> rootOf(fromPage) + target);
    }

    /** {@code ""} for a top-level page, {@code "../"} for one a folder down, and so on. */
    public static String rootOf(String sitePath) {
        return "../".repeat((int) sitePath.chars().filter(c -> c == '/').count());
    }
}
