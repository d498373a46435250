package dev.briefing.load;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inline half of {@link MarkdownLimits}: one paragraph's emphasis and link nesting, and its
 * backslash escapes and entities, counted in one pass before the paragraph is parsed.
 */
final class ParagraphLimits {
    /** What can be left open, each counted apart: links, and the three emphasis delimiters. */
    private static final String DELIMITERS = "[*_~";

    private ParagraphLimits() {}

    /**
     * Counts what a paragraph leaves open, per kind of delimiter: a closing run closes what its
     * own kind opened. Code spans are skipped, as the parser does.
     *
     * @param lines {line, column, start, end} of each of the paragraph's lines
     */
    static boolean check(String text, List<int[]> lines, Path file, int lineOffset,
            Problems problems) {
        if (lines.isEmpty()) {
            return true;
        }
        StringBuilder b = new StringBuilder();
        int[] starts = new int[lines.size()];
        for (int l = 0; l < lines.size(); l++) {
            starts[l] = b.length();
            b.append(text, lines.get(l)[2], lines.get(l)[3]).append('\n');
        }
        String p = b.toString();
        int[] closingTicks = closingCodeSpans(p);
        int[] open = new int[DELIMITERS.length()];
        int total = 0;
        int escapes = 0;
        int wordEntities = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isWhitespace(c)) {
                wordEntities = 0;
            }
            boolean entity = c == '&' && i + 1 < p.length() && (p.charAt(i + 1) == '#' || Character.isLetter(p.charAt(i + 1)));
            // &#0; is read as U+FFFD, as CommonMark says: safe.
            int referenced = entity ? numericReference(p, i) : -1;
            if (referenced > 0 && (referenced <= 0xFFFF && UnsafeCharacters.isUnsafe((char) referenced)
                    || referenced >= 0xD800 && referenced <= 0xDFFF)) {
                // The loader removes these characters from the text; written as a reference they
                // would reach every output decoded (a control character made feed.xml unreadable).
                int l = lineOf(starts, i);
                problems.error(new SourcePosition(file, lineOffset + lines.get(l)[0] + 1,
                        lines.get(l)[1] + i - starts[l] + 1), "'" + p.substring(i, p.indexOf(';', i) + 1) + "' writes "
                        + UnsafeCharacters.describe((char) referenced) + ", which no page may carry; remove it");
                return false;
            }
            if (entity && ++wordEntities > MarkdownLimits.MAX_WORD_ENTITIES) {
                int l = lineOf(starts, i);
                problems.error(new SourcePosition(file, lineOffset + lines.get(l)[0] + 1,
                        lines.get(l)[1] + i - starts[l] + 1), "more than " + MarkdownLimits.MAX_WORD_ENTITIES
                        + " entities in one word without a space; write the characters themselves");
                return false;
            }
            boolean escape = c == '\\' && i + 1 < p.length() && isAsciiPunctuation(p.charAt(i + 1))
                    || entity;
            if (escape) {
                if (++escapes > MarkdownLimits.MAX_ESCAPES) {
                    int l = lineOf(starts, i);
                    problems.error(new SourcePosition(file, lineOffset + lines.get(l)[0] + 1,
                            lines.get(l)[1] + i - starts[l] + 1), "more than " + MarkdownLimits.MAX_ESCAPES + " backslash escapes and "
                            + "entities in one paragraph; split it with a blank line");
                    return false;
                }
                i += c == '\\' ? 1 : 0;
                continue;
            }
            int run = c == '`' || c == '*' || c == '_' || c == '~' ? runLength(p, i) : 1;
            if (c == '`') {
                i = (closingTicks[i] >= 0 ? closingTicks[i] : i) + run - 1;
                continue;
            }
            int kind = DELIMITERS.indexOf(c == ']' ? '[' : c);
            if (kind < 0) {
                continue;
            }
            int before = open[kind];
            int after;
            if (c == '[') {
                after = before + 1;
            } else if (c == ']') {
                after = Math.max(0, before - 1);
            } else if (c == '*' || c == '_' || c == '~') {
                after = afterDelimiter(p, i, run, before);
            } else {
                continue;
            }
            open[kind] = after;
            total += after - before;
            if (total > MarkdownLimits.MAX_DEPTH) {
                int l = lineOf(starts, i);
                return MarkdownLimits.tooDeep(file, lineOffset + lines.get(l)[0] + 1, lines.get(l)[1] + i - starts[l] + 1,
                        "emphasis and links", problems);
            }
            i += run - 1;
        }
        return true;
    }

    /**
     * The code point a numeric character reference at {@code i} stands for, as CommonMark reads one
     * ({@code &#} and 1–7 digits, or {@code &#x} and 1–6 hex digits, then {@code ;}); -1 for none.
     */
    static int numericReference(String p, int i) {
        if (i + 1 >= p.length() || p.charAt(i + 1) != '#') {
            return -1;
        }
        int j = i + 2;
        boolean hex = j < p.length() && (p.charAt(j) == 'x' || p.charAt(j) == 'X');
        j += hex ? 1 : 0;
        int digits = 0;
        int value = 0;
        while (j < p.length() && digits < (hex ? 6 : 7) && Character.digit(p.charAt(j), hex ? 16 : 10) >= 0
                && p.charAt(j) < 128) {
            value = value * (hex ? 16 : 10) + Character.digit(p.charAt(j), hex ? 16 : 10);
            digits++;
            j++;
        }
        return digits > 0 && j < p.length() && p.charAt(j) == ';' ? value : -1;
    }

    /** The paragraph line holding offset {@code i}, from the offsets where lines start. */
    private static int lineOf(int[] starts, int i) {
        int l = Arrays.binarySearch(starts, i);
        return l >= 0 ? l : -l - 2;
    }

    /**
     * How many delimiters of a kind are open after a run of {@code run} of them, by CommonMark's
     * flanking rules: a run that can only open adds, one that can only close removes, one that
     * can do both closes what is open and opens the rest; an underscore inside a word is a letter.
     */
    private static int afterDelimiter(String p, int i, int run, int open) {
        char before = i == 0 ? '\n' : p.charAt(i - 1);
        char after = i + run >= p.length() ? '\n' : p.charAt(i + run);
        boolean left = !Character.isWhitespace(after)
                && (!isPunctuation(after) || Character.isWhitespace(before) || isPunctuation(before));
        boolean right = !Character.isWhitespace(before)
                && (!isPunctuation(before) || Character.isWhitespace(after) || isPunctuation(after));
        if (p.charAt(i) == '_' && left && right && !isPunctuation(before) && !isPunctuation(after)) {
            return open;
        }
        if (left && right) {
            int closed = Math.min(open, run);
            return open - closed + (run - closed);
        }
        return left ? open + run : right ? Math.max(0, open - run) : open;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    private static boolean isPunctuation(char c) {
        if (c < 128) {
            return isAsciiPunctuation(c);
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static int runLength(String p, int i) {
        int j = i;
        while (j < p.length() && p.charAt(j) == p.charAt(i)) {
            j++;
        }
        return j - i;
    }

    /**
     * Where the run of backticks that closes a code span starts, for each run that opens one (the
     * next later run of the same length); -1 elsewhere. Linear: runs are paired from the end.
     */
    private static int[] closingCodeSpans(String p) {
        int[] closing = new int[p.length()];
        Arrays.fill(closing, -1);
        List<int[]> runs = new ArrayList<>(); // {start, length}
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) == '`' && (i == 0 || p.charAt(i - 1) != '`')) {
                runs.add(new int[] {i, runLength(p, i)});
            }
        }
        int[] next = new int[runs.size()];
        Map<Integer, Integer> nextOfLength = new HashMap<>();
        for (int r = runs.size() - 1; r >= 0; r--) {
            next[r] = nextOfLength.getOrDefault(runs.get(r)[1], -1);
            nextOfLength.put(runs.get(r)[1], r);
        }
        for (int r = 0; r < runs.size(); r++) {
            if (next[r] >= 0) {
                closing[runs.get(r)[0]] = runs.get(next[r])[0];
                r = next[r]; // the runs inside the span are code
            }
        }
        return closing;
    }

}
