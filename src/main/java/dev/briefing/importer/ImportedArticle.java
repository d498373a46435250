package dev.briefing.importer;

import dev.briefing.load.UnsafeCharacters;
import dev.briefing.model.PartialDate;
import java.util.List;
import java.util.Optional;

/**
 * An article read from copied or saved web text: the facts found in its metadata lines, and its
 * body as blocks. {@link #toMarkdown()} gives the file for {@code content/articles/}.
 *
 * @param author the byline; several authors are joined with " and "
 * @param found the works the article cites, in front matter order, each with how and where it was found
 * @param notices what the reader should know about this import (a title made from the file name)
 */
public record ImportedArticle(
        String title,
        Optional<PartialDate> date,
        Optional<String> section,
        Optional<String> publisher,
        Optional<String> author,
        Optional<String> authorDescription,
        Optional<String> summary,
        Optional<String> url,
        List<FoundSource> found,
        List<Block> body,
        List<String> notices) {

    /** The works the article cites, as the front matter lists them. */
    public List<ImportedSource> sources() {
        return found.stream().map(FoundSource::source).toList();
    }

    /** YAML front matter between {@code ---} lines, a blank line, then the Markdown body. */
    public String toMarkdown() {
        return "---\n" + FrontMatterWriter.write(this) + "---\n\n" + UnsafeCharacters.strip(MarkdownWriter.write(body));
    }
}
