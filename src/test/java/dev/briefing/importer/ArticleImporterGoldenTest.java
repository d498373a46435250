package dev.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.BriefingCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Imports the fixtures in {@code src/test/resources/import/} and the seed originals in
 * {@code src/test/resources/seeds/}, and compares with their golden output.
 */
class ArticleImporterGoldenTest {
    static final Path FIXTURES = Path.of("src/test/resources/import");
    static final Path SEEDS = Path.of("src/test/resources/seeds");

    @ParameterizedTest
    @CsvSource({
        "000_ec3efceef5d4662f.txt, karpathy-joins-anthropic",
        "003_0f34a27b147f5183.txt, karpathy-claude-in-the-loop-pretraining",
        "saved-page.html, saved-page"})
    void importMatchesGoldenFile(String input, String slug, @TempDir Path out) throws Exception {
        Path in = input.endsWith(".txt") ? SEEDS.resolve(input) : FIXTURES.resolve(input);
        int exit = BriefingCli.run("import", in.toString(), "--slug", slug, "--out", out.toString());

        assertThat(exit).isZero();
        assertThat(Files.readString(out.resolve(slug + ".md"))).isEqualTo(Files.readString(FIXTURES.resolve(slug + ".md")));
    }

    @ParameterizedTest
    @CsvSource({"karpathy-joins-anthropic", "karpathy-claude-in-the-loop-pretraining"})
    void seedGoldenFilesAreTheSiteContent(String slug) throws Exception {
        assertThat(Files.readString(Path.of("content/articles", slug + ".md")))
                .isEqualTo(Files.readString(FIXTURES.resolve(slug + ".md")));
    }

    /** Every line of a seed is in the import, word for word: in the body or as a front matter value. */
    @ParameterizedTest
    @CsvSource({"000_ec3efceef5d4662f.txt", "003_0f34a27b147f5183.txt"})
    void noSentenceIsLost(String input) throws Exception {
        String seed = Files.readString(SEEDS.resolve(input), StandardCharsets.UTF_8);
        String imported = ArticleImporter.read(SEEDS.resolve(input), Optional.empty()).toMarkdown();

        List<String> lines = seed.lines().map(String::strip).filter(l -> l.length() > 3)
                .filter(l -> !LineShapes.isReadingTime(l) && !LineShapes.isSeparator(l) && !LineShapes.isSourcesLabel(l)
                        && LineShapes.writtenBy(l).isEmpty())
                .map(l -> l.replaceFirst("^[•-]\\s+", "").replaceFirst(" ↗$", ""))
                .toList();
        for (String line : lines) {
            String[] parts = line.split(" — ");
            for (String part : parts) {
                assertThat(imported).as("imported text of %s", input).contains(part);
            }
        }
    }

    @Test
    void refusesToOverwriteUnlessForced(@TempDir Path out) throws Exception {
        String seed = SEEDS.resolve("003_0f34a27b147f5183.txt").toString();
        Path target = out.resolve("kept.md");
        Files.writeString(target, "mine");

        assertThat(BriefingCli.run("import", seed, "--slug", "kept", "--out", out.toString())).isEqualTo(1);
        assertThat(Files.readString(target)).isEqualTo("mine");

        assertThat(BriefingCli.run("import", seed, "--slug", "kept", "--out", out.toString(), "--force")).isZero();
        assertThat(Files.readString(target)).startsWith("---\ntitle: \"Andrej Karpathy Joins Anthropic");
    }

    @Test
    void slugDefaultsToTheTitle(@TempDir Path out) {
        int exit = BriefingCli.run("import", FIXTURES.resolve("saved-page.html").toString(), "--out", out.toString());

        assertThat(exit).isZero();
        assertThat(out.resolve("lighthouse-keepers-vote-to-automate.md")).exists();
    }

    @Test
    void rejectsAnInvalidSlug(@TempDir Path out) {
        int exit = BriefingCli.run("import", FIXTURES.resolve("saved-page.html").toString(), "--slug", "Not A Slug",
                "--out", out.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(out).isEmptyDirectory();
    }
}
