package dev.briefing.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Renders {@link MentionNode}s: every mention carries an id so person pages can link to the exact
 * place; linked ones are anchors to the person page.
 */
public final class MentionRendering implements HtmlRenderer.HtmlRendererExtension {
    /** What goes before {@code <person-id>.html}: relative on the site, absolute in email. */
    public static final DataKey<String> PERSON_URL_PREFIX = new DataKey<>("BRIEFING_PERSON_URL_PREFIX", "../people/");

    public static MentionRendering create() {
        return new MentionRendering();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(MentionRenderer::new);
    }

    private static final class MentionRenderer implements NodeRenderer {
        private final String prefix;

        MentionRenderer(DataHolder options) {
            this.prefix = PERSON_URL_PREFIX.get(options);
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(MentionNode.class, this::render));
        }

        private void render(MentionNode node, NodeRendererContext context, HtmlWriter html) {
            html.attr("id", node.anchorId()).attr("class", "mention").attr("data-person", node.personId());
            if (node.linked()) {
                html.attr("href", prefix + node.personId() + ".html").withAttr().tag("a");
                context.renderChildren(node);
                html.tag("/a");
            } else {
                html.withAttr().tag("span");
                context.renderChildren(node);
                html.tag("/span");
            }
        }
    }
}
