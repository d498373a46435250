package dev.briefing.render;

/**
 * What a page's {@code <head>} needs beyond its title: discoverability metadata. Every field that
 * needs an absolute URL is {@code null} when the base URL is unknown.
 *
 * @param canonicalUrl absolute URL of the page, for {@code rel=canonical} and {@code og:url}
 * @param ogType Open Graph type: {@code website}, {@code article} or {@code profile}
 * @param publishedTime the article's date as stated, for {@code article:published_time}
 * @param feedUrl link to the Atom feed from this page, or null when the site has no feed
 * @param jsonLd schema.org JSON-LD, already safe to place inside a {@code <script>} element
 * @param inlineStyle the stylesheet's text, for a page that cannot link to it (the 404 page without
 *     a base URL)
 * @param iconUrl link to the favicon from this page
 * @param noindex ask search engines not to index the page (the 404 page, drafts)
 * @param imageUrl absolute URL of the page's image (an article's first), for {@code og:image}; null
 *     when there is none or its absolute URL is unknown
 * @param imageAlt the image's alt text
 */
public record PageHead(String canonicalUrl, String ogType, String publishedTime, String feedUrl, String jsonLd,
        String inlineStyle, String iconUrl, boolean noindex, String imageUrl, String imageAlt) {

    public PageHead(String canonicalUrl, String ogType, String publishedTime, String feedUrl, String jsonLd,
            String inlineStyle, String iconUrl, boolean noindex) {
        this(canonicalUrl, ogType, publishedTime, feedUrl, jsonLd, inlineStyle, iconUrl, noindex, null, null);
    }
}
