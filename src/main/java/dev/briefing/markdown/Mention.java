package dev.briefing.markdown;

import dev.briefing.errors.SourcePosition;

/**
 * One place an article names a person.
 *
 * @param number the mention's number among the article's mentions of the person, from 1: it makes
 *     {@link #anchorId}
 * @param written the name as the article writes it ("Nicholas Joseph", "Karpathy")
 * @param around the sentence the name is in
 */
public record Mention(
        String personId,
        String articleSlug,
        int number,
        String written,
        Sentence around,
        SourcePosition position,
        boolean linked) {

    /** The id of the mention's element in the article page, stable for the same content. */
    public String anchorId() {
        return "m-" + personId + "-" + number;
    }

    /** The sentence up to the name. */
    public String before() {
        return around.before();
    }

    /** The rest of the sentence after the name. */
    public String after() {
        return around.after();
    }

    /** The whole sentence as plain text, with the name as written. */
    public String sentence() {
        return before() + written + after();
    }
}
