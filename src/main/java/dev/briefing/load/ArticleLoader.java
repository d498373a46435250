package dev.briefing.load;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.model.Article;
import dev.briefing.model.CitedSource;
import dev.briefing.model.PartialDate;
import dev.briefing.model.Slugs;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one {@code content/articles/*.md}: YAML front matter between {@code ---} lines, then Markdown. */
final class ArticleLoader {
    private ArticleLoader() {}

    static Optional<Article> load(Path file, Problems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.error(SourcePosition.startOf(file), "file is not valid UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(file), "cannot read article: " + e.getMessage());
            return Optional.empty();
        }
        text = text.replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
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
        if (!Slugs.isValid(slug)) {
            problems.error(y.has("slug") ? y.position("slug") : SourcePosition.startOf(file),
                    "slug '" + slug + "' must be lowercase letters, digits and hyphens");
        }
        Optional<String> title = y.requiredString("title", "the article's headline");
        Optional<PartialDate> date = y.date("date");
        Optional<String> publisher = y.string("publisher");
        Optional<String> author = y.string("author");
        Optional<String> authorDescription = y.string("author_description");
        Optional<String> section = y.string("section");
        Optional<String> summary = y.string("summary");
        Optional<String> url = y.string("url");
        url.ifPresent(u -> checkUrl(u, y.position("url"), problems));
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
        return Optional.of(new Article(file, slug, title.get(), date, publisher, author, authorDescription, section,
                summary, url, List.copyOf(sources), people, peoplePositions, draft, fm.body(), fm.bodyLineOffset(), extra));
    }

    private static Optional<CitedSource> source(YamlMap s, Problems problems) {
        Optional<String> title = s.requiredString("title", "the cited document's title");
        Optional<String> id = s.string("id");
        Optional<String> publisher = s.string("publisher");
        Optional<String> author = s.string("author");
        Optional<PartialDate> date = s.date("date");
        Optional<String> url = s.string("url");
        url.ifPresent(u -> checkUrl(u, s.position("url"), problems));
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

    private static void checkUrl(String url, SourcePosition at, Problems problems) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            problems.error(at, "URL must start with http:// or https://, got '" + url + "'");
            return;
        }
        // Pages put the URL in href: it must be a valid URL, not just look like one.
        try {
            new URI(url);
        } catch (URISyntaxException e) {
            problems.error(at, "invalid URL '" + url + "': " + e.getReason().toLowerCase(java.util.Locale.ROOT)
                    + " at character " + (e.getIndex() + 1));
        }
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
