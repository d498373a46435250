package dev.briefing.markdown;

import dev.briefing.errors.SourcePosition;
import dev.briefing.model.Article;
import dev.briefing.model.StatedRole;
import dev.briefing.model.Utf8Text;
import java.util.List;
import java.util.Set;

/**
 * An article after the Markdown stage: its body rendered to HTML once, and everything later
 * stages need from its tree, found in the same pass. Neither the tree nor the Markdown is kept:
 * {@code article()} has an empty body ({@link Article#withoutBody}).
 *
 * @param html the body as HTML ({@link #bodyHtml}); links to site pages are {@link BodyLinks}, and
 *     each source-list item's bibliography link waits for the index to name its entry
 *     ({@link #withSourceAnchors})
 * @param titleMentions the mentions in the title, with their places in it
 * @param summaryMentions the mentions in the summary (the standfirst), with their places in it
 * @param mentions every mention of a registry person, in the order anchors were numbered
 * @param anchors ids a link can point at in the page: heading ids and mention anchors
 * @param links links to other articles or to anchors, for the index to check
 * @param sourceItems the items of "Sources" lists in the text, in the order they appear
 * @param nameCandidates the people the article names, for the people checks and suggestions
 * @param excerpt the first paragraph as plain text, for cards and previews
 * @param readingMinutes minutes a reader needs for the body
 * @param plainText the body in plain text as a reader sees it ({@link #text})
 * @param images the body's images in order, with what is known of each
 * @param files the content files the body names (images, linked documents), as site paths
 */
public record ParsedArticle(
        Article article,
        Utf8Text html,
        List<MentionSpan> titleMentions,
        List<MentionSpan> summaryMentions,
        List<Mention> mentions,
        Set<String> anchors,
        List<LinkInBody> links,
        List<SourceListItem> sourceItems,
        List<NameCandidate> nameCandidates,
        String excerpt,
        int readingMinutes,
        Utf8Text plainText,
        List<ImageInBody> images,
        List<String> files) {

    /**
     * An image of the body: its address as written, its alt text, and for a content file its path
     * in the site and its size when the file states it.
     */
    public record ImageInBody(String address, String alt, java.util.Optional<String> sitePath,
            java.util.Optional<dev.briefing.load.ContentFiles.Size> size) {}

    /** A link from the body to another article or an anchor, as written, and where. */
    public record LinkInBody(String url, SourcePosition position) {}

    /**
     * A person the article names, as the people finder read it (registry people included: the
     * checks leave them out).
     *
     * @param text the fullest form of the name the article writes
     * @param position the first mention in the body, or the file's start when only the title, the
     *     standfirst or the byline names them
     * @param mentions how often the article names them, the family name alone included
     * @param roles the roles the article states next to the name, first stated first
     */
    public record NameCandidate(String text, SourcePosition position, int mentions, List<StatedRole> roles) {}

    public String slug() {
        return article.slug();
    }

    /** The body as HTML. */
    public String bodyHtml() {
        return html.toString();
    }

    /**
     * The body in plain text as a reader sees it, one line per paragraph, heading, table cell or
     * code block: for the search index.
     */
    public String text() {
        return plainText.toString();
    }

    /**
     * The article with each source-list item's bibliography link pointing at its entry.
     *
     * @param entryAnchors the bibliography anchor of each of {@link #sourceItems}, in order; null for
     *     an item that names no entry (its link is left out)
     */
    public ParsedArticle withSourceAnchors(List<String> entryAnchors) {
        if (entryAnchors.isEmpty()) {
            return this;
        }
        String html = bodyHtml();
        for (int i = 0; i < entryAnchors.size(); i++) {
            String placeholder = "#" + ArticleMarks.sourceItemAnchor(i) + "\"";
            if (entryAnchors.get(i) != null) {
                html = html.replace(placeholder, "#" + entryAnchors.get(i) + "\"");
            } else {
                html = html.replaceAll(" <a class=\"source-entry\" href=\"[^\"]*" + java.util.regex.Pattern.quote(placeholder)
                        + ">\\(bibliography entry\\)</a>", "");
            }
        }
        return new ParsedArticle(article, Utf8Text.of(html), titleMentions, summaryMentions, mentions, anchors,
                links, sourceItems, nameCandidates, excerpt, readingMinutes, plainText, images, files);
    }
}
