package dev.briefing.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.briefing.model.SitePaths;
import dev.briefing.model.Slugs;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets authors link articles to each other by their source file, as they would on GitHub:
 * {@code [see](other-article.md#heading)} becomes a link to {@code articles/other-article.html#heading}
 * ({@link BodyLinks}).
 * Whether the target exists is checked by the index stage, with the link's position.
 */
public final class ArticleLinks implements HtmlRenderer.HtmlRendererExtension {
    /**
     * {@code slug.md}, {@code ./slug.md} or {@code ../articles/slug.md}, with an optional anchor. The
     * slug's shape is checked by {@link Slugs#isValid}: a repeated group here would recurse once per
     * word of the slug and overflow the stack on a long one.
     */
    private static final Pattern ARTICLE_LINK =
            Pattern.compile("^(?:\\./|\\.\\./articles/)?([a-z0-9-]+)\\.md(#\\S*)?$");

    /** A link to another article: its slug, and its anchor with the {@code #}, or empty. */
    public record Target(String slug, String anchor) {}

    /** The article {@code url} links to, or empty when it is no link to an article's source file. */
    public static Optional<Target> target(String url) {
        Matcher m = ARTICLE_LINK.matcher(url);
        if (!m.matches() || !Slugs.isValid(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(new Target(m.group(1), m.group(2) == null ? "" : m.group(2)));
    }

    public static ArticleLinks create() {
        return new ArticleLinks();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.linkResolverFactory(new com.vladsch.flexmark.html.LinkResolverFactory() {
            @Override
            public Set<Class<?>> getAfterDependents() {
                return null;
            }

            @Override
            public Set<Class<?>> getBeforeDependents() {
                return null;
            }

            @Override
            public boolean affectsGlobalScope() {
                return false;
            }

            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return (Node node, LinkResolverBasicContext ctx, ResolvedLink link) -> {
                    return target(link.getUrl())
                            .map(t -> link.withStatus(LinkStatus.VALID)
                                    .withUrl(BodyLinks.to(SitePaths.article(t.slug()) + t.anchor())))
                            .orElse(link);
                };
            }
        });
    }
}
