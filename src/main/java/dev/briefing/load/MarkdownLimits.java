package dev.briefing.load;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Refuses, before it is parsed, Markdown that no article holds and that the Markdown tools cannot
 * read safely. Above all nesting: the parsers and renderers recurse once per level, so an 800-byte
 * line of {@code "- - - …"} or a run of {@code ***} made them overflow the stack. One linear pass
 * over the body counts two kinds of nesting, over-estimated rather than missed:
 *
 * <ul>
 *   <li>blocks: block quote and list markers at the start of a line, plus the list items its
 *       indentation keeps open;</li>
 *   <li>inline: emphasis and strikethrough delimiters ({@code * _ ~}) and link brackets a
 *       paragraph has opened and not closed, outside code.</li>
 * </ul>
 *
 * Past {@link #MAX_DEPTH} levels of either, the body is reported at the marker that goes too deep.
 * A rule line, or an HTML tag opening a line, longer than {@link #MAX_RULE} is refused too, and so
 * is a {@linkplain #MAX_WORD long word} of lower-case letters, digits, dots and hyphens, and more
 * than a few thousand of the constructs whose cost grows with the square of their number.
 */
final class MarkdownLimits {
    /** Real articles nest three or four levels; the parsers and renderers used here handle 300. */
    static final int MAX_DEPTH = 64;
    /**
     * The longest line of only {@code -}, {@code *} or {@code _}, and the longest HTML tag opening
     * a line: flexmark matches both with patterns that recurse once per character or attribute,
     * and a few thousand overflowed the stack.
     */
    static final int MAX_RULE = 500;
    /**
     * The longest run of {@code a-z 0-9 + . -} outside code. flexmark's autolinker looks for
     * {@code scheme://} from every word start in such a run, to its end each time: 40,000
     * characters of {@code a.a.a.} took 24 s, and time grew with the square of the length.
     */
    static final int MAX_WORD = 1000;
    /**
     * The most reference definitions in a row, lines of one block quote, and backslash escapes and
     * entities in one paragraph: flexmark's time for each grows with its square (it rebuilds the
     * paragraph so far for every new line, and grows one array one element at a time): 40,000
     * definitions took 17 s.
     */
    static final int MAX_DEFINITIONS = 1000;
    static final int MAX_QUOTE_LINES = 5000;
    static final int MAX_ESCAPES = 5000;
    /**
     * The most entities in one word (a run without whitespace): flexmark's autolinker reads such a
     * word through a sequence of one segment per entity, in time that grows faster than its square:
     * 1,000 took 2.5 s, 2,300 took 69 s. Real text has one or two ("AT&amp;T").
     */
    static final int MAX_WORD_ENTITIES = 64;

    private MarkdownLimits() {}

    /**
     * @param lineOffset lines of the file before the body
     * @return whether the body is within the limits (otherwise reported)
     */
    static boolean check(String body, Path file, int lineOffset, Problems problems) {
        Deque<Integer> openItems = new ArrayDeque<>(); // content columns of the list items still open
        List<int[]> paragraph = new ArrayList<>();     // {line, content start, end} of its lines
        boolean previousBlank = true;
        boolean previousCode = false;
        int quoteLines = 0;
        int definitions = 0;
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
            SourcePosition at = new SourcePosition(file, lineOffset + line + 1, prefix.contentStart() - start + 1);
            if (!lineWithinLimits(body, start, end, prefix, rest, at, problems)) {
                return false;
            }
            quoteLines = prefix.quotes() > 0 ? quoteLines + 1 : 0;
            definitions = rest.startsWith("[") && rest.contains("]:") ? definitions + 1 : 0;
            if (quoteLines > MAX_QUOTE_LINES || definitions > MAX_DEFINITIONS) {
                problems.error(at, quoteLines > MAX_QUOTE_LINES
                        ? "a block quote of more than " + MAX_QUOTE_LINES + " lines; split it in two with a blank line"
                        : "more than " + MAX_DEFINITIONS + " link reference definitions in a row");
                return false;
            }
            boolean blank = rest.isEmpty();
            if (blank || prefix.code() || rest.startsWith("```") || rest.startsWith("~~~")) {
                if (!ParagraphLimits.check(body, paragraph, file, lineOffset, problems)) {
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
        return ParagraphLimits.check(body, paragraph, file, lineOffset, problems);
    }

    /**
     * Where a run of more than {@link #MAX_WORD} of {@code a-z 0-9 + . -} starts, or -1. Only a run
     * broken into many words costs more than its length, so a long hash or number is let through.
     */
    private static int longWord(String text, int start, int end) {
        int runStart = start;
        int separators = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean separator = c == '+' || c == '.' || c == '-';
            if (!(separator || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                runStart = i + 1;
                separators = 0;
                continue;
            }
            separators += separator ? 1 : 0;
            if (separators > 10 && i - runStart >= MAX_WORD) {
                return runStart;
            }
        }
        return -1;
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

    /** The limits on one line: rules, runs of dotted words, HTML tags. */
    private static boolean lineWithinLimits(String body, int start, int end, Prefix prefix, String rest,
            SourcePosition at, Problems problems) {
        if (rest.length() > MAX_RULE && isRule(rest)) {
            problems.error(at, "a line of " + rest.length() + " '" + rest.charAt(0) + "' characters is too long to "
                    + "read safely; a rule or a heading's underline needs three");
            return false;
        }
        int word = prefix.code() ? -1 : longWord(body, prefix.contentStart(), end);
        if (word >= 0) {
            problems.error(new SourcePosition(at.file(), at.line(), word - start + 1), "a run of more than " + MAX_WORD
                    + " letters, digits, dots and hyphens without a space starts here; it is too long to read in "
                    + "reasonable time (break it with spaces)");
            return false;
        }
        int tag = openingTagLength(body, prefix.contentStart(), end);
        if (tag > MAX_RULE) {
            problems.error(at, "an HTML tag of " + tag + " characters opens this line; it is too long to read safely");
            return false;
        }
        return true;
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
     * @param quotes the block quote markers among them
     */
    private record Prefix(int depth, int column, int contentStart, boolean code, int quotes) {
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
                return new Prefix(quotes, quoteColumn, i, false, quotes);
            }
            int indent = i - start;
            int itemColumn = openItems.isEmpty() ? 0 : openItems.peek();
            if (quotes == 0 && i < end && afterBreak && indent >= itemColumn + 4) {
                return new Prefix(openItems.size(), indent, i, true, 0);
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
            return new Prefix(openItems.size() + quotes, column, Math.min(i, end), false, quotes);
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

    static boolean tooDeep(Path file, int line, int column, String what, Problems problems) {
        problems.error(new SourcePosition(file, line, column), "Markdown nested more than " + MAX_DEPTH
                + " levels deep here (" + what + "); no article needs that many, and it cannot be read safely");
        return false;
    }
}
