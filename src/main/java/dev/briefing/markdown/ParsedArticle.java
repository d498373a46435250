package dev.briefing.markdown;

import com.vladsch.flexmark.util.ast.Document;
import dev.briefing.errors.SourcePosition;
import dev.briefing.model.Article;

/** An article with its parsed Markdown tree. The tree is annotated with mentions by the index stage. */
public record ParsedArticle(Article article, Document document) {

    /** File position of a character offset in the body. */
    public SourcePosition positionOf(int offset) {
        int line = document.getLineNumber(offset);
        int lineStart = offset;
        CharSequence chars = document.getChars();
        while (lineStart > 0 && chars.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        return new SourcePosition(article.file(), line + 1 + article.bodyLineOffset(), offset - lineStart + 1);
    }
}
