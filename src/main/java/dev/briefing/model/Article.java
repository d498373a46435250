package dev.briefing.model;

import dev.briefing.errors.SourcePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One article as loaded from {@code content/articles/*.md}: typed front matter and the Markdown
 * body, before any parsing of the body.
 *
 * @param bodyLineOffset number of file lines before the body, to map Markdown lines to the file
 * @param people person ids the front matter names explicitly (mentions in text are found anyway)
 */
public record Article(
        Path file,
        String slug,
        String title,
        Optional<PartialDate> date,
        Optional<String> publisher,
        Optional<String> author,
        Optional<String> authorDescription,
        Optional<String> section,
        Optional<String> summary,
        Optional<String> url,
        List<CitedSource> sources,
        List<String> people,
        List<SourcePosition> peoplePositions,
        boolean draft,
        String body,
        int bodyLineOffset,
        Map<String, Object> extra) {

    public SourcePosition position() {
        return SourcePosition.startOf(file);
    }

    /**
     * The same article without its Markdown body, as later stages keep it once the body is parsed
     * and rendered: a large site's bodies need not stay in memory while its pages are made.
     */
    public Article withoutBody() {
        return new Article(file, slug, title, date, publisher, author, authorDescription, section, summary, url,
                sources, people, peoplePositions, draft, "", bodyLineOffset, extra);
    }
}
