package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.BriefingCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid sites: each folder under {@code src/test/resources/invalid/} holds a small {@code content/}
 * folder with mistakes and {@code expected.txt}, exactly what {@code briefing build} prints on its
 * error stream, with paths relative to the fixture folder and {@code $OUT} for the output folder.
 * The build must exit non-zero, report every problem in one run and write nothing.
 */
class InvalidSitesTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "invalid");

    @TempDir
    Path tmp;

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            List<String> names = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(10);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void buildReportsEveryProblemExactlyAndFails(String fixture) throws IOException {
        Path dir = FIXTURES.resolve(fixture);
        Path out = tmp.resolve("site-out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();

        int exit = BriefingCli.run(new PrintWriter(stdout), new PrintWriter(stderr),
                "build", "--content", dir.resolve("content").toString(), "--out", out.toString());

        String printed = stderr.toString().replace("\r\n", "\n")
                .replace(dir.toString().replace('\\', '/') + "/", "")
                .replace(out.toString(), "$OUT");
        assertThat(printed).isEqualTo(Files.readString(dir.resolve("expected.txt")));
        assertThat(exit).isEqualTo(1);
        assertThat(stdout.toString()).isEmpty();
        assertThat(out).doesNotExist();
    }
}
