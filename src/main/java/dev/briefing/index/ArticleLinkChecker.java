package dev.briefing.index;

import dev.briefing.errors.Problems;
import dev.briefing.markdown.ArticleLinks;
import dev.briefing.markdown.ParsedArticle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the internal links authors write in Markdown ({@code other.md#heading}, {@code #heading})
 * against the articles and anchors that exist, reporting each broken one at its position.
 */
final class ArticleLinkChecker {
    private ArticleLinkChecker() {}

    /** @param unread slugs of articles that could not be read (already an error): links to them are not checked */
    static void check(List<ParsedArticle> articles, Map<String, ParsedArticle> bySlug, Set<String> unread,
            Problems problems) {
        for (ParsedArticle a : articles) {
            for (ParsedArticle.LinkInBody link : a.links()) {
                checkLink(a, link, bySlug, unread, problems);
            }
        }
    }

    private static void checkLink(ParsedArticle a, ParsedArticle.LinkInBody link, Map<String, ParsedArticle> bySlug,
            Set<String> unread, Problems problems) {
        String url = link.url();
        String slug;
        String anchor;
        Optional<ArticleLinks.Target> article = ArticleLinks.target(url);
        if (article.isPresent()) {
            slug = article.get().slug();
            anchor = article.get().anchor().isEmpty() ? null : article.get().anchor().substring(1);
        } else if (url.startsWith("#")) {
            slug = a.slug();
            anchor = url.substring(1);
        } else if (url.endsWith(".md") || url.contains(".md#")) {
            problems.error(link.position(), "broken link '" + url + "': link to another article as 'slug.md' (no folders)");
            return;
        } else {
            return;
        }
        ParsedArticle target = bySlug.get(slug);
        if (target == null && unread.contains(slug)) {
            return;
        }
        if (target == null) {
            problems.error(link.position(), "broken link '" + url + "': no article with slug '" + slug + "'");
        } else if (anchor != null && !anchor.isEmpty() && !target.anchors().contains(anchor)) {
            problems.error(link.position(),
                    "broken link '" + url + "': article '" + slug + "' has no heading or anchor '#" + anchor + "'");
        }
    }
}
