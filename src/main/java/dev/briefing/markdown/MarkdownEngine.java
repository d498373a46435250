package dev.briefing.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The flexmark parser and renderers, configured once and shared by all threads (both are
 * immutable once built).
 *
 * <p>Content comes from the web, so raw HTML is escaped, not passed through, and links with
 * script-capable schemes are rendered as plain text ({@link UnsafeLinks} also catches escaped ones).
 */
public final class MarkdownEngine {
    /** Link schemes that never become links: they could run code in the reader's browser. */
    static final String SUPPRESSED_LINKS = "(?i)^\\s*(javascript|vbscript|data|file):.*";

    /** Attribute {@link #sourcePositionRenderer()} puts on block elements. */
    public static final String SOURCE_POSITION_ATTRIBUTE = "data-md-pos";

    private final Parser parser;
    private final HtmlRenderer siteRenderer;
    private final MutableDataSet options;

    public MarkdownEngine() {
        options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                MentionRendering.create(),
                SourceLinkRendering.create(),
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
        siteRenderer = HtmlRenderer.builder(options).build();
    }

    public Document parse(String markdown) {
        Document document = parser.parse(markdown);
        UnsafeLinks.removeFrom(document);
        return document;
    }

    /** HTML for an article page, with links relative to {@code articles/}. */
    public String renderForSite(Document document) {
        return siteRenderer.render(document);
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

    /**
     * A renderer whose person and article links are absolute under {@code baseUrl}, for email and
     * feeds where relative links go nowhere. Build it once per build and reuse it.
     */
    public HtmlRenderer absoluteRenderer(String baseUrl) {
        MutableDataSet abs = new MutableDataSet(options);
        abs.set(MentionRendering.PERSON_URL_PREFIX, baseUrl + "people/");
        abs.set(ArticleLinks.ARTICLE_URL_PREFIX, baseUrl + "articles/");
        abs.set(SourceLinkRendering.BIBLIOGRAPHY_URL, baseUrl + "bibliography.html");
        return HtmlRenderer.builder(abs).build();
    }
}
