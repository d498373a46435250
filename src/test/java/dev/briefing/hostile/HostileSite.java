package dev.briefing.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.briefing.cli.BriefingCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A site made of hostile input in a temp folder, run through the real command line: what a user
 * would type, what they would see. Paths in the output are shown relative to the site's folder
 * ({@code content/articles/a.md:4:1: ...}), as the fixtures under {@code invalid/} are.
 */
final class HostileSite {
    /** Generous for a slow, busy machine; every input here once took minutes, or forever. */
    static final Duration TIME_BOUND = Duration.ofSeconds(20);

    final Path dir;
    final Path content;
    final Path out;

    private HostileSite(Path dir) {
        this.dir = dir;
        this.content = dir.resolve("content");
        this.out = dir.resolve("site-out");
    }

    /** A site with a valid {@code site.yaml} and no articles yet. */
    static HostileSite in(Path tmp) {
        return new HostileSite(tmp).site("title: Hostile\n");
    }

    HostileSite site(String yaml) {
        return write("site.yaml", yaml);
    }

    HostileSite people(String yaml) {
        return write("people.yaml", yaml);
    }

    /** {@code articles/<name>.md} with the given front matter lines and body. */
    HostileSite article(String name, String frontMatter, String body) {
        return write("articles/" + name + ".md", "---\n" + frontMatter + "---\n" + body);
    }

    HostileSite write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    HostileSite write(String relative, byte[] bytes) {
        try {
            Path file = content.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one command printed and returned. */
    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    Run check(String... more) {
        return run("check", more);
    }

    Run build(String... more) {
        return run("build", more);
    }

    /** Runs {@code briefing <command> --content ... --out ... <more>} within {@link #TIME_BOUND}. */
    Run run(String command, String... more) {
        return run(TIME_BOUND, command, more);
    }

    /** Like {@link #run(String, String...)}, within {@code bound}. */
    Run run(Duration bound, String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--content", content.toString()));
        if (!command.equals("serve")) {
            args.addAll(List.of("--out", out.toString()));
        }
        args.addAll(List.of(more));
        return assertTimeoutPreemptively(bound, () -> runUnbounded(args));
    }

    Run runUnbounded(List<String> args) {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = BriefingCli.run(new PrintWriter(stdout), new PrintWriter(stderr), args.toArray(new String[0]));
        return new Run(exit, relative(stdout.toString()), relative(stderr.toString()));
    }

    private String relative(String printed) {
        return printed.replace("\r\n", "\n").replace(dir.toString() + "/", "")
                .replace(dir.toString().replace('\\', '/') + "/", "");
    }
}
