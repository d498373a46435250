package dev.briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nesting that overflowed the stack (1,000 lines of Java stack trace, no position): Markdown
 * lists and quotes, and YAML collections and aliases. Each is now one error at its place; and
 * input at the limit still builds, so the limit is the only thing between them.
 */
class NestingTest {
    @TempDir
    Path tmp;

    private static final String TOO_DEEP_BLOCKS = ": Markdown nested more than 64 levels deep here (lists and block "
            + "quotes); no article needs that many, and it cannot be read safely";
    private static final String TOO_DEEP_INLINE = ": Markdown nested more than 64 levels deep here (emphasis and "
            + "links); no article needs that many, and it cannot be read safely";

    @Test
    void aLineOfFourHundredListMarkers() {
        var run = HostileSite.in(tmp).article("a", "title: T\n", "- ".repeat(400) + "x\n").check();
        assertThat(run.errLines()).containsExactly("content/articles/a.md:4:129" + TOO_DEEP_BLOCKS, "1 error, 0 warnings");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void aThousandQuoteMarkers() {
        var run = HostileSite.in(tmp).article("a", "title: T\n", "> ".repeat(1000) + "\n").check();
        assertThat(run.errLines()).containsExactly("content/articles/a.md:4:129" + TOO_DEEP_BLOCKS, "1 error, 0 warnings");
    }

    @Test
    void aListIndentedFiveHundredDeep() {
        String body = IntStream.range(0, 500).mapToObj(i -> "  ".repeat(i) + "- item\n").collect(Collectors.joining());
        var run = HostileSite.in(tmp).article("a", "title: T\n", body).check();
        assertThat(run.errLines()).containsExactly("content/articles/a.md:68:129" + TOO_DEEP_BLOCKS, "1 error, 0 warnings");
    }

    @Test
    void quotesAndListsMixedOnSeparateLines() {
        String body = IntStream.range(0, 200).mapToObj(i -> "> ".repeat(i / 2) + "  ".repeat(i - i / 2) + "- x\n")
                .collect(Collectors.joining());
        var run = HostileSite.in(tmp).article("a", "title: T\n", body).check();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(TOO_DEEP_BLOCKS).doesNotContain("Exception", "\tat ");
    }

    @Test
    void emphasisAndLinksNestedThousandsDeep() {
        var run = HostileSite.in(tmp)
                .article("a", "title: T\n", "**".repeat(2000) + "x" + "**".repeat(2000) + "\n")
                .article("b", "title: T\n", "[".repeat(5000) + "x" + "](u)".repeat(5000) + "\n")
                .article("c", "title: T\n", IntStream.range(0, 3000).mapToObj(i -> i % 2 == 0 ? "_a " : "*a ")
                        .collect(Collectors.joining()) + "x\n").check();
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:4:1" + TOO_DEEP_INLINE,
                "content/articles/b.md:4:65" + TOO_DEEP_INLINE,
                "content/articles/c.md:4:193" + TOO_DEEP_INLINE,
                "3 errors, 0 warnings");
    }

    /** 64 levels of lists and quotes with 64 of emphasis and links inside: every stage copes. */
    @Test
    void nestingAtTheLimitBuilds() {
        String blocks = "> - ".repeat(32);
        String inline = "*a _a ".repeat(16) + "[l ".repeat(32) + "x" + "](https://example.org/)".repeat(32) + " a_ a*".repeat(16);
        String indented = IntStream.range(0, 64).mapToObj(i -> "  ".repeat(i) + "- Ada Lovelace wrote\n")
                .collect(Collectors.joining());
        var site = HostileSite.in(tmp)
                .people("- name: Ada Lovelace\n")
                .article("a", "title: T\n", blocks + inline + "\n\n" + indented);
        var run = site.build();
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(site.out.resolve("articles/a.html")).isNotEmptyFile();
        assertThat(site.check().exit()).isZero();
    }

    @Test
    void yamlNestedAThousandDeepInFrontMatterAndInARole() {
        var run = HostileSite.in(tmp)
                .article("a", "title: T\nextra:\n  a: " + "[".repeat(1000) + "]".repeat(1000) + "\n", "Text.\n")
                .people("- name: Nick Joseph\n  roles: " + "[".repeat(1000) + "]".repeat(1000) + "\n")
                .check();
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:4:68: YAML nested more than 64 levels deep",
                "content/people.yaml:2:72: YAML nested more than 64 levels deep",
                "2 errors, 0 warnings");
    }

    @Test
    void anAliasInsideItsOwnAnchor() {
        var run = HostileSite.in(tmp).article("a", "title: T\nextra:\n  a: &a [*a]\n", "Text.\n").check();
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:4:10: YAML alias '*a' is inside the value its anchor '&a' names: a value "
                        + "cannot contain itself",
                "1 error, 0 warnings");
    }

    /** 25 anchors, each listing the one before twice: 602 bytes that expand to 33 million values. */
    @Test
    void anAliasBomb() {
        StringBuilder bomb = new StringBuilder("  a0: &a0 [x, x]\n");
        for (int i = 1; i < 25; i++) {
            bomb.append("  a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        assertThat(bomb.length()).isLessThan(610);
        var run = HostileSite.in(tmp).article("a", "title: T\nextra:\n" + bomb, "Text.\n").check();
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:18:20: YAML aliases expand to more than 100000 values here (each alias "
                        + "repeats everything its anchor names); write the values out instead",
                "1 error, 0 warnings");
    }

    @Test
    void aFewAliasesStillWork() {
        var run = HostileSite.in(tmp).article("a", "title: T\nextra:\n  base: &b {x: 1}\n  copy: *b\n", "Text.\n")
                .check();
        assertThat(run.exit()).as(run.err()).isZero();
    }
}
