package dev.briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the content folder's files may hold, and what they may point to. */
class InputFilesTest {
    @TempDir
    Path tmp;

    @Test
    void symbolicLinksOutOfTheContentFolderAreRefused() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "---\ntitle: The builder's own file\n---\nSecret.\n");
        var site = HostileSite.in(tmp.resolve("site")).article("a", "title: T\n", "Text.\n");
        Files.createSymbolicLink(site.content.resolve("articles/leak.md"), secret);
        Files.createSymbolicLink(site.content.resolve("people.yaml"), secret);
        Files.createDirectories(tmp.resolve("site/templates/assets"));
        Files.createSymbolicLink(tmp.resolve("site/templates/assets/key.txt"), secret);
        Path real = secret.toRealPath();

        var run = site.build("--templates", tmp.resolve("site/templates").toString());

        assertThat(run.errLines()).containsExactly(
                "content/articles/leak.md:1:1: symbolic link to " + real + ", outside the content folder "
                        + "content; refusing to read it (copy the file into the folder instead)",
                "content/people.yaml:1:1: symbolic link to " + real + ", outside the content folder content; "
                        + "refusing to read it (copy the file into the folder instead)",
                "templates/assets/key.txt:1:1: symbolic link to " + real + ", outside the templates folder "
                        + "templates; refusing to read it (copy the file into the folder instead)",
                "3 errors, 0 warnings",
                "Build failed; site-out was left as it was.");
        assertThat(site.out).doesNotExist();
    }

    /** Files beside the articles and under assets/ are copied as they are: a link out was published. */
    @Test
    void publishedFilesLinkedOutOfTheContentFolderAreRefused() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "The builder's own file\n");
        var site = HostileSite.in(tmp.resolve("site")).article("a", "title: T\n", "See [the notes](img/notes.txt).\n");
        Files.createDirectories(site.content.resolve("articles/img"));
        Files.createDirectories(site.content.resolve("assets"));
        Files.createSymbolicLink(site.content.resolve("articles/img/notes.txt"), secret);
        Files.createSymbolicLink(site.content.resolve("assets/logo.txt"), secret);
        Path real = secret.toRealPath();

        var run = site.build();

        assertThat(run.errLines()).containsExactly(
                "content/articles/img/notes.txt:1:1: symbolic link to " + real + ", outside the content folder "
                        + "content; refusing to read it (copy the file into the folder instead)",
                "content/assets/logo.txt:1:1: symbolic link to " + real + ", outside the content folder content; "
                        + "refusing to read it (copy the file into the folder instead)",
                "2 errors, 0 warnings",
                "Build failed; site-out was left as it was.");
        assertThat(site.out).doesNotExist();
    }

    /** A template is read by FreeMarker's own loader, which threw on such a link: an internal error. */
    @Test
    void aTemplateLinkedOutOfTheTemplatesFolderIsRefusedAtItsPlace() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "The builder's own file\n");
        var site = HostileSite.in(tmp.resolve("site")).article("a", "title: T\n", "Text.\n");
        Path templates = Files.createDirectories(tmp.resolve("site/templates"));
        Files.createSymbolicLink(templates.resolve("index.ftlh"), secret);

        for (String command : List.of("check", "build")) {
            var run = site.run(command, "--templates", templates.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.errLines()).startsWith("templates/index.ftlh:1:1: symbolic link to " + secret.toRealPath()
                    + ", outside the templates folder templates; refusing to read it (copy the file into the folder "
                    + "instead)", "1 error, 0 warnings");
        }
        assertThat(site.out).doesNotExist();
    }

    @Test
    void aLinkInsideTheFolderIsFine() throws Exception {
        var site = HostileSite.in(tmp).article("a", "title: T\n", "Text.\n");
        Files.createSymbolicLink(site.content.resolve("articles/b.md"), site.content.resolve("articles/a.md"));
        var run = site.build("--base-url", "https://example.org/");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(site.out.resolve("articles/b.html")).isNotEmptyFile();
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAtItsFirstBadByte() {
        byte[] latin1 = "title: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] people = "- name: Ana\n- name: Jos\u00e9 Ram\u00edrez\n".getBytes(StandardCharsets.ISO_8859_1);
        var run = HostileSite.in(tmp).write("site.yaml", latin1).write("people.yaml", people)
                .article("a", "title: T\n", "Text.\n").check();
        assertThat(run.errLines()).containsExactly(
                "content/people.yaml:2:12: file is not valid UTF-8: byte 0xE9 cannot appear here; save the file as UTF-8",
                "content/site.yaml:1:11: file is not valid UTF-8: byte 0xE9 cannot appear here; save the file as UTF-8",
                "2 errors, 0 warnings");
    }

    @Test
    void anEmptySiteYamlIsAnError() {
        var run = HostileSite.in(tmp).site("").article("a", "title: T\n", "Text.\n").check();
        assertThat(run.errLines()).containsExactly(
                "content/site.yaml:1:1: missing required field 'title' (the site's title): site.yaml is empty",
                "1 error, 0 warnings");
        assertThat(HostileSite.in(tmp).site("# only a comment\n").check().errLines())
                .startsWith("content/site.yaml:1:1: missing required field 'title' (the site's title): site.yaml is empty");
    }

    @Test
    void duplicateKeysAreErrorsWithBothPositions() {
        var run = HostileSite.in(tmp)
                .site("title: One\ndescription: d\ntitle: Two\n")
                .people("- name: Ada Lovelace\n  name: Ada King\n")
                .article("a", "title: First\ndate: 2026-05-01\ntitle: Second\nextra:\n  k: 1\n  k: 2\n", "Text.\n")
                .check();
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:4:1: duplicate key 'title': already set at line 2, column 1; keep one of them",
                "content/articles/a.md:7:3: duplicate key 'k': already set at line 6, column 3; keep one of them",
                "content/people.yaml:1:3: warning: Ada Lovelace (ada-lovelace) is not mentioned in any article",
                "content/people.yaml:2:3: duplicate key 'name': already set at line 1, column 3; keep one of them",
                "content/site.yaml:3:1: duplicate key 'title': already set at line 1, column 1; keep one of them",
                "4 errors, 1 warning");
    }

    /** Vertical tab, NUL and ESC from an imported article made feed.xml unreadable and reached the HTML. */
    @Test
    void controlCharactersAreRemovedWithAWarningAtTheirPlace() throws Exception {
        var site = HostileSite.in(tmp).article("a", "title: \"Title\u001b[31m red\"\n",
                "One\u000btwo and nul\u0000 here.\n\nAn escape \u001b]0;owned\u0007 sequence.\n");
        var run = site.build("--base-url", "https://example.org/");
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:2:14: warning: removed U+001B (ESCAPE)",
                "content/articles/a.md:4:4: warning: removed U+000B (LINE TABULATION)",
                "content/articles/a.md:4:16: warning: removed U+0000 (NULL)",
                "content/articles/a.md:6:11: warning: removed U+001B (ESCAPE)",
                "content/articles/a.md:6:20: warning: removed U+0007 (BEL)",
                "0 errors, 5 warnings");
        for (String file : new String[] {"feed.xml", "articles/a.html", "index.html", "sources/bibliography.bib"}) {
            String text = Files.readString(site.out.resolve(file));
            assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')).as(file).isEmpty();
        }
        var feed = new SyndFeedInput().build(new StringReader(Files.readString(site.out.resolve("feed.xml"))));
        assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Title[31m red");
        assertThat(Files.readString(site.out.resolve("articles/a.html"))).contains("One two and nul here.");
    }

    /**
     * Written as YAML escapes in a double-quoted string, they are made only when the YAML is read:
     * the import of a page whose title held ESC wrote {@code "\e[31m"}, and feed.xml became
     * unreadable. A doubled backslash, a tab or a line separator is fine.
     */
    @Test
    void yamlEscapesThatWriteControlCharactersAreRefusedAtTheirPlace() {
        var run = HostileSite.in(tmp)
                .site("title: Site\ndescription: \"over\n  two \\v lines\"\n")
                .people("- name: \"Ann \\u202E Lee\"\n")
                .article("a", "title: \"Title\\e[31m red\"\nsummary: \"A \\\\e, a \\t and a \\u2028 are text\"\n", "Text.\n")
                .check();
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:2:14: YAML escape '\\e' writes U+001B (ESCAPE), which no page may carry; remove it",
                "content/people.yaml:1:14: YAML escape '\\u202E' writes U+202E (RIGHT-TO-LEFT OVERRIDE), which no page "
                        + "may carry; remove it",
                "content/site.yaml:3:7: YAML escape '\\v' writes U+000B (LINE TABULATION), which no page may carry; "
                        + "remove it",
                "3 errors, 0 warnings");
    }

    /**
     * The same characters written as character references would be decoded into every output
     * (found by fuzzing: {@code &#06;} reached the HTML); in code they are text and stay.
     */
    @Test
    void referencesToControlCharactersAreRefusedAtTheirPlace() throws Exception {
        var run = HostileSite.in(tmp)
                .article("a", "title: T\n", "One &#06; two.\n")
                .article("b", "title: T\n", "# Heading &#x1b;[31m\n")
                .article("c", "title: T\n", "Pay to &#X202e;evil.\n")
                .article("d", "title: T\n", "Lone &#xD800; half.\n")
                .article("e", "title: T\n", "In code `&#6;` and\n\n    &#x1B;\n\nfine: &#65; &#x1F600; &amp; &a12; &#0;\n")
                .check();
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:4:5: '&#06;' writes U+0006 (ACKNOWLEDGE), which no page may carry; remove it",
                "content/articles/b.md:4:11: '&#x1b;' writes U+001B (ESCAPE), which no page may carry; remove it",
                "content/articles/c.md:4:8: '&#X202e;' writes U+202E (RIGHT-TO-LEFT OVERRIDE), which no page may carry; "
                        + "remove it",
                "content/articles/d.md:4:6: '&#xD800;' writes U+D800 (HIGH SURROGATES D800), which no page may carry; remove it",
                "4 errors, 0 warnings");
    }

    @Test
    void bidiOverridesAreRemovedWithAWarning() throws Exception {
        var site = HostileSite.in(tmp).article("a", "title: T\n", "Pay to \u202Eevil\u202C now.\n");
        var run = site.build("--base-url", "https://example.org/");
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:4:8: warning: removed U+202E (RIGHT-TO-LEFT OVERRIDE): it makes text display "
                        + "in another order than it is read",
                "content/articles/a.md:4:13: warning: removed U+202C (POP DIRECTIONAL FORMATTING): it makes text "
                        + "display in another order than it is read",
                "0 errors, 2 warnings");
        assertThat(Files.readString(site.out.resolve("articles/a.html"))).contains("Pay to evil now.")
                .doesNotContain("\u202E");
    }

    /** Escape sequences in what a message quotes (here a file name) are printed as text. */
    @Test
    void terminalEscapesInMessagesArePrintedAsText() {
        var run = HostileSite.in(tmp).article("x\u001b[2J\u001b[31mred", "title: T\n", "Text.\n").check();
        assertThat(run.err()).doesNotContain("\u001b")
                .contains("content/articles/x\\u001B[2J\\u001B[31mred.md:1:1: slug 'x\\u001B[2J\\u001B[31mred' must be "
                        + "lowercase letters, digits and hyphens");
    }

    @Test
    void slugsThatCannotBeFileNamesEverywhere() {
        String longSlug = "a".repeat(242);
        var run = HostileSite.in(tmp)
                .article("con", "title: T\n", "Text.\n")
                .article("b", "title: T\nslug: nul\n", "Text.\n")
                .article("c", "title: T\nslug: Com1\n", "Text.\n")
                .article("d", "title: T\nslug: lpt9\n", "Text.\n")
                .article(longSlug, "title: T\n", "Text.\n")
                .people("- name: Aux\n- name: X\n  id: prn\n")
                .check();
        String reserved = " is a device name Windows reserves (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9): the site "
                + "could not be checked out there; choose another";
        assertThat(run.errLines()).containsExactly(
                "content/articles/" + longSlug + ".md:1:1: slug is 242 characters long; at most 241 fit in a file "
                        + "name with the longest ending the site adds ('.fragment.html')",
                "content/articles/b.md:3:7: slug 'nul'" + reserved,
                "content/articles/c.md:3:7: slug 'Com1' must be lowercase letters, digits and hyphens",
                "content/articles/con.md:1:1: slug 'con'" + reserved,
                "content/articles/d.md:3:7: slug 'lpt9'" + reserved,
                "content/people.yaml:1:3: warning: Aux (aux-1) is not mentioned in any article",
                "content/people.yaml:3:7: person id 'prn'" + reserved,
                "6 errors, 1 warning");
    }
}
