package dev.briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Single lines that overflowed the stack, found by fuzzing: flexmark matches some constructs with
 * patterns that recurse once per character (Java's regular expressions do), so a few thousand
 * characters were enough.
 */
class LongTokensTest {
    @TempDir
    Path tmp;

    @Test
    void aRuleOfThousandsOfDashesIsRefusedAtItsLine() {
        var run = HostileSite.in(tmp)
                .article("a", "title: T\n", "Text.\n\n" + "-".repeat(5000) + "\n")
                .article("b", "title: T\n", "> " + "*".repeat(3999) + "\n")
                .article("d", "title: T\n", "<span" + " a=\"b\"".repeat(2000) + ">\n")
                .article("c", "title: T\n", "Heading\n" + "-".repeat(500) + "\n\n" + "_".repeat(3) + "\n").check();
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:6:1: a line of 5000 '-' characters is too long to read safely; a rule or a "
                        + "heading's underline needs three",
                "content/articles/b.md:4:3: a line of 3999 '*' characters is too long to read safely; a rule or a "
                        + "heading's underline needs three",
                "content/articles/d.md:4:1: an HTML tag of 12006 characters opens this line; it is too long to read safely",
                "3 errors, 0 warnings");
    }

    /** 40,000 characters of "a." took 24 s in flexmark's autolinker, whose time grows with the square of the run. */
    @Test
    void aLongRunOfDottedWordsIsRefusedAndALongHashIsNot() {
        var run = HostileSite.in(tmp)
                .article("a", "title: T\n", "Text " + "a.".repeat(40_000) + "\n")
                .article("b", "title: T\n", "Hash " + "0123456789abcdef".repeat(200) + " and a-b-c.\n")
                .check();
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:4:6: a run of more than 1000 letters, digits, dots and hyphens without a space "
                        + "starts here; it is too long to read in reasonable time (break it with spaces)",
                "1 error, 0 warnings");
    }

    /** Constructs flexmark takes time for in the square of their number: 40,000 definitions took 17 s. */
    @Test
    void thousandsOfDefinitionsEscapesOrQuotedLinesInOneBlock() {
        var run = HostileSite.in(tmp)
                .article("a", "title: T\n", "[a]: https://example.org/\n".repeat(20_000))
                .article("b", "title: T\n", "\\*".repeat(40_000) + "\n")
                .article("c", "title: T\n", "> a\n".repeat(40_000))
                .article("d", "title: T\n", ("[a]: https://example.org/\n".repeat(900) + "\n").repeat(3)
                        + ("\\* ".repeat(4000) + "\n\n").repeat(3) + ("> a\n".repeat(4000) + "\n").repeat(3))
                .check();
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:1004:1: more than 1000 link reference definitions in a row",
                "content/articles/b.md:4:10001: more than 5000 backslash escapes and entities in one paragraph; split "
                        + "it with a blank line",
                "content/articles/c.md:5004:3: a block quote of more than 5000 lines; split it in two with a blank line",
                "3 errors, 0 warnings");
    }

    /**
     * Entities in one word: flexmark's autolinker read 2,300 of them in 69 s. A link to a slug of
     * 2,600 words written with entities (so no run of plain letters is long) overflowed the stack in
     * the pattern that matched it, which recursed once per word (found by fuzzing); spaced out, they
     * are harmless.
     */
    @Test
    void manyEntitiesInOneWordAreRefused() {
        var run = HostileSite.in(tmp)
                .article("a", "title: T\n", "Met Ab" + "&#45;cd".repeat(65) + " and" + " &#45; cd".repeat(1000) + ".\n")
                .article("b", "title: T\n", "See [it](" + "a&#45;".repeat(2600) + "a.md).\n")
                .check();
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:4:455: more than 64 entities in one word without a space; write the characters "
                        + "themselves",
                "content/articles/b.md:4:395: more than 64 entities in one word without a space; write the characters "
                        + "themselves",
                "2 errors, 0 warnings");
    }

    /** A link title or bracketed address never closed, an HTML tag of many attributes, a long email domain. */
    @Test
    void longLinkTitlesAddressesTagsAndEmailsAreReadAsText() throws Exception {
        String words = " word".repeat(3000);
        var site = HostileSite.in(tmp).article("a", "title: T\n",
                "See [x](https://example.org/ \"an unclosed title" + words + "\n\n"
                        + "[y](<https://example.org/" + "a".repeat(5000) + ">) and [z]: <" + "b".repeat(5000) + ">\n\n"
                        + "A <span" + " a=\"b\"".repeat(2000) + "> inline\n\n"
                        + "<!--" + " comment".repeat(2000) + " -->\n\n"
                        + "<me@" + "a.".repeat(400) + "org>\n");
        var run = site.build("--base-url", "https://example.org/");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(site.out.resolve("articles/a.html"))).contains("an unclosed title word word");
    }
}
