package dev.briefing.markdown;

import com.vladsch.flexmark.util.ast.Document;
import dev.briefing.errors.LineIndex;
import dev.briefing.errors.SourcePosition;
import dev.briefing.model.Article;

/**
 * An article with its parsed Markdown tree. The tree is annotated with mentions by the index stage.
 *
 * @param lines where the body's lines start, so positions cost the same anywhere in a long body
 */
public record ParsedArticle(Article article, Document document, LineIndex lines) {

    public ParsedArticle(Article article, Document document) {
        this(article, document, LineIndex.of(document.getChars()));
    }

    /** File position of a character offset in the body. */
    public SourcePosition positionOf(int offset) {
        return new SourcePosition(article.file(), lines.line(offset) + 1 + article.bodyLineOffset(),
                lines.column(offset) + 1);
    }
}
