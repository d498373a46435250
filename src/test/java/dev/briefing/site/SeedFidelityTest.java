package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.testing.Sites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The normalized articles keep every sentence of the plain-text seeds word for word, typography
 * included: each seed sentence of the body, dek and author note appears in its article page's
 * text, and the seed's title is the page's headline. Metadata lines (date and section, site name,
 * reading time, "Written by", the sources list) live in front matter instead and are skipped here.
 *
 * <p>The seeds are the plain-text originals in {@code src/test/resources/seeds/}, kept in the
 * repository so a plain clone runs this test. If they are missing the test fails rather than
 * skipping, so the check cannot silently vanish.
 */
class SeedFidelityTest {
    static final Path SEEDS = Path.of("src", "test", "resources", "seeds");

    /** Lines that are layout or metadata in the seeds, not sentences of the article. */
    static final Set<String> METADATA_LINES = Set.of("//", "TN", "Written by");
    static final Pattern DATE_AND_SECTION = Pattern.compile("\\d{4}-\\d{2}-\\d{2} — \\S.*");
    static final Pattern READING_TIME = Pattern.compile("\\d+ min read");
    /** List markers the plain text uses: "- ", "• ", "1. ". */
    static final Pattern LIST_MARKER = Pattern.compile("^(?:[-•]|\\d+\\.)\\s+");
    /** A sentence ends at . ! ? (after an optional closing quote) followed by a space and a capital or quote. */
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][”\"’)]?)\\s+(?=[A-Z“\"‘(])");

    @TempDir
    static Path out;

    @BeforeAll
    static void buildRealContent() {
        Sites.build(Sites.REAL_CONTENT, out);
    }

    @Test
    void seedsAreInTheRepository() throws IOException {
        assertThat(SEEDS).as("seed folder %s", SEEDS.toAbsolutePath().normalize())
                .isDirectory();
        assertThat(seedFiles()).hasSize(2);
    }

    @Test
    void everySeedSentenceAppearsInItsArticlePage() throws IOException {
        List<Document> pages = Sites.htmlPages(out).stream().filter(p -> p.startsWith("articles/"))
                .map(p -> Sites.page(out, p)).toList();
        assertThat(seedFiles()).isNotEmpty();
        for (Path seed : seedFiles()) {
            List<String> lines = Files.readAllLines(seed).stream().map(SeedFidelityTest::normalize).toList();
            Document page = articleWithTitleIn(pages, lines)
                    .orElseThrow(() -> new AssertionError("no article page's h1 is a line of " + seed));
            String title = normalize(page.selectFirst("h1").text());
            String text = normalize(page.selectFirst("main article").text());

            List<String> sentences = bodySentences(lines, title);
            assertThat(sentences).as(seed.toString()).hasSizeGreaterThan(20);
            List<String> missing = sentences.stream().filter(s -> !text.contains(s)).toList();
            assertThat(missing).as("sentences of %s missing from %s", seed.getFileName(), page.location()).isEmpty();
        }
    }

    @Test
    void sentenceSplittingKeepsQuotesAndAbbreviationsTogether() {
        assertThat(sentences("He framed it as “getting back to R&D.” In his X announcement: “I am.” Done"))
                .containsExactly("He framed it as “getting back to R&D.”", "In his X announcement: “I am.”", "Done");
    }

    private static Optional<Document> articleWithTitleIn(List<Document> pages, List<String> lines) {
        return pages.stream().filter(p -> lines.contains(normalize(p.selectFirst("h1").text()))).findFirst();
    }

    /** The seed's article sentences: everything but the title, metadata lines and the sources list. */
    static List<String> bodySentences(List<String> lines, String title) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.equals("Sources")) {
                break;
            }
            if (line.isEmpty() || line.equals(title) || METADATA_LINES.contains(line)
                    || DATE_AND_SECTION.matcher(line).matches() || READING_TIME.matcher(line).matches()) {
                continue;
            }
            out.addAll(sentences(LIST_MARKER.matcher(line).replaceFirst("")));
        }
        return out;
    }

    static List<String> sentences(String line) {
        return Arrays.stream(SENTENCE_END.split(line)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String normalize(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static List<Path> seedFiles() throws IOException {
        if (!Files.isDirectory(SEEDS)) {
            throw new AssertionError("seed folder not found: " + SEEDS.toAbsolutePath().normalize());
        }
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
