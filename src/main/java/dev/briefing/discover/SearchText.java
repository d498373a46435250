package dev.briefing.discover;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How text becomes search terms, the same way here as in the search page's script
 * ({@code assets/search.js}, which must be changed with it): a word is a run of letters, digits and
 * combining marks, with apostrophes inside it ("O'Brien", "don't"); its term is the word without
 * accents, in lower case, without a possessive "'s" and without apostrophes. Words longer than
 * {@value #MAX_TERM} characters are not terms.
 *
 * <pre>
 * SearchText.terms("Müller’s plan", t -> …); // "muller", "plan"
 * </pre>
 */
public final class SearchText {
    /** Longer words are not indexed (nor looked for): a run of letters that long is rarely a word. */
    public static final int MAX_TERM = 60;

    private SearchText() {}

    /** Receives terms as characters, so that a term seen before needs no new string. */
    @FunctionalInterface
    interface TermSink {
        /**
         * @param chars the term is {@code chars[0, length)}; the array is reused for the next term
         * @param hash the term's {@link String#hashCode}
         */
        void term(char[] chars, int length, int hash);
    }

    /** Hands each term of {@code text} to {@code each}, in order; returns how many there were. */
    public static int terms(String text, Consumer<String> each) {
        return terms(text, (chars, length, hash) -> each.accept(new String(chars, 0, length)));
    }

    /**
     * The scanner behind {@link #terms(String, Consumer)}: words of Latin letters (with either
     * apostrophe) are folded as they are read, a letter at a time; any other word (decomposed
     * accents, other scripts) goes through {@link #fold}.
     */
    static int terms(String text, TermSink sink) {
        char[] in = text.toCharArray();
        char[] term = new char[MAX_TERM + 1];
        int count = 0;
        int n = in.length;
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(in, i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean simple = true; // every letter folded as it was read
            int length = 0;
            while (i < n) {
                char c = in[i];
                if (c < LATIN.length && LATIN[c] != 0) {
                    if (length <= MAX_TERM) {
                        term[length] = LATIN[c];
                    }
                    length++;
                    i++;
                    continue;
                }
                cp = Character.codePointAt(in, i);
                if (isWordChar(cp)) {
                    simple = false;
                    i += Character.charCount(cp);
                } else if (isApostrophe(cp) && i + 1 < n && isWordChar(Character.codePointAt(in, i + 1))) {
                    i++; // an apostrophe inside a word is no part of its term
                } else {
                    break;
                }
            }
            if (!simple) {
                String folded = fold(new String(in, start, i - start));
                length = folded.length();
                if (length <= MAX_TERM) {
                    folded.getChars(0, length, term, 0);
                }
            } else if (i - start >= 3 && isApostrophe(in[i - 2]) && (in[i - 1] == 's' || in[i - 1] == 'S')) {
                length--; // a possessive "'s" (the apostrophe is never a word's first character)
            }
            if (length <= MAX_TERM) {
                int hash = 0;
                for (int k = 0; k < length; k++) {
                    hash = 31 * hash + term[k];
                }
                sink.term(term, length, hash);
                count++;
            }
        }
        return count;
    }

    /** Every term of {@code text}, in order. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        terms(text, out::add);
        return out;
    }

    /** The term of one word: no accents, lower case, no possessive "'s", no apostrophes. */
    static String fold(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!isMark(cp)) {
                out.appendCodePoint(cp);
            }
        }
        String lower = out.toString().toLowerCase(Locale.ROOT);
        int end = lower.length();
        if (end > 2 && lower.charAt(end - 1) == 's' && isApostrophe(lower.charAt(end - 2))) {
            lower = lower.substring(0, end - 2);
        }
        return lower.replace("'", "").replace("\u2019", "");
    }

    /** A line of text cut into its sentences, each without surrounding spaces. */
    public static List<String> sentences(String line, Locale locale) {
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(line);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String sentence = line.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
        }
        return out;
    }

    private static final boolean[] ASCII_WORD = new boolean[128];
    /** The folded letter of each letter of Latin-1 and Latin Extended-A that folds to one letter, else 0. */
    private static final char[] LATIN = new char[0x180];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        for (char c = 0; c < LATIN.length; c++) {
            if (isWordChar(c)) {
                String folded = fold(String.valueOf(c));
                LATIN[c] = folded.length() == 1 ? folded.charAt(0) : 0;
            }
        }
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    /** Letters, digits and combining marks: JavaScript's {@code [\p{L}\p{N}\p{M}]}. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return ASCII_WORD[cp];
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
