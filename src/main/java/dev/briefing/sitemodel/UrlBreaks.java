package dev.briefing.sitemodel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses as pages display them: with a line-break opportunity ({@code <wbr>}) where a
 * style manual would break one (after {@code //}; before a single slash, dot, comma, hyphen,
 * underscore, tilde, question mark, number sign or percent sign; before and after {@code =} and
 * {@code &}), so a long address wraps at its punctuation on a phone instead of mid-word.
 *
 * <pre>
 * UrlBreaks.html("https://example.org/a-b");   // https://<wbr>example<wbr>.org<wbr>/a<wbr>-b
 * UrlBreaks.inCitation(citeprocHtml);          // its linked addresses shown with the same breaks
 * </pre>
 */
public final class UrlBreaks {
    /** An address in running text; trailing sentence punctuation is not part of it. */
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

    private UrlBreaks() {}

    /** The address as escaped HTML text with its break opportunities. */
    public static String html(String url) {
        StringBuilder out = new StringBuilder(url.length() + url.length() / 4);
        char previous = 0;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean slashOfDouble = c == '/' && (previous == '/' || (i + 1 < url.length() && url.charAt(i + 1) == '/'));
            if (i > 0 && !slashOfDouble && "/.,-_~?#%=&".indexOf(c) >= 0 && !endsWithBreak(out)) {
                out.append("<wbr>");
            }
            escape(out, c);
            boolean more = i + 1 < url.length();
            if (more && (c == '/' && previous == '/' || c == '=' || c == '&')) {
                out.append("<wbr>");
            }
            previous = c;
        }
        return out.toString();
    }

    /** A link citeproc-java writes for an address it prints: the address is both target and text. */
    private static final Pattern PRINTED_LINK = Pattern.compile("<a href=\"([^\"]*)\">([^<]*)</a>");

    /**
     * A citation's HTML (citeproc-java's, which links each address it prints) with each address
     * shown with break opportunities. A citation without one is returned as it is.
     */
    public static String inCitation(String html) {
        if (html == null || !html.contains("<a href=")) {
            return html;
        }
        Matcher m = PRINTED_LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (m.find()) {
            String replacement = m.group();
            if (m.group(1).equals(m.group(2)) && ADDRESS.matcher(unescape(m.group(2))).matches()) {
                replacement = "<a class=\"url\" href=\"" + m.group(1) + "\">" + html(unescape(m.group(2))) + "</a>";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static boolean endsWithBreak(StringBuilder out) {
        return out.length() >= 5 && out.substring(out.length() - 5).equals("<wbr>");
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            default -> out.append(c);
        }
    }
}
