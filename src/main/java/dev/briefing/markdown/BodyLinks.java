package dev.briefing.markdown;

import dev.briefing.model.SitePaths;
import java.util.function.UnaryOperator;

/**
 * Links from an article body to other pages of the site. An article is rendered to HTML once, with
 * every such link written as {@code briefing-site:<site path>}; each output then resolves them for
 * where it is read: relative to the article page on the site, absolute in feeds and emails.
 *
 * <p>The marker cannot come from content: a link written with the {@code briefing-site:} scheme is
 * an unknown scheme and never becomes a link ({@link UnsafeLinks}), and text is HTML-escaped, so
 * {@code ="briefing-site:} only ever appears in attributes the renderer wrote.
 *
 * <pre>
 * BodyLinks.forPage(html, "articles/a.html");          // href="../people/x.html"
 * BodyLinks.absolute(html, "https://example.org/b/");  // href="https://example.org/b/people/x.html"
 * </pre>
 */
public final class BodyLinks {
    /** What a link to a site path starts with in rendered HTML, before it is resolved. */
    public static final String SCHEME = "briefing-site:";
    private static final String IN_ATTRIBUTE = "=\"" + SCHEME;

    private BodyLinks() {}

    /** The site path as a link target in rendered HTML. */
    static String to(String sitePath) {
        return SCHEME + sitePath;
    }

    /** Links resolved for the page at {@code pagePath}. */
    public static String forPage(String html, String pagePath) {
        return resolve(html, target -> SitePaths.relative(pagePath, target));
    }

    /** Links made absolute under {@code baseUrl} (ending in {@code /}). */
    public static String absolute(String html, String baseUrl) {
        return resolve(html, target -> baseUrl + target);
    }

    private static String resolve(String html, UnaryOperator<String> link) {
        int at = html.indexOf(IN_ATTRIBUTE);
        if (at < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 256);
        int copied = 0;
        while (at >= 0) {
            int start = at + IN_ATTRIBUTE.length();
            int end = html.indexOf('"', start);
            out.append(html, copied, at + 2).append(link.apply(html.substring(start, end)));
            copied = end;
            at = html.indexOf(IN_ATTRIBUTE, end);
        }
        return out.append(html, copied, html.length()).toString();
    }
}
