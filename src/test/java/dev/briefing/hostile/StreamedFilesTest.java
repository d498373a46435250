package dev.briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feed is written to disk as it is made ({@code site/StreamedOutputsTest}): a template that
 * fails half-way through it still fails the build with its position, in {@code build} and in
 * {@code check}, and the previous site stays whole.
 */
class StreamedFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aFeedTemplateFailingHalfWayFailsTheBuildAndLeavesThePreviousSite() throws Exception {
        HostileSite site = HostileSite.in(tmp).article("a", "title: First\ndate: 2026-03-01\n", "Text one.\n")
                .article("b", "title: Second\ndate: 2026-03-02\n", "Text two.\n");
        assertThat(site.build("--base-url", "https://example.org/").exit()).isZero();
        assertThat(site.out.resolve("feed.xml")).content().contains("<title>First</title>", "<title>Second</title>");
        var before = Sites.fingerprint(site.out);

        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("feed.ftlx"), "<feed>\n<#list feed.entries as e>\n${e.contentHtml}\n"
                + "<#if e?index == 1>${e.missing}</#if>\n</#list>\n</feed>\n");
        String[] args = {"--templates", templates.toString(), "--base-url", "https://example.org/"};
        var build = site.build(args);
        assertThat(build.errLines()).containsExactly(
                "templates/feed.ftlx:4:21: template error: The following has evaluated to null or missing:",
                "1 error, 0 warnings",
                "Build failed; site-out was left as it was.");
        assertThat(Sites.fingerprint(site.out)).isEqualTo(before);
        assertThat(site.check(args).errLines()).containsExactly(
                "templates/feed.ftlx:4:21: template error: The following has evaluated to null or missing:",
                "1 error, 0 warnings");
    }
}
