package dev.briefing.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the standfirst (the dek): a short paragraph near the top whose facts the next paragraph,
 * the lede, states again. That repetition is what tells a summary from an opening paragraph.
 */
final class Standfirst {
    /** How far down the body a standfirst may sit (a teaser line may come before it). */
    static final int SEARCH_PARAGRAPHS = 3;
    static final int MAX_SENTENCES = 2;
    static final int MAX_CHARS = 320;
    /** Share of the paragraph's words the lede must repeat. */
    static final double RESTATED = 0.45;

    /** Words every sentence shares; a restatement must share the others. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "with", "that", "this", "from",
            "was", "were", "are", "has", "have", "had", "its", "his", "her", "their", "our", "not", "but", "all",
            "will", "can", "who", "what", "when", "where", "which", "here", "there", "into", "than", "then", "also",
            "been", "being", "they", "them", "she", "you", "your", "out", "over", "about", "after", "before");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&'’\\-]*");

    private Standfirst() {}

    /** Removes the standfirst from {@code body} and returns its text, if the body has one. */
    static Optional<String> take(List<Block> body) {
        for (int b = 0; b < Math.min(SEARCH_PARAGRAPHS, body.size() - 1); b++) {
            if (!(body.get(b) instanceof Block.Paragraph p) || !(body.get(b + 1) instanceof Block.Paragraph lede)) {
                return Optional.empty();
            }
            String text = InlineMarks.plain(p.text());
            if (text.length() <= MAX_CHARS && LineShapes.sentenceCount(text) <= MAX_SENTENCES
                    && restated(text, InlineMarks.plain(lede.text())) >= RESTATED) {
                body.remove(b);
                return Optional.of(p.text());
            }
        }
        return Optional.empty();
    }

    /**
     * Share of the distinct words of {@code text} (three letters or more, or with a digit, and not
     * function words) found in {@code next}.
     */
    static double restated(String text, String next) {
        Set<String> words = words(text);
        if (words.isEmpty()) {
            return 0;
        }
        Set<String> nextWords = words(next);
        return words.stream().filter(nextWords::contains).count() / (double) words.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceFirst("['’]s$", "");
            if ((w.length() >= 3 || w.chars().anyMatch(Character::isDigit)) && !FUNCTION_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
