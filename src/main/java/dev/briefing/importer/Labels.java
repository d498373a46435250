package dev.briefing.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Labelled metadata lines a blog or CMS prints around a post: its category and its tags. */
final class Labels {
    private static final Pattern SECTION = Pattern.compile(
            "(?i)(?:posted in|filed under|categor(?:y|ies|ised as|ized as))\\s*:?\\s+([^,;|]{1,60}?)(?:\\s*[,;|].*)?");
    private static final Pattern TAGS = Pattern.compile("(?i)(?:tags?|tagged(?: with| as)?|topics|keywords)\\s*:?\\s+\\S.*");
    private static final int MAX_WORDS = 20;

    private Labels() {}

    /** The category a "Posted in Field notes" or "Filed under: World" line names. */
    static Optional<String> section(String line) {
        String s = InlineMarks.plain(line).strip();
        Matcher m = SECTION.matcher(s);
        return m.matches() && LineShapes.wordCount(s) <= MAX_WORDS && LineShapes.isNameShaped(m.group(1))
                ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** "Tags: rivers, salmon" and the like: the site's index terms, not article text. */
    static boolean isTags(String line) {
        String s = InlineMarks.plain(line).strip();
        return LineShapes.wordCount(s) <= MAX_WORDS && TAGS.matcher(s).matches() && !s.matches(".*[.!?]");
    }
}
