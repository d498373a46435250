package dev.briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.briefing.errors.Problem;
import dev.briefing.errors.Problems;
import dev.briefing.load.Content;
import dev.briefing.load.ContentLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the front-matter loader with any bytes between the {@code ---} lines, people.yaml and
 * site.yaml alike (the same bytes are written to all three): nothing may throw, and every problem
 * must be reported at a place in one of the files.
 *
 * <p>With the other tests this runs only on the seeds in {@code FrontMatterFuzzTestInputs/} (the
 * hostile inputs found so far). {@code .ci/fuzz.sh} fuzzes it for a fixed number of inputs; a
 * failing input is saved next to the seeds.
 */
class FrontMatterFuzzTest {
    private static final Path CONTENT = tempContent();

    @FuzzTest(maxExecutions = 10_000, maxDuration = "5m")
    void frontMatter(byte[] yaml) throws IOException {
        byte[] article = concat("---\n".getBytes(StandardCharsets.UTF_8), yaml, "\n---\nText.\n".getBytes(StandardCharsets.UTF_8));
        Files.write(CONTENT.resolve("articles/a.md"), article);
        Files.write(CONTENT.resolve("people.yaml"), yaml);
        Files.write(CONTENT.resolve("site.yaml"), yaml);

        Problems problems = new Problems();
        Content content = ContentLoader.load(CONTENT, problems);

        for (Problem p : problems.sorted()) {
            assertThat(p.file().getParent()).as(p.format()).isIn(CONTENT, CONTENT.resolve("articles"));
            assertThat(p.line()).as(p.format()).isPositive();
            assertThat(p.column()).as(p.format()).isPositive();
        }
        content.articles().forEach(a -> assertThat(a.title()).doesNotContainPattern("[\\x00-\\x08\\x0B-\\x1F\\x7F]"));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private static Path tempContent() {
        try {
            Path content = Files.createTempDirectory("briefing-fuzz").resolve("content");
            Files.createDirectories(content.resolve("articles"));
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
