package dev.briefing.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Pattern;

/**
 * The body as a reader sees it, in plain text, one line per block: each paragraph, heading, table
 * cell and code block on its own line, inline markup gone, links as their text, images as their
 * description. Raw HTML is shown on the page as the text it is (the renderer escapes it), so it
 * stays here as written. Read from the tree the article was rendered from, for the search index.
 */
final class PlainText {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainText() {}

    static String of(Document document) {
        StringBuilder out = new StringBuilder(document.getTextLength());
        blocks(document, out);
        return out.toString();
    }

    private static void blocks(Node parent, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
                StringBuilder line = new StringBuilder();
                inline(node, line);
                addLine(line, out);
            } else if (node instanceof FencedCodeBlock code) {
                addLine(code.getContentChars().toString(), out);
            } else if (node instanceof IndentedCodeBlock code) {
                addLine(code.getContentChars().toString(), out);
            } else if (node instanceof HtmlBlock || node instanceof HtmlCommentBlock) {
                addLine(node.getChars().toString(), out);
            } else if (!(node instanceof Reference) && !(node instanceof TableSeparator)) {
                blocks(node, out);
            }
        }
    }

    private static void inline(Node parent, StringBuilder line) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                line.append(text.getChars().unescape());
            } else if (node instanceof Code code) {
                line.append(code.getText());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                line.append(' ');
            } else if (node instanceof HtmlEntity entity) {
                line.append(entity.getChars().unescape());
            } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
                line.append(node.getChars());
            } else if (node instanceof AutoLink link) {
                line.append(link.getText());
            } else if (node instanceof MailLink link) {
                line.append(link.getText());
            } else {
                inline(node, line); // emphasis, links, images (their description), strikethrough
            }
        }
    }

    private static void addLine(CharSequence text, StringBuilder out) {
        String line = SPACES.matcher(text).replaceAll(" ").strip();
        if (!line.isEmpty()) {
            out.append(line).append('\n');
        }
    }
}
