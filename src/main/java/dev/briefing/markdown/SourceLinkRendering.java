package dev.briefing.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/** Renders {@link SourceLinkNode}s as a small link to the bibliography entry. */
public final class SourceLinkRendering implements HtmlRenderer.HtmlRendererExtension {
    /** The bibliography page: relative from {@code articles/} on the site, absolute in email. */
    public static final DataKey<String> BIBLIOGRAPHY_URL =
            new DataKey<>("BRIEFING_BIBLIOGRAPHY_URL", "../bibliography.html");

    public static SourceLinkRendering create() {
        return new SourceLinkRendering();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(Renderer::new);
    }

    private static final class Renderer implements NodeRenderer {
        private final String bibliography;

        Renderer(DataHolder options) {
            this.bibliography = BIBLIOGRAPHY_URL.get(options);
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(SourceLinkNode.class, this::render));
        }

        private void render(SourceLinkNode node, NodeRendererContext context, HtmlWriter html) {
            html.raw(" ");
            html.attr("class", "source-entry").attr("href", bibliography + "#" + node.anchor()).withAttr().tag("a");
            html.text("(bibliography entry)");
            html.tag("/a");
        }
    }
}
