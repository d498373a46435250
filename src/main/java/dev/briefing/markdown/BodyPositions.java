package dev.briefing.markdown;

import dev.briefing.errors.SourcePosition;
import dev.briefing.model.Article;
import java.util.Arrays;

/**
 * Maps character offsets in an article's Markdown body to positions in its file. The line starts
 * are found once, so each look-up is a binary search however long the body is.
 */
public final class BodyPositions {
    private final Article article;
    /** Offset where each line of the body starts, after its line break ({@code \n}, {@code \r\n} or {@code \r}). */
    private final int[] lineStarts;

    public BodyPositions(Article article) {
        this.article = article;
        String body = article.body();
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == body.length() || body.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** File position of a character offset in the body. */
    public SourcePosition of(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new SourcePosition(article.file(), line + 1 + article.bodyLineOffset(), offset - lineStarts[line] + 1);
    }
}
