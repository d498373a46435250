package dev.briefing.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of copied web text is, judged by its shape alone: its length, its punctuation, its
 * leading marker. No rule here knows any article's words.
 */
final class LineShapes {
    /** Longest line still read as a heading; longer lines are paragraphs. */
    static final int HEADING_MAX_CHARS = 120;
    static final int HEADING_MAX_WORDS = 16;

    private static final Pattern BULLET = Pattern.compile("\\s*[•●▪◦‣∙*-]\\s+(\\S.*)");
    private static final Pattern NUMBERED = Pattern.compile("\\s*(\\d{1,3})[.)]\\s+(\\S.*)");
    private static final Pattern READING_TIME = Pattern.compile(
            "(?i)(?:reading time:?\\s*)?\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?[\\s-]*(?:min|mins|minutes?)\\.?(?:\\s+(?:read|reading|listen))?");
    private static final Pattern WORD_COUNT = Pattern.compile("(?i)\\d{1,3}(?:[,.]?\\d{3}){0,4}\\s+words");
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,3}");
    private static final Pattern SEPARATOR = Pattern.compile("[/|·•—–\\-_*=~]{1,3}");
    private static final Pattern BYLINE = Pattern.compile("(?i)(?:written|posted|published)\\s+by\\s*:?\\s*(.*)");
    /** Final punctuation, possibly followed by closing quotes or brackets. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;,…][\"'”’»)\\]]*");
    private static final Pattern PROSE_END = Pattern.compile(".*[.!?…][\"'”’»)\\]]*");
    private static final Pattern HEADLINE_BAD_END = Pattern.compile(".*[.:;,][\"'”’»)\\]]*");
    static final int PARAGRAPH_WORDS = 20;
    /** Labels of a closing list of cited works. */
    private static final Pattern SOURCES_LABEL = Pattern.compile(
            "(?i)(sources|references|citations|bibliography|further reading|read more)\\s*:?");

    private LineShapes() {}

    /** The item's text when the line is a bullet item ({@code •}, {@code -}, {@code *} and similar markers). */
    static Optional<String> bulletItem(String line) {
        Matcher m = BULLET.matcher(line);
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The item's number and text when the line is a numbered list item ({@code 1.} or {@code 1)}). */
    static Optional<NumberedItem> numberedItem(String line) {
        Matcher m = NUMBERED.matcher(line);
        return m.matches() ? Optional.of(new NumberedItem(Integer.parseInt(m.group(1)), m.group(2).strip()))
                : Optional.empty();
    }

    record NumberedItem(int number, String text) {}

    static boolean isListItem(String line) {
        return bulletItem(line).isPresent() || numberedItem(line).isPresent();
    }

    /**
     * A heading by shape: short, starts with a capital, digit or quote, and has no final
     * punctuation. Whether it stands between paragraphs is the caller's business.
     */
    static boolean isHeadingShaped(String line) {
        String s = InlineMarks.plain(line).strip().replaceFirst("(\\[\\d{1,3}\\]){1,5}$", "");
        if (s.isEmpty() || s.length() > HEADING_MAX_CHARS || s.split("\\s+").length > HEADING_MAX_WORDS) {
            return false;
        }
        int first = s.codePointAt(0);
        boolean startsWell = Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'«¿¡".indexOf(first) >= 0;
        return startsWell && !isListItem(line) && !ENDS_SENTENCE.matcher(s).matches() && s.codePoints().anyMatch(Character::isLetter);
    }

    /** "6 min read" and the like: the site's estimate, recomputed by the site itself. */
    static boolean isReadingTime(String line) {
        return READING_TIME.matcher(line.strip()).matches();
    }

    /** "922 words": the site's count, not the article's text. */
    static boolean isWordCount(String line) {
        return WORD_COUNT.matcher(line.strip()).matches();
    }

    /** An avatar's initials ("TN"): one to three capitals alone on a line. */
    static boolean isInitials(String line) {
        return INITIALS.matcher(line.strip()).matches();
    }

    /** The capitals of a name's words: "Ada Lovelace" gives "AL". */
    static String initialsOf(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                sb.appendCodePoint(word.codePointAt(0));
            }
        }
        return sb.toString();
    }

    /** A line of one to three separator characters, such as the {@code //} after a site's name. */
    static boolean isSeparator(String line) {
        return SEPARATOR.matcher(line.strip()).matches();
    }

    /** The name after "Written by" (possibly empty: the name is then on the next line). */
    static Optional<String> writtenBy(String line) {
        Matcher m = BYLINE.matcher(InlineMarks.plain(line).strip());
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    static boolean isSourcesLabel(String line) {
        return SOURCES_LABEL.matcher(InlineMarks.plain(line).strip()).matches();
    }

    /** A name-like line: a few words without final punctuation (site names, author names). */
    static boolean isNameShaped(String line) {
        String s = InlineMarks.plain(line).strip();
        return !s.isEmpty() && s.length() <= 60 && s.split("\\s+").length <= 6 && !ENDS_SENTENCE.matcher(s).matches()
                && !isListItem(s);
    }

    /** Number of sentences, counted at final punctuation followed by a capital. */
    static int sentenceCount(String text) {
        Matcher m = Pattern.compile("[.!?…][\"'”’)\\]]*\\s+[\"“‘(]?\\p{Lu}").matcher(text);
        int n = 1;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static int wordCount(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    /**
     * A line that reads as a sentence: four words or more, ending in final punctuation (possibly
     * followed by closing quotes, brackets or a footnote marker such as {@code [2]}).
     */
    static boolean isProse(String line) {
        String s = InlineMarks.plain(line).strip().replaceFirst("(\\[\\d{1,3}\\]){1,5}$", "");
        return wordCount(s) >= 4 && PROSE_END.matcher(s).matches();
    }

    /** A paragraph of running text: prose of two sentences or more, or of twenty words or more. */
    static boolean isParagraph(String line) {
        String s = InlineMarks.plain(line).strip();
        return isProse(s) && (sentenceCount(s) >= 2 || wordCount(s) >= PARAGRAPH_WORDS);
    }

    /**
     * A line shaped like a headline: up to 25 words and 200 characters, with letters, not all
     * lowercase, not a label (final colon), and no final period or comma; a question or an
     * exclamation is a headline too. Several sentences never are.
     */
    static boolean isHeadline(String line) {
        String s = InlineMarks.plain(line).strip();
        if (s.isEmpty() || s.length() > 200 || wordCount(s) > 25 || s.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        if (s.equals(s.toLowerCase(Locale.ROOT)) || isListItem(s) || s.matches("(?i)https?://\\S+") || sentenceCount(s) > 1) {
            return false;
        }
        return !HEADLINE_BAD_END.matcher(s).matches();
    }
}
