package dev.briefing.load;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses Markdown nested deeper than any article is, before it is parsed: the Markdown parsers
 * and renderers recurse once per level, so an 800-byte line of {@code "- - - …"} or a run of
 * {@code ***} made them overflow the stack. One linear pass over the body counts two kinds of
 * nesting, over-estimated rather than missed:
 *
 * <ul>
 *   <li>blocks: block quote and list markers at the start of a line, plus the list items its
 *       indentation keeps open;</li>
 *   <li>inline: emphasis and strikethrough delimiters ({@code * _ ~}) and link brackets a
 *       paragraph has opened and not closed, outside code.</li>
 * </ul>
 *
 * Past {@link #MAX_DEPTH} levels of either, the body is reported at the marker that goes too deep.
 * A rule line, or an HTML tag opening a line, longer than {@link #MAX_RULE} is refused too.
 */
final class MarkdownNesting {
    /** Real articles nest three or four levels; the parsers and renderers used here handle 300. */
    static final int MAX_DEPTH = 64;
    /**
     * The longest line of only {@code -}, {@code *} or {@code _}, and the longest HTML tag opening
     * a line: flexmark matches both with patterns that recurse once per character or attribute,
     * and a few thousand overflowed the stack.
     */
    static final int MAX_RULE = 500;

    private MarkdownNesting() {}

    /**
     * @param lineOffset lines of the file before the body
     * @return whether the body is within the limits (otherwise reported)
     */
    static boolean check(String body, Path file, int lineOffset, Problems problems) {
        Deque<Integer> openItems = new ArrayDeque<>(); // content columns of the list items still open
        List<int[]> paragraph = new ArrayList<>();     // {line, content start, end} of its lines
        boolean previousBlank = true;
        boolean previousCode = false;
        String fence = null;
        int line = 0;
        for (int start = 0; start <= body.length(); line++) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String stripped = body.substring(start, end).strip();
            if (fence != null) {
                fence = stripped.startsWith(fence) ? null : fence;
                start = end + 1;
                continue;
            }
            Prefix prefix = Prefix.of(body, start, end, openItems, previousBlank || previousCode);
            if (prefix.depth() > MAX_DEPTH) {
                return tooDeep(file, lineOffset + line + 1, prefix.column() + 1, "lists and block quotes", problems);
            }
            String rest = body.substring(prefix.contentStart(), end).strip();
            if (rest.length() > MAX_RULE && isRule(rest)) {
                problems.error(new SourcePosition(file, lineOffset + line + 1, prefix.contentStart() - start + 1),
                        "a line of " + rest.length() + " '" + rest.charAt(0) + "' characters is too long to read safely; "
                                + "a rule or a heading's underline needs three");
                return false;
            }
            int tag = openingTagLength(body, prefix.contentStart(), end);
            if (tag > MAX_RULE) {
                problems.error(new SourcePosition(file, lineOffset + line + 1, prefix.contentStart() - start + 1),
                        "an HTML tag of " + tag + " characters opens this line; it is too long to read safely");
                return false;
            }
            boolean blank = rest.isEmpty();
            if (blank || prefix.code() || rest.startsWith("```") || rest.startsWith("~~~")) {
                if (!inlineWithinLimit(body, paragraph, file, lineOffset, problems)) {
                    return false;
                }
                paragraph.clear();
                fence = rest.startsWith("```") || rest.startsWith("~~~") ? rest.substring(0, 3) : null;
            } else {
                paragraph.add(new int[] {line, prefix.contentStart() - start, prefix.contentStart(), end});
            }
            previousBlank = blank;
            previousCode = prefix.code();
            start = end + 1;
        }
        return inlineWithinLimit(body, paragraph, file, lineOffset, problems);
    }

    /**
     * Length of the HTML tag a line starts with, up to its {@code >} or the end of the line; 0 when
     * it starts with none. flexmark matches a line that is one tag with a pattern that recurses
     * once per attribute.
     */
    private static int openingTagLength(String text, int start, int end) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i + 1 >= end || text.charAt(i) != '<' || !Character.isLetter(text.charAt(i + 1))) {
            return 0;
        }
        int name = i + 1;
        while (name < end && (Character.isLetterOrDigit(text.charAt(name)) || text.charAt(name) == '-')) {
            name++;
        }
        if (name < end && !Character.isWhitespace(text.charAt(name)) && text.charAt(name) != '/'
                && text.charAt(name) != '>') {
            return 0; // "<me@example.org>": an address, not a tag
        }
        int close = name;
        while (close < end && text.charAt(close) != '>') {
            close++;
        }
        return Math.min(close + 1, end) - i;
    }

    /** Only one of {@code - * _}, with spaces or tabs between (a regular expression would recurse here too). */
    private static boolean isRule(String line) {
        char marker = line.charAt(0);
        if (marker != '-' && marker != '*' && marker != '_') {
            return false;
        }
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != marker && c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * The container markers opening a line.
     *
     * @param depth the nesting they make with the list items the line stays in
     * @param column where the marker that went past the limit is
     * @param code the line is indented code: its markers are text
     */
    private record Prefix(int depth, int column, int contentStart, boolean code) {
        static Prefix of(String text, int start, int end, Deque<Integer> openItems, boolean afterBreak) {
            int i = start;
            int quotes = 0;
            int leading = 0;
            int quoteColumn = 0;
            while (i < end && quotes <= MAX_DEPTH) { // leading white space and block quote markers
                char c = text.charAt(i);
                if (c == ' ' || c == '\t') {
                    leading++;
                } else if (c == '>' && leading < 4) {
                    quotes++;
                    quoteColumn = i - start;
                    leading = 0;
                } else {
                    break;
                }
                i++;
            }
            if (quotes > MAX_DEPTH) {
                return new Prefix(quotes, quoteColumn, i, false);
            }
            int indent = i - start;
            int itemColumn = openItems.isEmpty() ? 0 : openItems.peek();
            if (quotes == 0 && i < end && afterBreak && indent >= itemColumn + 4) {
                return new Prefix(openItems.size(), indent, i, true);
            }
            boolean marker = i < end && listMarkerLength(text, i, end) > 0;
            // Less indentation closes list items, unless the line continues a paragraph lazily.
            if (i < end && (marker || afterBreak || quotes > 0)) {
                while (!openItems.isEmpty() && openItems.peek() > indent) {
                    openItems.pop();
                }
            }
            int column = indent;
            while (i < end && openItems.size() + quotes <= MAX_DEPTH) {
                int skipped = 0;
                while (i < end && text.charAt(i) == ' ' && skipped < 4) {
                    i++;
                    skipped++;
                }
                if (skipped >= 4 || i >= end) {
                    break;
                }
                column = i - start;
                int list = listMarkerLength(text, i, end);
                if (text.charAt(i) == '>') {
                    quotes++;
                    i++;
                } else if (list > 0) {
                    i += list;
                    openItems.push(i - start + 1);
                } else {
                    break;
                }
                if (i < end && text.charAt(i) == ' ') {
                    i++;
                }
            }
            return new Prefix(openItems.size() + quotes, column, Math.min(i, end), false);
        }

        /** Length of a list marker ({@code -}, {@code +}, {@code *}, {@code 1.}, {@code 1)}) at {@code i}, or 0. */
        static int listMarkerLength(String text, int i, int end) {
            int j = i;
            char c = text.charAt(j);
            if (c == '-' || c == '+' || c == '*') {
                j++;
            } else {
                while (j < end && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                if (j == i || j >= end || (text.charAt(j) != '.' && text.charAt(j) != ')')) {
                    return 0;
                }
                j++;
            }
            return j == end || text.charAt(j) == ' ' || text.charAt(j) == '\t' ? j - i : 0;
        }
    }

    /**
     * Counts what a paragraph leaves open, per kind of delimiter: a closing run closes what its
     * own kind opened. Code spans are skipped, as the parser does.
     *
     * @param lines {line, column, start, end} of each of the paragraph's lines
     */
    private static boolean inlineWithinLimit(String text, List<int[]> lines, Path file, int lineOffset,
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
        Map<Character, Integer> open = new HashMap<>();
        int total = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            int run = c == '`' || c == '*' || c == '_' || c == '~' ? runLength(p, i) : 1;
            if (c == '`') {
                i = (closingTicks[i] >= 0 ? closingTicks[i] : i) + run - 1;
                continue;
            }
            char kind = c == ']' ? '[' : c;
            int before = open.getOrDefault(kind, 0);
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
            open.put(kind, after);
            total += after - before;
            if (total > MAX_DEPTH) {
                int l = lines.size() - 1;
                while (starts[l] > i) {
                    l--;
                }
                return tooDeep(file, lineOffset + lines.get(l)[0] + 1, lines.get(l)[1] + i - starts[l] + 1,
                        "emphasis and links", problems);
            }
            i += run - 1;
        }
        return true;
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

    private static boolean isPunctuation(char c) {
        if (c < 128) {
            return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
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

    private static boolean tooDeep(Path file, int line, int column, String what, Problems problems) {
        problems.error(new SourcePosition(file, line, column), "Markdown nested more than " + MAX_DEPTH
                + " levels deep here (" + what + "); no article needs that many, and it cannot be read safely");
        return false;
    }
}
