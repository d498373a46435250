package dev.briefing.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A person's name found in an article's text. Its children are the original text nodes, so the
 * name renders exactly as written ("Karpathy", "Nicholas Joseph"), wrapped in an anchor.
 */
public final class MentionNode extends Node {
    private final String personId;
    private final String anchorId;
    private final boolean linked;

    public MentionNode(BasedSequence chars, String personId, String anchorId, boolean linked) {
        super(chars);
        this.personId = personId;
        this.anchorId = anchorId;
        this.linked = linked;
    }

    public String personId() {
        return personId;
    }

    public String anchorId() {
        return anchorId;
    }

    /** Whether this mention links to the person page (the first in an article, or all by setting). */
    public boolean linked() {
        return linked;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
