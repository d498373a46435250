package dev.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.BriefingCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Imports every case of the corpus in {@code src/test/resources/import/<case>/} with the command
 * line and asserts its {@code expected.yaml} exactly: the whole front matter, each article
 * sentence in the rendered body, each chrome string nowhere in the file, the links' targets and
 * the notice. Prints the corpus-wide scores once, after the last case.
 */
class ImportCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/import");
    /**
     * The CommonMark reference renderer: on imported files the site's renderer agrees with it
     * ({@link ImportCommandTest} checks that no block renders differently).
     */
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
    private static final CorpusScores SCORES = new CorpusScores();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importMatchesExpected(String name, @TempDir Path out) throws IOException {
        Path dir = CORPUS.resolve(name);
        Map<String, Object> expected = yaml(Files.readString(dir.resolve("expected.yaml")));
        Imported imported = importCase(dir, out);

        assertThat(imported.exit()).as("exit code; stderr: %s", imported.stderr()).isZero();
        SoftAssertions soft = new SoftAssertions();
        Map<String, Object> wantFront = (Map<String, Object>) expected.get("front_matter");
        soft.assertThat(imported.frontMatter()).as("front matter").isEqualTo(wantFront);

        String bodyText = imported.bodyText();
        int found = 0;
        List<String> sentences = list(expected, "sentences");
        for (String sentence : sentences) {
            boolean present = bodyText.contains(normalize(sentence));
            found += present ? 1 : 0;
            soft.assertThat(present).as("body keeps sentence: %s", sentence).isTrue();
        }
        List<String> chrome = list(expected, "chrome");
        int leaked = 0;
        for (String text : chrome) {
            boolean leak = imported.file().contains(text) || bodyText.contains(normalize(text));
            leaked += leak ? 1 : 0;
            soft.assertThat(leak).as("chrome left out: %s", text).isFalse();
        }
        Map<String, Object> links = (Map<String, Object>) expected.getOrDefault("links", Map.of());
        links.forEach((text, url) -> soft.assertThat(imported.links()).as("link '%s'", text)
                .containsEntry(text, String.valueOf(url)));
        if (expected.get("notice") instanceof String notice) {
            soft.assertThat(imported.stderr()).as("notice").contains(notice);
        }
        SCORES.add(name, wantFront, imported.frontMatter(), sentences.size(), found, chrome.size(), leaked);
        soft.assertAll();
    }

    @AfterAll
    static void printScores() {
        System.out.println(SCORES.summary());
    }

    /** Runs {@code briefing import} on the case's input with its {@code args.txt}. */
    static Imported importCase(Path dir, Path out) throws IOException {
        Path input = Files.exists(dir.resolve("input.html")) ? dir.resolve("input.html") : dir.resolve("input.txt");
        List<String> args = new ArrayList<>(List.of("import", input.toString(), "--out", out.toString()));
        if (Files.exists(dir.resolve("args.txt"))) {
            Files.readAllLines(dir.resolve("args.txt"), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .forEach(args::add);
        }
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = BriefingCli.run(new PrintWriter(stdout), new PrintWriter(stderr), args.toArray(String[]::new));
        Path written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElse(null);
        }
        String file = written == null ? "" : Files.readString(written);
        return new Imported(exit, stderr.toString(), file);
    }

    /** What one import wrote: the file, split into front matter and body. */
    record Imported(int exit, String stderr, String file) {
        /** The front matter, its sources without the {@code id} the importer gives them (an anchor, not a stated fact). */
        Map<String, Object> frontMatter() {
            Map<String, Object> front = new LinkedHashMap<>(rawFrontMatter());
            if (front.get("sources") instanceof List<?> sources) {
                front.put("sources", sources.stream().map(s -> {
                    Map<Object, Object> source = new LinkedHashMap<>((Map<?, ?>) s);
                    source.remove("id");
                    return source;
                }).toList());
            }
            return front;
        }

        Map<String, Object> rawFrontMatter() {
            if (!file.startsWith("---\n")) {
                return Map.of();
            }
            return yaml(file.substring(4, file.indexOf("\n---\n", 3) + 1));
        }

        Document bodyHtml() {
            String body = file.isEmpty() ? "" : file.substring(file.indexOf("\n---\n", 3) + 5);
            return Jsoup.parseBodyFragment(HTML.render(MARKDOWN.parse(body)));
        }

        String bodyText() {
            return normalize(bodyHtml().body().wholeText());
        }

        Map<String, String> links() {
            Map<String, String> links = new LinkedHashMap<>();
            for (Element a : bodyHtml().select("a[href]")) {
                links.put(a.text(), a.attr("href"));
            }
            return links;
        }
    }

    static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String text) {
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString(text);
        return loaded instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<String> list(Map<String, Object> map, String key) {
        return map.get(key) instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }
}
