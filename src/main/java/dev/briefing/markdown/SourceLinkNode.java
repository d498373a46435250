package dev.briefing.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Added by the index stage at the end of an item of a "Sources" list in an article's text: renders
 * as a link to the item's entry in the bibliography.
 */
public final class SourceLinkNode extends Node {
    private final String anchor;

    public SourceLinkNode(String anchor) {
        super(BasedSequence.NULL);
        this.anchor = anchor;
    }

    /** The bibliography entry's anchor, e.g. {@code src-some-title}. */
    public String anchor() {
        return anchor;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
