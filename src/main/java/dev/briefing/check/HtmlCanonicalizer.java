package dev.briefing.check;

import dev.briefing.markdown.ArticleLinks;
import dev.briefing.markdown.MarkdownEngine;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes rendered HTML in one canonical form, so that two renderers' output compares equal when a
 * reader would see the same thing: whitespace collapsed, attributes sorted, and the differences
 * that are the site's own choices removed (heading ids, article links rewritten to {@code .html},
 * table alignment spelled as {@code style} or {@code align}).
 */
final class HtmlCanonicalizer {
    /** Elements whose surrounding whitespace does not show. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "ul", "ol", "li", "blockquote", "pre", "table", "thead",
            "tbody", "tr", "th", "td", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "div", "br");
    private static final Set<String> VOID_TAGS = Set.of("br", "hr", "img", "input");

    private HtmlCanonicalizer() {}

    static String canonical(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder();
        for (Node child : body.childNodes()) {
            write(child, out);
        }
        return out.toString().strip();
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof TextNode t) {
            String text = t.getWholeText().replaceAll("\\s+", " ");
            if (inPre(t)) {
                text = t.getWholeText();
            } else {
                if (isBlock(t.previousSibling())) {
                    text = text.stripLeading();
                }
                if (isBlock(t.nextSibling())) {
                    text = text.stripTrailing();
                }
                if (text.isBlank() && isBlockBoundary(t)) {
                    return;
                }
            }
            out.append(escape(text));
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        out.append('<').append(tag);
        attributes(e).forEach((k, v) -> out.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        out.append('>');
        if (VOID_TAGS.contains(tag)) {
            return;
        }
        StringBuilder inner = new StringBuilder();
        for (Node child : e.childNodes()) {
            write(child, inner);
        }
        String content = BLOCK_TAGS.contains(tag) && !tag.equals("pre") ? inner.toString().strip() : inner.toString();
        out.append(content).append("</").append(tag).append('>');
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> attrs = new TreeMap<>();
        for (Attribute a : e.attributes()) {
            attrs.put(a.getKey(), a.getValue());
        }
        attrs.remove(MarkdownEngine.SOURCE_POSITION_ATTRIBUTE);
        if (e.normalName().matches("h[1-6]")) {
            attrs.remove("id"); // the site gives headings ids for links; other renderers may not
        }
        if (attrs.containsKey("align")) {
            attrs.put("style", "text-align: " + attrs.remove("align"));
        }
        if (attrs.containsKey("style")) {
            attrs.put("style", attrs.get("style").replaceAll("\\s+", " ").replaceAll(";\\s*$", "").strip());
        }
        if (e.normalName().equals("a") && attrs.containsKey("href")) {
            ArticleLinks.target(attrs.get("href"))
                    .ifPresent(t -> attrs.put("href", t.slug() + ".html" + t.anchor()));
        }
        return attrs;
    }

    private static boolean inPre(Node node) {
        for (Node p = node.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && (e.normalName().equals("pre") || e.normalName().equals("code"))) {
                return true;
            }
        }
        return false;
    }

    /** Whitespace-only text beside a block element, or at the start or end of one. */
    private static boolean isBlockBoundary(TextNode t) {
        Node prev = t.previousSibling();
        Node next = t.nextSibling();
        Node parent = t.parent();
        return prev == null && next == null
                || prev instanceof Element pe && BLOCK_TAGS.contains(pe.normalName())
                || next instanceof Element ne && BLOCK_TAGS.contains(ne.normalName())
                || parent instanceof Element e && BLOCK_TAGS.contains(e.normalName()) && (prev == null || next == null);
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element e && BLOCK_TAGS.contains(e.normalName());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
