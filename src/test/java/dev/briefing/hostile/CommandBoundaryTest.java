package dev.briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reaches the user when a command fails in a way no check foresaw: here a template override
 * that calls itself until the Java stack overflows. One line and exit code 70; the stack trace
 * only with {@code --debug}.
 */
class CommandBoundaryTest {
    @TempDir
    Path tmp;

    private HostileSite recursiveTemplate() throws Exception {
        Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(tmp.resolve("templates/index.ftlh"), "<#macro again><@again/></#macro><@again/>\n");
        return HostileSite.in(tmp).article("a", "title: T\n", "Text.\n");
    }

    @Test
    void aStackOverflowIsOneLineAndExitCode70() throws Exception {
        var site = recursiveTemplate();
        var run = site.build("--templates", tmp.resolve("templates").toString());
        assertThat(run.errLines()).containsExactly(
                "briefing: the input is nested too deeply to process (the Java stack overflowed)",
                "Run the command again with --debug to see the Java stack trace, and please report it.");
        assertThat(run.exit()).isEqualTo(70);
        assertThat(site.out).doesNotExist();
    }

    @Test
    void debugShowsTheStackTrace() throws Exception {
        var run = recursiveTemplate().run("build", "--templates", tmp.resolve("templates").toString(), "--debug");
        assertThat(run.errLines().get(0)).isEqualTo(
                "briefing: the input is nested too deeply to process (the Java stack overflowed)");
        assertThat(run.err()).contains("java.lang.StackOverflowError", "\tat freemarker.");
        assertThat(run.exit()).isEqualTo(70);
    }

    @Test
    void debugIsAcceptedBeforeTheCommandToo() {
        var run = HostileSite.in(tmp).article("a", "title: T\n", "Text.\n").runUnbounded(java.util.List.of(
                "--debug", "check", "--content", tmp.resolve("content").toString()));
        assertThat(run.exit()).as(run.err()).isZero();
    }
}
