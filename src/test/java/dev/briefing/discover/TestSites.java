package dev.briefing.discover;

import dev.briefing.site.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Builds copies of the repo's real content in temp folders, optionally edited, for tests. */
public final class TestSites {
    private TestSites() {}

    /** Copies {@code content/} into {@code dir/content} and returns it. */
    public static Path copyContent(Path dir) throws IOException {
        Path target = dir.resolve("content");
        Path source = Path.of("content");
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(f -> {
                try {
                    Path t = target.resolve(source.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(f, t);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }

    public static SiteBuilder.Result build(Path content, Path out, Optional<String> baseUrl) throws Exception {
        return new SiteBuilder().build(new SiteBuilder.Options(content, content.resolveSibling("no-templates"), out,
                baseUrl, true));
    }
}
