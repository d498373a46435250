package dev.briefing.index;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.text.BreakIterator;
import java.util.Locale;

/** The sentence around a mention, as plain text split at the name, for person pages. */
record Sentence(String before, String after) {

    /**
     * @param start document offset of the name; {@code end} just after it
     */
    static Sentence around(Block block, int start, int end) {
        BasedSequence chars = block.getChars();
        int blockStart = chars.getStartOffset();
        String text = chars.toString();
        int s = start - blockStart;
        int e = end - blockStart;
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String flat = text.replace('\n', ' ');
        sentences.setText(flat);
        int from = sentences.preceding(Math.min(s + 1, flat.length()));
        if (from == BreakIterator.DONE) {
            from = 0;
        }
        int to = sentences.following(Math.max(e - 1, 0));
        if (to == BreakIterator.DONE) {
            to = flat.length();
        }
        return new Sentence(plain(flat.substring(from, s)).stripLeading(), plain(flat.substring(e, to)).stripTrailing());
    }

    /** Drops inline Markdown syntax so the sentence reads as text. */
    static String plain(String markdown) {
        return markdown
                .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("\\\\([\\p{Punct}])", "$1")
                .replaceAll("(\\*\\*|__|[*_`]|~~)", "")
                .replaceAll("\\s+", " ");
    }
}
