package dev.briefing.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.BriefingCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People discovery on the import corpus ({@code src/test/resources/import/<case>/}): each case is
 * imported with {@code briefing import} as a user would, the imported articles are checked as one
 * site, and the suggestions are scored against the people and non-people its {@code expected.yaml}
 * lists. Fails below 90% recall or precision.
 */
class ImportCorpusDiscoveryTest {
    private static final Path CORPUS = Path.of("src/test/resources/import");

    @Test
    void findsTheImportedArticlesPeople(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yaml"), "title: Imported\n");
        Map<String, DiscoveryEvaluation.Labels> labels = new LinkedHashMap<>();
        try (Stream<Path> cases = Files.list(CORPUS)) {
            for (Path c : cases.filter(d -> Files.isRegularFile(d.resolve("expected.yaml"))).sorted().toList()) {
                String slug = c.getFileName().toString();
                Path input = Files.list(c).filter(f -> f.getFileName().toString().startsWith("input.")).findFirst().orElseThrow();
                List<String> args = new ArrayList<>(List.of("import", input.toString(), "--out",
                        content.resolve("articles").toString(), "--slug", slug));
                if (Files.exists(c.resolve("args.txt"))) {
                    Files.readAllLines(c.resolve("args.txt")).stream().filter(l -> !l.isBlank()).forEach(args::add);
                }
                StringWriter err = new StringWriter();
                assertThat(BriefingCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new)))
                        .as("import %s: %s", slug, err).isZero();
                labels.put(slug, DiscoveryEvaluation.importLabels(c.resolve("expected.yaml")));
            }
        }
        assertThat(labels).hasSizeGreaterThanOrEqualTo(8);
        DiscoveryEvaluation.Score s = DiscoveryEvaluation.score(DiscoveryEvaluation.index(content), labels);
        System.out.println("People discovery on the import corpus:\n  " + s.summary("import/ (" + labels.size() + " cases)")
                + "\n  missed: " + s.missed() + "\n  wrongly suggested: " + s.wrong());
        assertThat(s.nonPeopleSuggested()).as("labelled non-people suggested as people").isEmpty();
        assertThat(s.recall()).as("recall").isGreaterThanOrEqualTo(0.90);
        assertThat(s.precision()).as("precision").isGreaterThanOrEqualTo(0.90);
    }
}
