package dev.briefing.markdown;

import dev.briefing.errors.SourcePosition;
import dev.briefing.model.Article;
import java.util.List;
import java.util.Set;

/**
 * An article after the Markdown stage: its body rendered to HTML once, and everything later
 * stages need from its tree, found in the same pass. The tree itself is not kept.
 *
 * @param bodyHtml the body as HTML; links to site pages are {@link BodyLinks}, and each
 *     source-list item's bibliography link waits for the index to name its entry
 *     ({@link #withSourceAnchors})
 * @param mentions every mention of a registry person, in the order anchors were numbered
 * @param anchors ids a link can point at in the page: heading ids and mention anchors
 * @param links links to other articles or to anchors, for the index to check
 * @param sourceItems the items of "Sources" lists in the text, in the order they appear
 * @param nameCandidates phrases that look like names, for the people checks
 * @param excerpt the first paragraph as plain text, for cards and previews
 * @param readingMinutes minutes a reader needs for the body
 * @param text the body in plain text as a reader sees it, one line per paragraph, heading, table
 *     cell or code block: for the search index
 */
public record ParsedArticle(
        Article article,
        String bodyHtml,
        List<Mention> mentions,
        Set<String> anchors,
        List<LinkInBody> links,
        List<SourceListItem> sourceItems,
        List<NameCandidate> nameCandidates,
        String excerpt,
        int readingMinutes,
        String text) {

    /** A link from the body to another article or an anchor, as written, and where. */
    public record LinkInBody(String url, SourcePosition position) {}

    /** A phrase of the body that looks like a person's name, and where. */
    public record NameCandidate(String text, SourcePosition position) {}

    public String slug() {
        return article.slug();
    }

    /**
     * The body with each source-list item's bibliography link pointing at its entry.
     *
     * @param anchors the bibliography anchor of each of {@link #sourceItems}, in order; null for an
     *     item that names no entry (its link is left out)
     */
    public String withSourceAnchors(List<String> anchors) {
        String html = bodyHtml;
        for (int i = 0; i < anchors.size(); i++) {
            String placeholder = "#" + ArticleMarks.sourceItemAnchor(i) + "\"";
            if (anchors.get(i) != null) {
                html = html.replace(placeholder, "#" + anchors.get(i) + "\"");
            } else {
                html = html.replaceAll(" <a class=\"source-entry\" href=\"[^\"]*" + java.util.regex.Pattern.quote(placeholder)
                        + ">\\(bibliography entry\\)</a>", "");
            }
        }
        return html;
    }
}
