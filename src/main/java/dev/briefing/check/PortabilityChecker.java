package dev.briefing.check;

import dev.briefing.errors.LineIndex;
import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.markdown.BodyLinks;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The CommonMark portability report: renders each article body with commonmark-java (the
 * reference implementation, with the GitHub extensions the site also uses) and with the site's
 * flexmark setup, and warns about every top-level block a reader would see differently on GitHub
 * or in other CommonMark tools.
 *
 * <pre>
 * PortabilityChecker checker = new PortabilityChecker(new MarkdownEngine());
 * articles.forEach(a -&gt; checker.check(a, problems));
 * </pre>
 *
 * <p>Both outputs are put in {@link HtmlCanonicalizer canonical form}, the two lists of blocks are
 * aligned in order (longest common subsequence), and each run of unmatched blocks is one warning at
 * the line where it starts.
 */
public final class PortabilityChecker {
    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

    private final Parser reference = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final HtmlRenderer referenceHtml = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final MarkdownEngine site;
    private final com.vladsch.flexmark.html.HtmlRenderer siteHtml;

    public PortabilityChecker(MarkdownEngine site) {
        this.site = site;
        this.siteHtml = site.sourcePositionRenderer();
    }

    /** Adds a warning for each block of the article's body that CommonMark renders differently. */
    public void check(Article article, Problems problems) {
        for (Difference d : differences(article.body())) {
            problems.warning(new SourcePosition(article.file(), d.line() + article.bodyLineOffset(), d.column()),
                    "renders differently in CommonMark: " + d.description());
        }
    }

    /** A run of blocks that differ, at its first line and column in the body (1-based). */
    public record Difference(int line, int column, String description) {}

    public List<Difference> differences(String markdown) {
        List<RenderedBlock> cm = referenceBlocks(markdown);
        List<RenderedBlock> fm = siteBlocks(markdown);
        List<Difference> differences = new ArrayList<>();
        for (BlockAlignment.Run run : BlockAlignment.unmatchedRuns(cm, fm)) {
            BlockAlignment.byLine(run).stream().filter(r -> !r.same())
                    .forEach(r -> differences.add(describe(r.reference(), r.site())));
        }
        return differences;
    }

    private List<RenderedBlock> referenceBlocks(String markdown) {
        List<RenderedBlock> blocks = new ArrayList<>();
        for (Node n = reference.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            String html = HtmlCanonicalizer.canonical(referenceHtml.render(n));
            if (!html.isEmpty() && !n.getSourceSpans().isEmpty()) {
                SourceSpan span = n.getSourceSpans().get(0);
                SourceSpan last = n.getSourceSpans().get(n.getSourceSpans().size() - 1);
                blocks.add(new RenderedBlock(span.getLineIndex() + 1, last.getLineIndex() + 1, span.getColumnIndex() + 1,
                        html));
            }
        }
        return blocks;
    }

    /**
     * The site's blocks, from one render of the whole document: flexmark renders links only when
     * it renders a whole document, so blocks are found in its HTML by their source positions.
     */
    private List<RenderedBlock> siteBlocks(String markdown) {
        var document = site.parse(markdown);
        LineIndex lines = LineIndex.of(markdown);
        // Links to other pages as an article page has them, so they compare with CommonMark's as written.
        Element body = Jsoup.parseBodyFragment(BodyLinks.forPage(siteHtml.render(document), "articles/a.html")).body();
        List<RenderedBlock> blocks = new ArrayList<>();
        int offset = 0;
        for (org.jsoup.nodes.Node child : body.childNodes()) {
            String html = HtmlCanonicalizer.canonical(child.outerHtml());
            if (html.isEmpty()) {
                continue;
            }
            String pos = child instanceof Element e ? e.attr(MarkdownEngine.SOURCE_POSITION_ATTRIBUTE) : "";
            int end;
            if (pos.matches("\\d+-\\d+")) {
                offset = Integer.parseInt(pos.substring(0, pos.indexOf('-')));
                end = Math.max(offset, Integer.parseInt(pos.substring(pos.indexOf('-') + 1)) - 1);
            } else {
                // Escaped raw HTML comes out without a position: find its first word in the source.
                String text = child instanceof Element e ? e.text() : ((org.jsoup.nodes.TextNode) child).text();
                String first = text.strip().split("\\s+", 2)[0];
                int found = first.isEmpty() ? -1 : markdown.indexOf(first, offset + 1);
                offset = found >= 0 ? found : offset;
                end = offset;
            }
            blocks.add(new RenderedBlock(lines.line(offset) + 1, lines.line(end) + 1, lines.column(offset) + 1, html));
        }
        return blocks;
    }

    private static Difference describe(List<RenderedBlock> cm, List<RenderedBlock> fm) {
        // CommonMark's source spans are exact; the site's positions are missing on escaped HTML.
        RenderedBlock first = cm.isEmpty() ? fm.get(0) : cm.get(0);
        String description;
        if (cm.size() == 1 && fm.size() == 1 && cm.get(0).kind().equals(fm.get(0).kind())) {
            description = cm.get(0).kind() + " differs: CommonMark has " + excerpt(cm.get(0).html(), fm.get(0).html())
                    + " where the site has " + excerpt(fm.get(0).html(), cm.get(0).html());
        } else {
            description = "CommonMark shows " + kinds(cm) + ", the site shows " + kinds(fm);
        }
        return new Difference(first.line(), first.column(), description);
    }

    private static String kinds(List<RenderedBlock> blocks) {
        return blocks.isEmpty() ? "nothing" : blocks.stream().map(RenderedBlock::kind).collect(Collectors.joining(" + "));
    }

    /** A short piece of {@code html} around where it first differs from {@code other}. */
    static String excerpt(String html, String other) {
        int at = 0;
        while (at < html.length() && at < other.length() && html.charAt(at) == other.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 12);
        int to = Math.min(html.length(), at + 28);
        return "'" + (from > 0 ? "…" : "") + html.substring(from, to) + (to < html.length() ? "…" : "") + "'";
    }
}
