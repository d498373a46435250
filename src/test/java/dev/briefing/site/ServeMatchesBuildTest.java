package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.publish.Publisher;
import dev.briefing.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} (a memo kept between builds, files in memory) writes byte for byte what a one-off
 * build writes to disk, on its first build and on a rebuild from the memo: the feed and people.json
 * take different paths in the two (streamed to disk, or made through the memo).
 */
class ServeMatchesBuildTest {
    @TempDir
    Path tmp;

    @Test
    void serveWritesWhatABuildWrites() throws Exception {
        Path content = Sites.copyContent(tmp);
        Optional<String> base = Optional.of("https://example.org/");
        Path out = tmp.resolve("out");
        new SiteBuilder().build(new SiteBuilder.Options(content, Sites.THEME, out, base, true));
        Map<String, byte[]> built = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(f).toString().replace('\\', '/');
                if (!rel.equals(Publisher.MARKER)) {
                    built.put(rel, Files.readAllBytes(f));
                }
            }
        }
        SiteBuilder serve = SiteBuilder.incremental();
        var opts = new SiteBuilder.Options(content, Sites.THEME, tmp.resolve("unused"), base, false);
        for (int round = 0; round < 2; round++) {
            Map<String, byte[]> served = new ConcurrentHashMap<>();
            serve.build(opts, served::put);
            assertThat(new TreeMap<>(served).keySet()).as("round " + round).isEqualTo(built.keySet());
            for (var e : built.entrySet()) {
                assertThat(served.get(e.getKey())).as(e.getKey() + ", round " + round).isEqualTo(e.getValue());
            }
        }
    }
}
