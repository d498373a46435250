package dev.briefing.importer;

import dev.briefing.errors.LineIndex;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each line of a {@link SourceText} begins in the input, so what the import finds on a line
 * can be reported at the input's line and column. A phrase is looked for from the line's start,
 * allowing for markup between its words and characters written as entities in HTML; when it is
 * not found there, the line's start is the place.
 *
 * <pre>
 * InputPlaces places = InputPlaces.ofText(text);
 * places.at(3, "according to a report by the Bay Times"); // line 4, the column the phrase starts at
 * </pre>
 */
final class InputPlaces {
    static final InputPlaces NONE = new InputPlaces("", new int[0]);
    /** How far past a line's start a phrase is looked for: a bound on the work for one long paragraph. */
    private static final int SEARCH_CHARS = 16_384;
    /** Enough words to tell one phrase from another on a line. */
    private static final int PHRASE_WORDS = 8;
    private static final String BETWEEN_WORDS = "(?:\\s|&nbsp;|&#160;|<[^<>]{0,2000}>)+";

    private final String input;
    private final int[] starts;
    private LineIndex index;

    /**
     * @param input the text as read, which positions count in
     * @param starts for each line of the source text, the offset in {@code input} where it begins, or -1
     *     when no input text begins it (a blank line between blocks)
     */
    InputPlaces(String input, int[] starts) {
        this.input = input;
        this.starts = starts.clone();
    }

    /** Plain text, whose lines are the input's lines. */
    static InputPlaces ofText(String text) {
        LineIndex lines = LineIndex.of(text);
        int[] starts = new int[lines.lineCount()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = lines.lineStart(i);
        }
        return new InputPlaces(text, starts);
    }

    /** Where {@code phrase} starts on source line {@code line}, else where that line starts. */
    Optional<FoundSource.InputPlace> at(int line, String phrase) {
        int start = -1;
        for (int i = Math.min(line, starts.length - 1); i >= 0 && start < 0; i--) {
            start = starts[i];
        }
        if (start < 0) {
            return Optional.empty();
        }
        int end = Math.min(input.length(), start + SEARCH_CHARS);
        for (int i = line + 1; i < starts.length; i++) {
            if (starts[i] > start) {
                end = Math.min(end, starts[i]);
                break;
            }
        }
        int offset = start;
        Pattern words = pattern(phrase);
        if (words != null) {
            Matcher m = words.matcher(input).region(start, end);
            if (m.find()) {
                offset = m.start();
            }
        }
        if (index == null) {
            index = LineIndex.of(input);
        }
        return Optional.of(new FoundSource.InputPlace(index.line(offset) + 1, index.column(offset) + 1));
    }

    /** The phrase's first words, each letter or digit as written and any other character also as an entity. */
    private static Pattern pattern(String phrase) {
        String[] words = phrase.strip().split("\\s+", PHRASE_WORDS + 1);
        if (words[0].isEmpty()) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        for (int w = 0; w < Math.min(words.length, PHRASE_WORDS); w++) {
            if (w > 0) {
                regex.append(BETWEEN_WORDS);
            }
            words[w].codePoints().forEach(c -> {
                String literal = Pattern.quote(Character.toString(c));
                regex.append(Character.isLetterOrDigit(c) ? literal : "(?:" + literal + "|&#?\\w{1,10};)");
            });
        }
        return Pattern.compile(regex.toString());
    }
}
