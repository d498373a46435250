package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.BriefingCli;
import dev.briefing.publish.Publisher;
import dev.briefing.testing.Sites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the build promises about the disk: a failed build keeps the previous site, a folder briefing
 * did not create is never cleared, nothing outside the output folder changes, and the same input
 * gives byte-identical output.
 */
class BuildSafetyTest {
    @TempDir
    Path tmp;

    @Test
    void failedBuildLeavesThePreviousSiteExactlyAsItWas() throws IOException {
        Path out = tmp.resolve("site-out");
        Sites.build(Sites.REAL_CONTENT, out);
        var before = Sites.fingerprint(out);
        Path broken = tmp.resolve("content");
        Sites.copyTree(Sites.REAL_CONTENT, broken);
        Path article = broken.resolve("articles/karpathy-joins-anthropic.md");
        Files.writeString(article, Files.readString(article).replace("date: 2026-05-22", "date: 2026-02-30"));

        Run run = cli("build", "--content", broken.toString(), "--out", out.toString());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("karpathy-joins-anthropic.md:3:7: invalid date '2026-02-30'")
                .contains("Build failed; " + out + " was left as it was.");
        assertThat(Sites.fingerprint(out)).isEqualTo(before);
        assertThat(listing(tmp)).containsExactly("content", "site-out");
    }

    @Test
    void refusesToClearAFolderItDidNotCreateAndDeletesNothingThere() throws IOException {
        Path out = tmp.resolve("my-documents");
        Sites.write(out, "thesis.txt", "years of work");
        Sites.write(out, "notes/ideas.md", "more work");
        var before = Sites.fingerprint(out);

        Run run = cli("build", "--content", Sites.REAL_CONTENT.toString(), "--out", out.toString());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).startsWith(out + ":1:1: refusing to replace " + out + ": it is not empty and was not "
                + "created by briefing (no .briefing-output file); choose another --out or empty it yourself\n");
        assertThat(Sites.fingerprint(out)).isEqualTo(before);
        assertThat(listing(tmp)).containsExactly("my-documents");
    }

    @Test
    void refusesAnOutputFolderThatContainsTheContent() throws IOException {
        Path site = tmp.resolve("site");
        Sites.copyTree(Sites.REAL_CONTENT, site.resolve("content"));
        Files.writeString(site.resolve(Publisher.MARKER), "");
        var before = Sites.fingerprint(site);

        Run run = cli("build", "--content", site.resolve("content").toString(), "--out", site.toString());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("refusing to use " + site + " as the output folder: it contains "
                + site.resolve("content"));
        assertThat(Sites.fingerprint(site)).isEqualTo(before);
    }

    @Test
    void usesAnEmptyFolderAndReplacesItsOwnOutputWithoutTouchingNeighbours() throws IOException {
        Path parent = tmp.resolve("parent");
        Path out = parent.resolve("site-out");
        Files.createDirectories(out);
        Sites.write(parent, "neighbour.txt", "not the site's");
        Sites.write(parent, ".hidden/keep.txt", "not the site's either");
        var neighbours = Sites.fingerprint(parent);

        assertThat(cli("build", "--content", Sites.REAL_CONTENT.toString(), "--out", out.toString()).exit).isZero();
        Sites.write(out, "stale.html", "left from an older build");
        assertThat(cli("build", "--content", Sites.REAL_CONTENT.toString(), "--out", out.toString()).exit).isZero();

        assertThat(listing(parent)).containsExactly(".hidden", "neighbour.txt", "site-out");
        var after = Sites.fingerprint(parent);
        neighbours.forEach((path, hash) -> assertThat(after).containsEntry(path, hash));
        assertThat(after.keySet()).filteredOn(p -> !neighbours.containsKey(p)).allMatch(p -> p.startsWith("site-out/"));
        assertThat(out.resolve("stale.html")).doesNotExist();
        assertThat(out.resolve(Publisher.MARKER)).isRegularFile();
    }

    @Test
    void sameInputGivesByteIdenticalOutput() {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        Sites.build(Sites.REAL_CONTENT, first);
        Sites.build(Sites.REAL_CONTENT, second);

        var a = Sites.fingerprint(first);
        assertThat(a).hasSizeGreaterThan(16);
        assertThat(Sites.fingerprint(second)).isEqualTo(a);
    }

    private record Run(int exit, String out, String err) {}

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BriefingCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString().replace("\r\n", "\n"));
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
