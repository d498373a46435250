package dev.briefing.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sentence around a mention, as plain text split at the name, for person pages. A large site
 * keeps hundreds of thousands of them for the whole build, so both halves are kept as one array of
 * UTF-8 bytes (see {@link dev.briefing.model.Utf8Text}).
 */
public final class Sentence {
    private final byte[] utf8;
    /** Where {@link #after} starts in {@code utf8}. */
    private final int split;

    Sentence(String before, String after) {
        byte[] b = before.getBytes(StandardCharsets.UTF_8);
        byte[] a = after.getBytes(StandardCharsets.UTF_8);
        this.utf8 = Arrays.copyOf(b, b.length + a.length);
        System.arraycopy(a, 0, utf8, b.length, a.length);
        this.split = b.length;
    }

    /** The sentence up to the name. */
    public String before() {
        return new String(utf8, 0, split, StandardCharsets.UTF_8);
    }

    /** The rest of the sentence after the name. */
    public String after() {
        return new String(utf8, split, utf8.length - split, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence other && split == other.split && Arrays.equals(utf8, other.utf8);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(utf8) + split;
    }

    @Override
    public String toString() {
        return before() + "|" + after();
    }

    /** Block quote markers at the start of a paragraph's continuation lines. */
    private static final Pattern QUOTE_MARKERS = Pattern.compile("(?m)(?<=\n)[ \t]*(?:>[ \t]?)+");

    /**
     * The source text a sentence is looked for in: the paragraph (or heading, or table cell) holding
     * a piece of text, without its Markdown markers ("## ", list bullets are outside the paragraph).
     */
    static BasedSequence spanOf(Node textParent) {
        Node n = textParent;
        while (n != null && !(n instanceof Block) && !(n instanceof TableCell)) {
            n = n.getParent();
        }
        if (n instanceof Heading h) {
            return h.getText();
        }
        if (n instanceof TableCell c) {
            return c.getText();
        }
        return n == null ? textParent.getChars() : n.getChars();
    }

    /**
     * The sentences of one span of text, prepared once for all the names found in it: a long
     * paragraph naming many people is flattened and handed to the sentence finder only once.
     */
    static final class Finder {
        /**
         * The most a sentence excerpt shows on either side of a name. Sentences are looked for only
         * this near the name, so a paragraph of thousands of names, or one with no sentence break
         * at all, costs the same per name as a short one.
         */
        static final int REACH = 600;

        private final int spanStart;
        private final String flat;
        private BreakIterator whole;

        Finder(BasedSequence span) {
            this(span.getStartOffset(), span.toString());
        }

        /** For a plain string, whose offsets are its own. */
        Finder(String plain) {
            this(0, plain);
        }

        private Finder(int spanStart, String text) {
            this.spanStart = spanStart;
            this.flat = QUOTE_MARKERS.matcher(text)
                    .replaceAll(m -> " ".repeat(m.group().length())) // same length: offsets stay valid
                    .replace('\n', ' ').replace('\r', ' ');
        }

        /**
         * @param start document offset of the name; {@code end} just after it
         */
        Sentence around(int start, int end) {
            int s = Math.max(0, Math.min(start - spanStart, flat.length()));
            int e = Math.max(s, Math.min(end - spanStart, flat.length()));
            int windowStart = Math.max(0, s - REACH);
            int windowEnd = Math.min(flat.length(), e + REACH);
            BreakIterator sentences = sentencesOf(windowStart, windowEnd);
            int from = sentences.preceding(Math.min(s - windowStart + 1, windowEnd - windowStart));
            from = from == BreakIterator.DONE ? windowStart : from + windowStart;
            int to = sentences.following(Math.max(e - windowStart - 1, 0));
            to = to == BreakIterator.DONE ? windowEnd : to + windowStart;
            String before = plain(flat.substring(from, s)).stripLeading();
            String after = plain(flat.substring(e, to)).stripTrailing();
            return new Sentence(from > 0 && from == windowStart ? "…" + before : before,
                    to < flat.length() && to == windowEnd ? after + "…" : after);
        }

        /** The sentence breaks of a window; a window that is the whole span shares one iterator. */
        private BreakIterator sentencesOf(int windowStart, int windowEnd) {
            if (windowStart == 0 && windowEnd == flat.length()) {
                if (whole == null) {
                    whole = BreakIterator.getSentenceInstance(Locale.ENGLISH);
                    whole.setText(flat);
                }
                return whole;
            }
            BreakIterator window = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            window.setText(flat.substring(windowStart, windowEnd));
            return window;
        }
    }

    /** Drops inline Markdown syntax so the sentence reads as text. */
    static String plain(String markdown) {
        // Most sentences have none: the five patterns would change nothing.
        return hasNoSyntax(markdown) ? markdown : stripSyntax(markdown);
    }

    static String stripSyntax(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1");
        text = ESCAPE.matcher(text).replaceAll("$1");
        text = DELIMITER.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ");
    }

    /**
     * No character any of the patterns of {@link #stripSyntax} matches: no link, escape, delimiter or emphasis mark,
     * and no white space but single spaces.
     */
    private static boolean hasNoSyntax(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '[', '\\', '*', '_', '~', '`', '\t', '\n', '\u000B', '\f', '\r' -> {
                    return false;
                }
                case ' ' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                        return false;
                    }
                }
                default -> {}
            }
        }
        return true;
    }

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\p{Punct}])");
    private static final Pattern DELIMITER = Pattern.compile("(\\*\\*|__|~~|`)");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])[*_]|[*_](?![\\p{L}\\p{N}])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
}
