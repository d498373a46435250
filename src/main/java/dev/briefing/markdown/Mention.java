package dev.briefing.markdown;

import dev.briefing.errors.SourcePosition;

/**
 * One place an article names a person.
 *
 * @param anchorId the id of the mention's element in the article page, stable for the same content
 * @param written the name as the article writes it ("Nicholas Joseph", "Karpathy")
 * @param before the sentence up to the name; {@code after}: the rest of the sentence
 */
public record Mention(
        String personId,
        String articleSlug,
        String anchorId,
        String written,
        String before,
        String after,
        SourcePosition position,
        boolean linked) {

    /** The whole sentence as plain text, with the name as written. */
    public String sentence() {
        return before + written + after;
    }
}
