package dev.briefing.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.briefing.load.ContentFiles;
import dev.briefing.model.SitePaths;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the one render of an article adds to its Markdown, found beforehand as data: each mention of
 * a person (an anchor with an id at the exact characters, linked to the person page when it is
 * the first in its part of the article), a link to the bibliography after each item of a "Sources"
 * list, and each local image's width and height, so the page keeps its room before it loads.
 * The tree is never edited: the renderer reads these marks from the document's data.
 *
 * @param mentions the mentions' character ranges in the body, in offset order, never overlapping
 * @param sourceItems for the paragraph starting at each offset, the index of its source-list item
 * @param imageSizes for the image starting at each offset, its size read from its file
 */
record ArticleMarks(List<MentionSpan> mentions, Map<Integer, Integer> sourceItems,
        Map<Integer, ContentFiles.Size> imageSizes) {
    static final DataKey<ArticleMarks> KEY = new DataKey<>("BRIEFING_ARTICLE_MARKS",
            new ArticleMarks(List.of(), Map.of(), Map.of()));

    /** Where the bibliography link of source-list item {@code index} goes until its entry is known. */
    static String sourceItemAnchor(int index) {
        return "briefing-source:" + index;
    }

    /** Renders the marks: Text nodes holding a mention, and paragraphs of source-list items. */
    static final class Rendering implements HtmlRenderer.HtmlRendererExtension {
        static Rendering create() {
            return new Rendering();
        }

        @Override
        public void rendererOptions(MutableDataHolder options) {}

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(Renderer::new);
            builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    ArticleMarks marks = KEY.get(context.getDocument());
                    return (node, part, attributes) -> {
                        if ((node instanceof Image || node instanceof ImageRef) && part == AttributablePart.LINK) {
                            ContentFiles.Size size = marks.imageSizes().get(node.getStartOffset());
                            if (size != null) {
                                attributes.addValue("width", String.valueOf(size.width()));
                                attributes.addValue("height", String.valueOf(size.height()));
                            }
                        }
                    };
                }
            });
        }
    }

    /** Made for each render, with that document's marks. */
    private static final class Renderer implements NodeRenderer {
        private final ArticleMarks marks;
        private final ListOptions listOptions;
        /** The mention whose opening tag is written and whose closing tag is not yet. */
        private MentionSpan open;
        Renderer(DataHolder options) {
            this.marks = KEY.get(options);
            this.listOptions = ListOptions.get(options);
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, this::text),
                    new NodeRenderingHandler<>(Paragraph.class, this::paragraph));
        }

        /**
         * A text node's characters, with the opening tag of each mention starting in it and the
         * closing tag of each ending in it. A name split over a line break spans two text nodes
         * of the same parent, so the tags still nest. A mention that would go on into anything
         * else is closed where its text node ends, so the tags nest whatever the tree holds.
         */
        private void text(Text node, NodeRendererContext context, HtmlWriter html) {
            List<MentionSpan> spans = marks.mentions();
            int start = node.getStartOffset();
            int end = node.getEndOffset();
            int i = firstEndingAfter(spans, start);
            if (i >= spans.size() || spans.get(i).start() >= end) {
                context.delegateRender();
                return;
            }
            BasedSequence chars = node.getChars();
            int at = start;
            for (; i < spans.size() && spans.get(i).start() < end; i++) {
                MentionSpan span = spans.get(i);
                if (span.start() >= start) {
                    write(chars, start, at, span.start(), html);
                    at = span.start();
                    open(span.mention(), html);
                    open = span;
                }
                int upTo = Math.min(span.end(), end);
                write(chars, start, at, upTo, html);
                at = upTo;
                if (open != span) {
                    continue; // begun where it could not be marked: its rest is plain text
                }
                if (span.end() > end && goesOnInSiblingText(node, span.end())) {
                    return; // the mention goes on in a later text node
                }
                html.tag(span.mention().linked() ? "/a" : "/span");
                open = null;
            }
            write(chars, start, at, end, html);
        }

        /** Whether the text nodes and line breaks after {@code node} reach {@code end} with nothing else between. */
        private static boolean goesOnInSiblingText(Node node, int end) {
            for (Node n = node.getNext(); n != null; n = n.getNext()) {
                if (n instanceof Text) {
                    if (n.getEndOffset() >= end) {
                        return true;
                    }
                } else if (!(n instanceof SoftLineBreak || n instanceof HardLineBreak)) {
                    return false;
                }
            }
            return false;
        }

        /** Index of the first span ending after {@code offset}: spans never overlap, so ends are sorted too. */
        private static int firstEndingAfter(List<MentionSpan> spans, int offset) {
            int lo = 0;
            int hi = spans.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (spans.get(mid).end() <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private static void write(BasedSequence chars, int nodeStart, int from, int to, HtmlWriter html) {
            if (to > from) {
                html.text(Escaping.normalizeEOL(chars.subSequence(from - nodeStart, to - nodeStart).unescape()));
            }
        }

        private static void open(Mention m, HtmlWriter html) {
            html.attr("id", m.anchorId()).attr("class", "mention").attr("data-person", m.personId());
            if (m.linked()) {
                html.attr("href", BodyLinks.to(SitePaths.person(m.personId()))).withAttr().tag("a");
            } else {
                html.withAttr().tag("span");
            }
        }

        /** A source-list item's paragraph, as flexmark renders one, ending in its bibliography link. */
        private void paragraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
            Integer item = marks.sourceItems().get(node.getStartOffset());
            if (item == null) {
                context.delegateRender();
                return;
            }
            Runnable content = () -> {
                context.renderChildren(node);
                html.raw(" ");
                html.attr("class", "source-entry")
                        .attr("href", BodyLinks.to(SitePaths.BIBLIOGRAPHY + "#" + sourceItemAnchor(item)))
                        .withAttr().tag("a");
                html.text("(bibliography entry)");
                html.tag("/a");
            };
            boolean wrapped = !(node.getParent() instanceof ParagraphItemContainer container)
                    || !container.isParagraphWrappingDisabled(node, listOptions, context.getOptions());
            if (wrapped) {
                html.srcPosWithEOL(node.getChars()).withAttr().tagLine("p", content);
            } else {
                content.run();
            }
        }
    }
}
