package dev.briefing.markdown;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The flexmark parser and the article renderer, configured once and shared by all threads (both
 * are immutable once built).
 *
 * <p>Content comes from the web, so raw HTML is escaped, not passed through, and links with
 * script-capable schemes become plain text while parsing ({@link UnsafeLinks}). An article is
 * rendered once, with its mentions and source links applied from data ({@link ArticleMarks}) and
 * links to other pages written as {@link BodyLinks}, which each output resolves for where it is read.
 */
public final class MarkdownEngine {
    /** Link schemes that never become links: they could run code in the reader's browser. */
    static final String SUPPRESSED_LINKS = "(?i)^\\s*(javascript|vbscript|data|file):.*";

    /** Attribute {@link #sourcePositionRenderer()} puts on block elements. */
    public static final String SOURCE_POSITION_ATTRIBUTE = "data-md-pos";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final MutableDataSet options;

    public MarkdownEngine() {
        options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                QuickAutolink.create(),
                UnsafeLinks.create(),
                ArticleMarks.Rendering.create(),
                ArticleLinks.create(),
                LinearInlineParser.extension()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS);
        // As CommonMark does: a URL written with spaces or <, > in it still gives a valid href.
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** The body's tree, without unsafe links. */
    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** HTML of a parsed body, with the marks set on the document applied (none by default). */
    public String render(Document document) {
        return renderer.render(document);
    }

    /** Renders with marks: the one render of an article's body. */
    String render(Document document, ArticleMarks marks) {
        document.set(ArticleMarks.KEY, marks);
        return renderer.render(document);
    }

    /**
     * A renderer like the site's that also marks each block element with the offsets of its
     * Markdown source, {@code data-md-pos="start-end"}: lets checks map HTML back to lines.
     */
    public HtmlRenderer sourcePositionRenderer() {
        MutableDataSet positioned = new MutableDataSet(options);
        positioned.set(HtmlRenderer.SOURCE_POSITION_ATTRIBUTE, SOURCE_POSITION_ATTRIBUTE);
        return HtmlRenderer.builder(positioned).build();
    }
}
