package dev.briefing.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.render.OutputFile;
import dev.briefing.testing.Sites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A publish that fails half-way keeps the previous site and leaves no staging folders behind. */
class PublisherTest {
    @TempDir
    Path parent;
    Path out;

    @BeforeEach
    void publishAFirstSite() throws IOException {
        out = parent.resolve("site-out");
        Publisher.publish(out, List.of(OutputFile.text("index.html", "first"), OutputFile.text("a/b.html", "b")));
    }

    @Test
    void replacesTheWholeFolderOnSuccess() throws IOException {
        Publisher.publish(out, List.of(OutputFile.text("index.html", "second")));

        assertThat(Sites.snapshot(out).keySet()).containsExactly(".briefing-output", "index.html");
        assertThat(out.resolve("index.html")).hasContent("second");
        assertThat(listing(parent)).containsExactly("site-out");
    }

    @Test
    void aPathEscapingTheFolderFailsAndChangesNothing() throws IOException {
        var before = Sites.fingerprint(out);

        assertThatThrownBy(() -> Publisher.publish(out, List.of(OutputFile.text("index.html", "second"),
                OutputFile.text("../escaped.html", "outside"))))
                .isInstanceOf(IOException.class).hasMessage("invalid or duplicate output path: ../escaped.html");

        assertThat(Sites.fingerprint(out)).isEqualTo(before);
        assertThat(listing(parent)).containsExactly("site-out");
    }

    @Test
    void aDuplicatePathFailsAndChangesNothing() throws IOException {
        var before = Sites.fingerprint(out);

        assertThatThrownBy(() -> Publisher.publish(out, List.of(OutputFile.text("index.html", "one"),
                OutputFile.text("index.html", "two"))))
                .isInstanceOf(IOException.class).hasMessage("invalid or duplicate output path: index.html");

        assertThat(Sites.fingerprint(out)).isEqualTo(before);
        assertThat(listing(parent)).containsExactly("site-out");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
