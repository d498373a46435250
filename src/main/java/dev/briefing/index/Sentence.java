package dev.briefing.index;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;

/** The sentence around a mention, as plain text split at the name, for person pages. */
record Sentence(String before, String after) {
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
     * One span's text prepared once for every name in it, and sentences looked for only within
     * {@link #REACH} characters of the name: a paragraph of thousands of names, or one with no
     * sentence break at all, then costs the same per name as a short one.
     */
    static final class Text {
        /** The most a sentence excerpt shows on either side of a name. */
        static final int REACH = 600;

        private final int spanStart;
        private final String flat;

        Text(BasedSequence span) {
            spanStart = span.getStartOffset();
            flat = QUOTE_MARKERS.matcher(span.toString())
                    .replaceAll(m -> " ".repeat(m.group().length())) // same length: offsets stay valid
                    .replace('\n', ' ').replace('\r', ' ');
        }

        /** @param start document offset of the name; {@code end} just after it */
        Sentence around(int start, int end) {
            int s = Math.max(0, Math.min(start - spanStart, flat.length()));
            int e = Math.max(s, Math.min(end - spanStart, flat.length()));
            int windowStart = Math.max(0, s - REACH);
            int windowEnd = Math.min(flat.length(), e + REACH);
            BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            sentences.setText(flat.substring(windowStart, windowEnd));
            int from = sentences.preceding(Math.min(s - windowStart + 1, windowEnd - windowStart));
            from = from == BreakIterator.DONE ? windowStart : from + windowStart;
            int to = sentences.following(Math.max(e - windowStart - 1, 0));
            to = to == BreakIterator.DONE ? windowEnd : to + windowStart;
            String before = plain(flat.substring(from, s)).stripLeading();
            String after = plain(flat.substring(e, to)).stripTrailing();
            return new Sentence(from > 0 && from == windowStart ? "…" + before : before,
                    to < flat.length() && to == windowEnd ? after + "…" : after);
        }
    }

    /** Drops inline Markdown syntax so the sentence reads as text. */
    static String plain(String markdown) {
        return markdown
                .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("\\\\([\\p{Punct}])", "$1")
                .replaceAll("(\\*\\*|__|~~|`)", "")
                .replaceAll("(?<![\\p{L}\\p{N}])[*_]|[*_](?![\\p{L}\\p{N}])", "")
                .replaceAll("\\s+", " ");
    }
}
