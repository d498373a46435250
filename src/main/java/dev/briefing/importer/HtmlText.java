package dev.briefing.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a saved HTML page into the same line-based text a reader gets by copying the page, so one
 * set of rules imports both: block elements become lines, {@code <li>} items become {@code •} or
 * numbered lines, {@code <h1>}–{@code <h6>} become lines marked as headings, and links keep their
 * URL (marked with {@link InlineLinks}).
 */
final class HtmlText {
    /** Elements a reader never sees as text, or page chrome that is not part of the article. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "nav", "form", "button", "head");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "figure", "figcaption",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "body");

    private final List<String> lines = new ArrayList<>();
    private final Set<Integer> headings = new LinkedHashSet<>();
    private final StringBuilder line = new StringBuilder();
    /** Inside a list item, paragraphs do not end the list with a blank line. */
    private int listItemDepth;

    private HtmlText() {}

    static SourceText of(String html) {
        Document doc = Jsoup.parse(InlineLinks.removeMarks(html));
        HtmlText text = new HtmlText();
        text.walk(doc.body());
        text.endLine(false);
        Optional<String> siteName = meta(doc, "meta[property=og:site_name]", "content");
        Optional<String> url = meta(doc, "link[rel=canonical]", "abs:href")
                .or(() -> meta(doc, "meta[property=og:url]", "content"))
                .filter(u -> u.matches("https?://\\S+"));
        return new SourceText(List.copyOf(text.lines), Set.copyOf(text.headings), siteName, url);
    }

    private static Optional<String> meta(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        return e == null ? Optional.empty() : Optional.of(e.attr(attribute).strip()).filter(s -> !s.isEmpty());
    }

    private void walk(Node node) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                appendText(t.text());
            } else if (child instanceof Element e) {
                element(e);
            }
        }
    }

    private void element(Element e) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (tag.equals("br")) {
            endLine(false);
            return;
        }
        if (tag.equals("a") && e.attr("abs:href").matches("https?://\\S+") && !e.text().isBlank()) {
            appendRaw(InlineLinks.mark(e.text().strip(), e.attr("abs:href")));
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            endLine(false);
        }
        if (tag.equals("li")) {
            line.append(listMarker(e));
            listItemDepth++;
        }
        walk(e);
        if (tag.equals("li")) {
            listItemDepth--;
        }
        if (block) {
            endLine(tag.matches("h[1-6]"));
            if (!tag.equals("li")) {
                blankLine();
            }
        }
    }

    private static String listMarker(Element li) {
        Element list = li.parent();
        if (list != null && list.normalName().equals("ol")) {
            int start = list.attr("start").matches("\\d{1,6}") ? Integer.parseInt(list.attr("start")) : 1;
            return (start + li.elementSiblingIndex()) + ". ";
        }
        return "• ";
    }

    private void appendText(String text) {
        String collapsed = text.replaceAll("[ \\t\\n\\r\\f]+", " ");
        if (line.length() == 0 || line.charAt(line.length() - 1) == ' ') {
            collapsed = collapsed.stripLeading();
        }
        line.append(collapsed);
    }

    private void appendRaw(String text) {
        line.append(text);
    }

    private void endLine(boolean heading) {
        String text = line.toString().strip();
        if (text.matches("(•|\\d+\\.)")) {
            return; // a list marker waiting for its item's first paragraph
        }
        line.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        if (heading) {
            headings.add(lines.size());
        }
        lines.add(text);
    }

    private void blankLine() {
        if (listItemDepth == 0 && !lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
    }
}
