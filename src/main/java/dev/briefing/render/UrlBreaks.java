package dev.briefing.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Web addresses as pages display them: with a line-break opportunity ({@code <wbr>}) where a
 * style manual would break one (after {@code //}; before a single slash, dot, comma, hyphen,
 * underscore, tilde, question mark, number sign or percent sign; before and after {@code =} and
 * {@code &}), so a long address wraps at its punctuation on a phone instead of mid-word.
 *
 * <pre>
 * UrlBreaks.html("https://example.org/a-b");   // https://<wbr>example<wbr>.org<wbr>/a<wbr>-b
 * UrlBreaks.inCitation(citeprocHtml);          // its addresses linked, with the same breaks
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

    /**
     * A citation's HTML (citeproc-java's, which prints addresses as plain text) with each address
     * made a link showing it with break opportunities. A citation without an address is returned
     * as it is.
     */
    public static String inCitation(String html) {
        if (html == null || !ADDRESS.matcher(html).find()) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        for (TextNode text : textNodes(doc.body())) {
            if (text.parent() != null && ((Element) text.parent()).closest("a") != null) {
                continue; // already a link: leave it as its author made it
            }
            link(text);
        }
        return doc.body().html();
    }

    private static void link(TextNode text) {
        String whole = text.getWholeText();
        Matcher m = ADDRESS.matcher(whole);
        if (!m.find()) {
            return;
        }
        m.reset();
        int last = 0;
        Node at = text;
        while (m.find()) {
            Node before = new TextNode(whole.substring(last, m.start()));
            Element a = new Element("a").addClass("url").attr("href", m.group());
            Jsoup.parseBodyFragment(html(m.group())).body().childNodes().forEach(n -> a.appendChild(n.clone()));
            at.after(before);
            before.after(a);
            at = a;
            last = m.end();
        }
        at.after(new TextNode(whole.substring(last)));
        text.remove();
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> nodes = new java.util.ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                nodes.add(t);
            }
        });
        return nodes;
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
