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
import org.jsoup.parser.Parser;

/**
 * Turns a saved HTML page into the same line-based text a reader gets by copying the article, so
 * one set of rules imports both. The page's facts are read first ({@link PageMetadata}), then its
 * article is selected ({@link ArticleSelector}) and written as lines: block elements become lines,
 * {@code <li>} items {@code •} or numbered lines, {@code <h1>}–{@code <h6>} lines marked as
 * headings, {@code <blockquote>} lines marked as quoted; links keep their URL, made absolute
 * against the page's address, and emphasis is kept (both marked with {@link InlineMarks}). Each
 * line keeps the page offset of the first text or link it holds ({@link InputPlaces}), which the
 * parser's position tracking gives, so what is found on it can be reported at the page's line.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "figure", "figcaption",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "body", "cite");

    private final List<String> lines = new ArrayList<>();
    private final Set<Integer> headings = new LinkedHashSet<>();
    private final Set<Integer> quoted = new LinkedHashSet<>();
    private final StringBuilder line = new StringBuilder();
    /** For each line, the page offset where its text begins (-1 for a blank line). */
    private final List<Integer> starts = new ArrayList<>();
    /** The page offset of {@link #line}'s first text, -1 while it has none. */
    private int lineStart = -1;
    /** Inside a list item, paragraphs do not end the list with a blank line. */
    private int listItemDepth;
    private int quoteDepth;
    /** How many times {@link #line} was ended: emphasis holding a {@code <br>} or a block spans lines. */
    private int lineEnds;

    private HtmlText() {}

    static SourceText of(String html) {
        String page = InlineMarks.removeMarks(html);
        Document doc = Jsoup.parse(page, "", Parser.htmlParser().setTrackPosition(true));
        PageFacts facts = PageMetadata.of(doc);
        Element base = doc.selectFirst("base[href]");
        Optional<String> baseUrl = Optional.ofNullable(base).map(b -> b.attr("abs:href")).filter(u -> !u.isEmpty())
                .or(facts::url);
        baseUrl.ifPresent(doc::setBaseUri);
        // The article is selected into a detached element, which has no base URI of its own.
        for (Element a : doc.select("a[href]")) {
            a.attr("href", a.absUrl("href"));
        }
        HtmlText text = new HtmlText();
        text.walk(ArticleSelector.select(doc));
        text.endLine(false);
        int[] starts = text.starts.stream().mapToInt(Integer::intValue).toArray();
        return new SourceText(List.copyOf(text.lines), Set.copyOf(text.headings), Set.copyOf(text.quoted), facts,
                new InputPlaces(page, starts));
    }

    private void walk(Node node) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                startsLine(t, t.getWholeText());
                appendText(t.text());
            } else if (child instanceof Element e) {
                element(e);
            }
        }
    }

    private void element(Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
            endLine(false);
            return;
        }
        if (tag.equals("a") && e.attr("abs:href").matches("https?://\\S+") && !e.text().isBlank()) {
            startsLine(e, "");
            link(e);
            return;
        }
        if (tag.equals("em") || tag.equals("i")) {
            emphasis(e, InlineMarks.EM_OPEN, InlineMarks.EM_CLOSE);
            return;
        }
        if (tag.equals("strong") || tag.equals("b")) {
            emphasis(e, InlineMarks.STRONG_OPEN, InlineMarks.STRONG_CLOSE);
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
        quoteDepth += tag.equals("blockquote") ? 1 : 0;
        walk(e);
        if (tag.equals("li")) {
            listItemDepth--;
            if (line.toString().strip().matches("(•|\\d+\\.)")) {
                line.setLength(0); // an item without text (an avatar, an icon)
                lineStart = -1;
            }
        }
        if (block) {
            endLine(tag.matches("h[1-6]"));
            if (!tag.equals("li")) {
                blankLine();
            }
        }
        quoteDepth -= tag.equals("blockquote") ? 1 : 0;
    }

    /** A link's text, marked with its URL; a space at its start or end stays, outside the mark, between the words. */
    private void link(Element a) {
        String whole = a.wholeText();
        if (Character.isWhitespace(whole.charAt(0))) {
            appendText(" ");
        }
        line.append(InlineMarks.mark(a.text().strip(), a.attr("abs:href")));
        if (Character.isWhitespace(whole.charAt(whole.length() - 1))) {
            appendText(" ");
        }
    }

    /**
     * Emphasis around the element's text, with its outer spaces moved outside the marks. Marks
     * never span lines: when the element holds a line break, the lines it ended keep their words
     * unmarked and only its text on the last line is marked.
     */
    private void emphasis(Element e, char open, char close) {
        int start = line.length();
        int ends = lineEnds;
        walk(e);
        if (lineEnds != ends) {
            start = 0;
        }
        String inner = line.substring(start);
        line.setLength(start);
        String stripped = inner.strip();
        if (stripped.isEmpty()) {
            line.append(inner);
            return;
        }
        int lead = inner.length() - inner.stripLeading().length();
        line.append(inner, 0, lead).append(open).append(stripped).append(close)
                .append(inner.substring(lead + stripped.length()));
    }

    private static String listMarker(Element li) {
        Element list = li.parent();
        if (list != null && list.normalName().equals("ol")) {
            int start = list.attr("start").matches("\\d{1,6}") ? Integer.parseInt(list.attr("start")) : 1;
            return (start + li.elementSiblingIndex()) + ". ";
        }
        return "• ";
    }

    /** Notes where the line's text begins in the page when this node (text or a link) is its first text. */
    private void startsLine(Node node, String text) {
        if (lineStart >= 0 || !node.sourceRange().isTracked()) {
            return;
        }
        int start = node.sourceRange().startPos();
        if (node instanceof TextNode) {
            String rest = text.stripLeading();
            if (rest.isEmpty()) {
                return; // the white space between two tags
            }
            start += text.length() - rest.length();
        }
        lineStart = start;
    }

    private void appendText(String text) {
        String collapsed = text.replaceAll("[ \\t\\n\\r\\f]+", " ");
        if (line.length() == 0 || line.charAt(line.length() - 1) == ' ') {
            collapsed = collapsed.stripLeading();
        }
        line.append(collapsed);
    }

    private void endLine(boolean heading) {
        String text = line.toString().replaceAll(" {2,}", " ").strip();
        if (text.matches("(•|\\d+\\.)")) {
            return; // a list marker waiting for its item's first paragraph
        }
        line.setLength(0);
        lineEnds++;
        int start = lineStart;
        lineStart = -1;
        if (InlineMarks.plain(text).isBlank()) {
            return;
        }
        if (heading) {
            headings.add(lines.size());
        }
        if (quoteDepth > 0) {
            quoted.add(lines.size());
        }
        lines.add(text);
        starts.add(start);
    }

    private void blankLine() {
        if (listItemDepth == 0 && !lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
            starts.add(-1);
        }
    }
}
