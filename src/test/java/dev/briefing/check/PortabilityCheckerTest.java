package dev.briefing.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.errors.Problems;
import dev.briefing.load.Content;
import dev.briefing.load.ContentLoader;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.testing.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The CommonMark portability report of {@code briefing check}. */
class PortabilityCheckerTest {
    private final PortabilityChecker checker = new PortabilityChecker(new MarkdownEngine());

    @Test
    void checkReportsEachBlockThatRendersDifferentlyAtItsFileLine() {
        String fixture = "src/test/resources/check/portability";
        String err = stderrOf("check", "--content", fixture, "--templates", fixture + "/no-templates");

        String file = fixture + "/articles/differences.md";
        // vnu on the test class path brings log4j 1.2, which FreeMarker complains to on first use
        assertThat(err.lines().filter(l -> !l.startsWith("log4j:"))).containsExactly(
                file + ":7:1: warning: renders differently in CommonMark: CommonMark shows a table, the site shows a paragraph",
                file + ":11:1: warning: renders differently in CommonMark: CommonMark shows an HTML div, the site shows a paragraph",
                file + ":15:1: warning: renders differently in CommonMark: a paragraph differs: CommonMark has "
                        + "'<p>Inline <b>bold</b> here.</p>' where the site has '<p>Inline &lt;b&gt;bold&lt;/b&gt; here…'",
                file + ":17:1: warning: renders differently in CommonMark: a paragraph differs: CommonMark has "
                        + "'<p>Single <del>tilde</del> strike.</p>' where the site has '<p>Single ~tilde~ strike.</p>'",
                file + ":19:1: warning: renders differently in CommonMark: CommonMark shows nothing, the site shows text",
                file + ":21:1: warning: renders differently in CommonMark: a paragraph differs: CommonMark has "
                        + "'<p><a href=\"javascript:alert(1)…' where the site has '<p>run</p>'",
                "0 errors, 6 warnings");
    }

    @Test
    void theRealArticlesRenderTheSameInCommonMark() {
        Problems problems = new Problems();
        Content content = ContentLoader.load(Path.of("content"), problems);
        assertThat(content.articles()).hasSize(2);

        content.articles().forEach(a -> checker.check(a, problems));

        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void aBlockTheSiteMergesIntoTheBlockBeforeIsOneWarning() {
        assertThat(checker.differences("Intro text.\n| a | b |\n|---|---|\n| 1 | 2 |\n"))
                .containsExactly(new PortabilityChecker.Difference(1, 1,
                        "CommonMark shows a paragraph + a table, the site shows a paragraph"));
    }

    @Test
    void theSitesOwnChoicesAreNotDifferences() {
        // heading ids, article links rewritten to .html, table alignment, hard breaks, autolinks
        String markdown = "## A heading\n\nSee [the other](other-article.md#a-heading) and https://example.org.\n\n"
                + "| left | right |\n|:-----|------:|\n| 1 | 2 |\n\nHard  \nbreak, *em* and **strong**.\n\n1) one\n2) two\n";

        assertThat(checker.differences(markdown)).isEmpty();
    }

    @Test
    void describesWhereTwoBlocksFirstDiffer() {
        assertThat(PortabilityChecker.excerpt("<p>same prefix then A and more text after it</p>",
                "<p>same prefix then B and more text after it</p>")).isEqualTo("'…prefix then A and more text after it</p>'");
    }

    private static String stderrOf(String... args) {
        Cli.Run run = Cli.run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return run.err();
    }
}
