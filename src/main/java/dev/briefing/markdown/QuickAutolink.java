package dev.briefing.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolinker ({@link AutolinkExtension}: bare {@code https://…}, {@code www.…} and
 * e-mail addresses become links), run only on the text that can hold one.
 *
 * <p>For every text node the autolinker unescapes the text into a segmented sequence and then scans
 * it twice, once with its link extractor and once with a pattern tried at every word boundary, one
 * virtual {@code charAt} at a time: two thirds of flexmark's parse time on articles of plain prose.
 * A link it can find needs a {@code :} (a scheme), an {@code @} (an address) or {@code www.}, and an
 * escape or entity could decode to one of those; text with none of them is left alone, text with
 * any goes to the autolinker itself, so the tree is the same as with {@link AutolinkExtension}.
 */
final class QuickAutolink implements Parser.ParserExtension {
    static QuickAutolink create() {
        return new QuickAutolink();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether {@code chars} could hold a link the autolinker finds. */
    static boolean mayHoldLink(BasedSequence chars) {
        // Read the document's own text (a String once parsed), not the node's sequence: no copy, no
        // virtual charAt per character.
        CharSequence text = chars.getBase() instanceof CharSequence base ? base : chars.getBaseSequence();
        int start = Math.max(0, chars.getStartOffset());
        int end = Math.min(chars.getEndOffset(), text.length());
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '\\' || c == '&') {
                return true;
            }
            if (c == '.' && i - start >= 3 && isW(text.charAt(i - 1)) && isW(text.charAt(i - 2))
                    && isW(text.charAt(i - 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolinker = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    // The autolinker joins typographic text that follows into one run: let it see that.
                    if (node.getNext() instanceof TypographicText || mayHoldLink(node.getChars())) {
                        autolinker.process(state, node);
                    }
                }
            };
        }
    }
}
