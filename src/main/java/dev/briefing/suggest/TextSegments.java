package dev.briefing.suggest;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.Document;
import dev.briefing.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's prose as plain text pieces, one per block (paragraph, heading, table cell), plus the
 * title and the standfirst. Link text and emphasis are kept (a name in a link is still a name);
 * code, raw HTML, images and the mentions of registry people already found become barriers a name
 * cannot run across.
 */
final class TextSegments {
    /** Stands where something that is not prose was: no name runs across it. */
    static final char BARRIER = '\u0000';

    /** Where a segment comes from; headings and titles are often written in title case. */
    enum Kind { TITLE, SUMMARY, HEADING, BODY }

    /**
     * @param offsets the document offset of each character of {@code text} (body segments), or -1
     */
    record Segment(Kind kind, String text, int[] offsets) {
        int offset(int i) {
            return offsets == null || i >= offsets.length ? -1 : offsets[i];
        }
    }

    private TextSegments() {}

    /**
     * @param mentions document ranges {@code [start, end)} of the registry mentions found, sorted
     */
    static List<Segment> of(Article article, Document document, List<int[]> mentions) {
        List<Segment> out = new ArrayList<>();
        out.add(new Segment(Kind.TITLE, article.title(), null));
        article.summary().ifPresent(s -> out.add(new Segment(Kind.SUMMARY, s, null)));
        collect(document, out, new Mentions(mentions));
        return out;
    }

    private static void collect(Node node, List<Segment> out, Mentions mentions) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph || c instanceof Heading || c instanceof TableCell) {
                Builder b = new Builder(mentions);
                b.inline(c);
                out.add(b.build(c instanceof Heading ? Kind.HEADING : Kind.BODY));
            } else if (!(c instanceof FencedCodeBlock || c instanceof IndentedCodeBlock || c instanceof HtmlBlock
                    || c instanceof Reference)) {
                collect(c, out, mentions);
            }
        }
    }

    /** The mention ranges, read in document order by one cursor: the whole article costs one pass. */
    private static final class Mentions {
        private final List<int[]> ranges;
        private int next;

        Mentions(List<int[]> ranges) {
            this.ranges = ranges;
        }

        /** Whether the offset is inside a mention; offsets must come in increasing order. */
        boolean covers(int offset) {
            while (next < ranges.size() && ranges.get(next)[1] <= offset) {
                next++;
            }
            return next < ranges.size() && ranges.get(next)[0] <= offset;
        }
    }

    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final Mentions mentions;
        private int[] offsets = new int[64];

        Builder(Mentions mentions) {
            this.mentions = mentions;
        }

        void inline(Node parent) {
            for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text) {
                    // One copy of the node's text, read as a String: flexmark's sequences check
                    // bounds through several layers on every character.
                    String chars = c.getChars().toString();
                    int base = c.getStartOffset();
                    for (int i = 0; i < chars.length(); i++) {
                        boolean inMention = mentions.covers(base + i);
                        if (!inMention) {
                            add(chars.charAt(i), base + i);
                        } else if (text.length() == 0 || text.charAt(text.length() - 1) != BARRIER) {
                            add(' ', base + i);
                            add(BARRIER, base + i);
                        }
                    }
                } else if (c instanceof SoftLineBreak) {
                    add(' ', c.getStartOffset());
                } else if (c instanceof HardLineBreak || c instanceof Code
                        || c instanceof HtmlInline || c instanceof Image || c instanceof ImageRef || c instanceof AutoLink
                        || c instanceof MailLink) {
                    add(' ', c.getStartOffset());
                    add(BARRIER, c.getStartOffset());
                    add(' ', c.getStartOffset());
                } else {
                    inline(c); // emphasis, links, footnote references: their text counts
                }
            }
        }

        private void add(char ch, int offset) {
            if (text.length() == offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[text.length()] = offset;
            text.append(ch);
        }

        Segment build(Kind kind) {
            return new Segment(kind, text.toString(), java.util.Arrays.copyOf(offsets, text.length()));
        }
    }
}
