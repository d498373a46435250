package dev.briefing.startup;

import dev.briefing.cli.BriefingCli;
import dev.briefing.scaffold.SiteScaffold;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The run whose loaded classes go into a start-up archive: what a user's runs do, on the site
 * {@code briefing new} makes: a build with a base URL (every output, the newsletter too), a check
 * (the CommonMark report) and the version.
 */
final class Training {
    static final String COMMAND = "--train";

    private Training() {}

    static void run(Path site) throws Exception {
        SiteScaffold.create(site, "Training", Optional.empty());
        String content = site.resolve("content").toString();
        String templates = site.resolve("templates").toString();
        cli("build", "--content", content, "--templates", templates, "--out", site.resolve("site-out").toString(),
                "--base-url", "https://example.org/training/");
        cli("check", "--content", content, "--templates", templates);
        cli("--version");
    }

    private static void cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BriefingCli.run(new PrintWriter(out), new PrintWriter(err), args);
        if (exit != 0) {
            throw new IllegalStateException("briefing " + String.join(" ", args) + " failed:\n" + err + out);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
