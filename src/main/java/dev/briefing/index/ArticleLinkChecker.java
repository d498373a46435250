package dev.briefing.index;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import dev.briefing.errors.Problems;
import dev.briefing.markdown.ArticleLinks;
import dev.briefing.markdown.ParsedArticle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Checks the internal links authors write in Markdown ({@code other.md#heading}, {@code #heading})
 * against the articles and heading ids that exist, reporting each broken one at its position.
 */
final class ArticleLinkChecker {
    private ArticleLinkChecker() {}

    static void check(List<ParsedArticle> articles, Map<String, List<Mention>> mentionsBySlug, Problems problems) {
        Map<String, Set<String>> idsBySlug = articles.stream().collect(Collectors.toMap(
                a -> a.article().slug(), a -> ids(a, mentionsBySlug.getOrDefault(a.article().slug(), List.of())),
                (x, y) -> x));
        for (ParsedArticle a : articles) {
            new NodeVisitor(new VisitHandler<>(Link.class, link -> checkLink(a, link, idsBySlug, problems)))
                    .visit(a.document());
        }
    }

    private static void checkLink(ParsedArticle a, Link link, Map<String, Set<String>> idsBySlug, Problems problems) {
        String url = link.getUrl().toString();
        String slug;
        String anchor;
        Matcher m = ArticleLinks.ARTICLE_LINK.matcher(url);
        if (m.matches()) {
            slug = m.group(1);
            anchor = m.group(2) == null ? null : m.group(2).substring(1);
        } else if (url.startsWith("#")) {
            slug = a.article().slug();
            anchor = url.substring(1);
        } else if (url.endsWith(".md") || url.contains(".md#")) {
            problems.error(a.positionOf(link.getUrl().getStartOffset()),
                    "broken link '" + url + "': link to another article as 'slug.md' (no folders)");
            return;
        } else {
            return;
        }
        Set<String> ids = idsBySlug.get(slug);
        if (ids == null) {
            problems.error(a.positionOf(link.getUrl().getStartOffset()),
                    "broken link '" + url + "': no article with slug '" + slug + "'");
        } else if (anchor != null && !anchor.isEmpty() && !ids.contains(anchor)) {
            problems.error(a.positionOf(link.getUrl().getStartOffset()),
                    "broken link '" + url + "': article '" + slug + "' has no heading or anchor '#" + anchor + "'");
        }
    }

    /** Heading ids as the renderer will generate them, plus mention anchors. */
    private static Set<String> ids(ParsedArticle a, List<Mention> mentions) {
        HeaderIdGenerator generator = new HeaderIdGenerator.Factory().create();
        generator.generateIds(a.document());
        Set<String> ids = new HashSet<>();
        collectHeadings(a.document(), ids, Heading::getAnchorRefId);
        mentions.forEach(m -> ids.add(m.anchorId()));
        return ids;
    }

    private static void collectHeadings(Node node, Set<String> ids, Function<Heading, String> id) {
        new NodeVisitor(new VisitHandler<>(Heading.class, h -> ids.add(id.apply(h)))).visit(node);
    }
}
