package dev.briefing.load;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.model.Article;
import dev.briefing.model.CitedSource;
import dev.briefing.model.PartialDate;
import dev.briefing.model.Slugs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one {@code content/articles/*.md}: YAML front matter between {@code ---} lines, then Markdown. */
final class ArticleLoader {
    private ArticleLoader() {}

    /** @param contentDir the content folder, which the file must not lead out of */
    static Optional<Article> load(Path file, Path contentDir, Problems problems) {
        Optional<String> read = ContentText.read(file, contentDir, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String text = read.get();
        FrontMatter fm = FrontMatter.split(text);
        if (fm == null) {
            problems.error(SourcePosition.startOf(file), "missing front matter: an article starts with a line '---', "
                    + "YAML fields, and another line '---'");
            return Optional.empty();
        }
        var root = Yaml.parse(fm.yaml(), file, 1, problems);
        if (root.isEmpty()) {
            if (fm.yaml().isBlank()) {
                problems.error(SourcePosition.startOf(file), "front matter is empty: an article needs at least a title");
            }
            return Optional.empty();
        }
        var map = YamlMap.of(root.get(), file, 1, problems, "front matter");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YamlMap y = map.get();
        String fileSlug = file.getFileName().toString().replaceFirst("\\.md$", "");
        String slug = y.string("slug").orElse(fileSlug);
        SourcePosition slugAt = y.has("slug") ? y.position("slug") : SourcePosition.startOf(file);
        if (!Slugs.isValid(slug)) {
            problems.error(slugAt, "slug '" + slug + "' must be lowercase letters, digits and hyphens");
        } else {
            Slugs.fileNameProblem("slug", slug).ifPresent(why -> problems.error(slugAt, why));
        }
        Optional<String> title = y.requiredString("title", "the article's headline");
        Optional<PartialDate> date = y.date("date");
        Optional<String> publisher = y.string("publisher");
        Optional<String> author = y.string("author");
        Optional<String> authorDescription = y.string("author_description");
        Optional<String> section = y.string("section");
        Optional<String> summary = y.string("summary");
        Optional<String> url = y.string("url");
        url.ifPresent(u -> Urls.web(u, y.position("url"), problems));
        List<CitedSource> sources = new ArrayList<>();
        for (YamlMap s : y.maps("sources")) {
            source(s, problems).ifPresent(sources::add);
        }
        List<String> people = y.strings("people");
        List<SourcePosition> peoplePositions = y.itemPositions("people");
        boolean draft = y.bool("draft", false);
        Map<String, Object> extra = y.plain("extra");
        y.rejectUnknown("front matter");
        if (title.isEmpty()) {
            return Optional.empty();
        }
        // A body nested too deep is reported and left out, so nothing downstream parses it.
        String body = MarkdownLimits.check(fm.body(), file, fm.bodyLineOffset(), problems) ? fm.body() : "";
        return Optional.of(new Article(file, slug, title.get(), date, publisher, author, authorDescription, section,
                summary, url, List.copyOf(sources), people, peoplePositions, draft, body, fm.bodyLineOffset(), extra));
    }

    private static Optional<CitedSource> source(YamlMap s, Problems problems) {
        Optional<String> title = s.requiredString("title", "the cited document's title");
        Optional<String> id = s.string("id");
        Optional<String> publisher = s.string("publisher");
        Optional<String> author = s.string("author");
        Optional<PartialDate> date = s.date("date");
        Optional<String> url = s.string("url");
        url.ifPresent(u -> Urls.web(u, s.position("url"), problems));
        Optional<String> doi = s.string("doi").flatMap(d -> doi(d, s.position("doi"), problems));
        Optional<PartialDate> accessed = s.date("accessed");
        s.rejectUnknown("a source");
        if (title.isEmpty()) {
            return Optional.empty();
        }
        String theId = id.orElse(Slugs.of(title.get()));
        if (!Slugs.isValid(theId)) {
            problems.error(s.position("id"), "source id '" + theId + "' must be lowercase letters, digits and hyphens");
        }
        return Optional.of(new CitedSource(theId, id.isPresent(), title.get(), publisher, author, date, url, doi, accessed,
                s.position()));
    }

    /** Accepts {@code 10.xxxx/suffix}, also written as a doi.org link, and returns the bare DOI. */
    static Optional<String> doi(String text, SourcePosition at, Problems problems) {
        String bare = text.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
        if (!bare.matches("10\\.\\d{4,9}/[^\\s\"<>{}\\\\]+")) {
            problems.error(at, "DOI must look like 10.1234/suffix, got '" + text + "'");
            return Optional.empty();
        }
        return Optional.of(bare);
    }

    /** The two halves of an article file. */
    record FrontMatter(String yaml, String body, int bodyLineOffset) {
        static FrontMatter split(String text) {
            if (!text.startsWith("---\n")) {
                return null;
            }
            int end = text.indexOf("\n---\n", 3);
            int bodyStart;
            if (end >= 0) {
                bodyStart = end + 5;
            } else if (text.endsWith("\n---")) {
                end = text.length() - 4;
                bodyStart = text.length();
            } else {
                return null;
            }
            String yaml = text.substring(4, end + 1);
            int offset = (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
            return new FrontMatter(yaml, text.substring(bodyStart), offset);
        }
    }
}
