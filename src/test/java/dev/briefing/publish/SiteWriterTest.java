package dev.briefing.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.testing.Sites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The site writer replaces the output folder as a whole; a build that fails, or is killed at any
 * step of the swap, leaves a complete site (the old or the new one), and the next build cleans up.
 */
class SiteWriterTest {
    /** The files of a site written by {@link #site}: one per version, so a mixed folder is caught. */
    static final List<String> FILES = List.of("index.html", "a/b.html", "a/c/d.html", "feed.xml");

    @TempDir
    Path parent;
    Path out;

    @BeforeEach
    void writeAFirstSite() throws IOException {
        out = parent.resolve("site-out");
        site(out, "old");
    }

    @Test
    void replacesTheWholeFolderOnCommit() throws IOException {
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", bytes("second"));
            w.commit();
        }
        assertThat(Sites.snapshot(out).keySet()).containsExactly(".briefing-output", "index.html");
        assertThat(out.resolve("index.html")).hasContent("second");
        assertThat(listing(parent)).containsExactly("site-out");
    }

    @Test
    void aBuildThatDoesNotCommitLeavesTheSiteAndNoStaging() throws IOException {
        var before = Sites.fingerprint(out);
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", bytes("half"));
        }
        assertThat(Sites.fingerprint(out)).isEqualTo(before);
        assertThat(listing(parent)).containsExactly("site-out");
    }

    @Test
    void aPathEscapingTheFolderIsRefused() throws IOException {
        try (SiteWriter w = SiteWriter.open(out)) {
            assertThatThrownBy(() -> w.write("../escaped.html", bytes("outside")))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("invalid output path: ../escaped.html");
        }
        assertThat(parent.resolve("escaped.html")).doesNotExist();
        assertThat(listing(parent)).containsExactly("site-out");
    }

    @Test
    void aDuplicatePathIsRefused() throws IOException {
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", bytes("one"));
            assertThatThrownBy(() -> w.write("index.html", bytes("two")))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("duplicate output path: index.html");
        }
    }

    static Stream<Arguments> stepsOfBothSwaps() {
        List<Arguments> all = new ArrayList<>();
        for (boolean exchange : new boolean[] {true, false}) {
            for (SiteWriter.Step step : SiteWriter.Step.values()) {
                all.add(Arguments.of(exchange, step));
            }
        }
        return all.stream();
    }

    /**
     * A build killed at a step of the commit (the JVM halted, as by kill -9) leaves a complete site
     * in site-out, old or new; the next build puts its own in place and leaves nothing else behind.
     */
    @ParameterizedTest(name = "exchange={0}, killed at {1}")
    @MethodSource("stepsOfBothSwaps")
    void aBuildKilledAtAnyStepLeavesACompleteSite(boolean exchange, SiteWriter.Step step) throws Exception {
        Process child = new ProcessBuilder(javaCommand(out, step, exchange)).redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isEqualTo(KilledBuild.HALTED);

        if (Files.exists(out)) {
            assertComplete(out);
        } else {
            // Only the two-rename swap has a moment without site-out; the next build repairs it first.
            assertThat(exchange).isFalse();
            SiteWriter.recover(out.toAbsolutePath());
            assertComplete(out);
        }
        site(out, "next");
        assertThat(version(out)).isEqualTo("next");
        assertThat(listing(parent)).containsExactly("site-out");
    }

    /** Files beside {@link #FILES} in the replaced site, so the marker is rarely last in a folder's listing. */
    private static final int MORE_FILES = 16;

    /** Deletions of that site: every file and folder in it, then its marker, then the folder itself. */
    private static final int DELETIONS = FILES.size() + 2 + MORE_FILES + 2;

    static Stream<Arguments> deletionsOfBothSwaps() {
        List<Arguments> all = new ArrayList<>();
        for (boolean exchange : new boolean[] {true, false}) {
            for (int at : new int[] {1, DELETIONS / 2, DELETIONS - 1, DELETIONS}) {
                all.add(Arguments.of(exchange, at));
            }
        }
        return all.stream();
    }

    /**
     * A build killed while it deletes the site it replaced leaves the new site in place, and what
     * is left of the old one is deleted by the next build: at {@code DELETIONS - 1} only the marker
     * and the folder remain.
     */
    @ParameterizedTest(name = "exchange={0}, killed before deletion {1}")
    @MethodSource("deletionsOfBothSwaps")
    void aBuildKilledWhileDeletingTheOldSiteLeavesNothingBehind(boolean exchange, int deletion) throws Exception {
        try (SiteWriter w = SiteWriter.open(out)) {
            writeFiles(w, "old");
            for (int i = 0; i < MORE_FILES; i++) {
                w.write("more-" + i + ".html", bytes("old"));
            }
            w.commit();
        }
        // Written again, the marker is the newest file: first in the listing of file systems that list newest first.
        Path marker = out.resolve(Publisher.MARKER);
        String text = Files.readString(marker);
        Files.delete(marker);
        Files.writeString(marker, text);

        Process child = new ProcessBuilder(javaCommand(out, SiteWriter.Step.DELETING, exchange, deletion))
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isEqualTo(KilledBuild.HALTED);
        assertComplete(out);
        assertThat(version(out)).isEqualTo("new");
        assertThat(listing(parent)).hasSize(2);

        site(out, "next");
        assertThat(version(out)).isEqualTo("next");
        assertThat(listing(parent)).containsExactly("site-out");
    }

    private static void assertComplete(Path site) throws IOException {
        String version = version(site);
        assertThat(version).isIn("old", "new");
        for (String f : FILES) {
            assertThat(site.resolve(f)).hasContent(version + " " + f);
        }
    }

    private static String version(Path site) throws IOException {
        return Files.readString(site.resolve("index.html")).split(" ")[0];
    }

    /** Writes and commits a site whose every file names its version. */
    static void site(Path out, String version) throws IOException {
        try (SiteWriter w = SiteWriter.open(out)) {
            writeFiles(w, version);
            w.commit();
        }
    }

    static void writeFiles(SiteWriter w, String version) {
        FILES.forEach(f -> w.write(f, bytes(version + " " + f)));
    }

    private static List<String> javaCommand(Path out, SiteWriter.Step step, boolean exchange) {
        return javaCommand(out, step, exchange, 1);
    }

    /** A build that halts the {@code times}-th time it reaches {@code step}. */
    private static List<String> javaCommand(Path out, SiteWriter.Step step, boolean exchange, int times) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"), KilledBuild.class.getName(),
                out.toString(), step.name(), String.valueOf(exchange), String.valueOf(times));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** A build that halts the JVM at one step of its commit. */
    public static final class KilledBuild {
        static final int HALTED = 86;

        public static void main(String[] args) throws IOException {
            Path out = Path.of(args[0]);
            int haltAt = SiteWriter.Step.valueOf(args[1]).ordinal();
            boolean exchange = Boolean.parseBoolean(args[2]);
            int[] timesLeft = {Integer.parseInt(args[3])};
            try (SiteWriter w = SiteWriter.open(out, step -> {
                if (step == haltAt && --timesLeft[0] == 0) {
                    Runtime.getRuntime().halt(HALTED);
                }
            }, exchange)) {
                writeFiles(w, "new");
                w.commit();
            }
            Runtime.getRuntime().halt(HALTED); // a step the chosen swap never reaches: stop after it
        }
    }

}
