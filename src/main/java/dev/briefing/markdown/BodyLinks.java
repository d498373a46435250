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

    private static final java.util.regex.Pattern ADDRESS =
            java.util.regex.Pattern.compile("\\s(href|src)=\"([^\"]*)\"");

    /**
     * Every address of the body made absolute, for readers with no page to resolve them against
     * (feeds): links to site pages under {@code baseUrl}, and the addresses the article wrote
     * relative to its own page ({@code img/chart.png}, {@code #section}) against {@code pageUrl}.
     */
    public static String allAbsolute(String html, String baseUrl, String pageUrl) {
        String sited = absolute(html, baseUrl);
        java.net.URI page = java.net.URI.create(pageUrl);
        java.util.regex.Matcher m = ADDRESS.matcher(sited);
        StringBuilder out = new StringBuilder(sited.length() + 256);
        int copied = 0;
        while (m.find()) {
            String address = m.group(2);
            String resolved = address;
            if (!address.isEmpty() && !hasScheme(address) && !address.startsWith("//")) {
                try {
                    resolved = page.resolve(address.replace("&amp;", "&")).toString().replace("&", "&amp;");
                } catch (IllegalArgumentException e) {
                    resolved = address; // not a valid relative address: leave it as written
                }
            }
            out.append(sited, copied, m.start()).append(' ').append(m.group(1)).append("=\"").append(resolved).append('"');
            copied = m.end();
        }
        return out.append(sited, copied, sited.length()).toString();
    }

    /** Whether an address starts with a URL scheme and its colon ({@code https:}, {@code mailto:}). */
    static boolean hasScheme(String address) {
        if (address.isEmpty() || !isAsciiLetter(address.charAt(0))) {
            return false;
        }
        for (int i = 1; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == ':') {
                return noLineBreakFrom(address, i + 1);
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return false;
    }

    /** As the pattern {@code .*} once read it: a scheme-like address broken by a line ending was left alone. */
    private static boolean noLineBreakFrom(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
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
