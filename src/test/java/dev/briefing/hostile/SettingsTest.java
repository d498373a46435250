package dev.briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings and templates that could make the site run code, and data that went wrong silently. */
class SettingsTest {
    @TempDir
    Path tmp;

    @Test
    void urlSettingsAcceptOnlyWhatABrowserFetchesOrMails() {
        var run = HostileSite.in(tmp)
                .site("title: T\nbase_url: \"https://example.org/\\\"><script>alert(1)</script>\"\n"
                        + "unsubscribe_url: \"javascript:alert(document.cookie)\"\ncname: \"https://example.org/path\"\n")
                .article("a", "title: T\n", "Text.\n").check();
        assertThat(run.errLines()).containsExactly(
                "content/site.yaml:2:11: base URL must be an absolute http:// or https:// URL, got "
                        + "'https://example.org/\"><script>alert(1)</script>'",
                "content/site.yaml:3:18: unsubscribe_url must be an http://, https:// or mailto: URL, or a placeholder "
                        + "your mailing tool fills in ({{unsubscribe_url}}, *|UNSUB|*, <%name%>, %%name%%); got "
                        + "'javascript:alert(document.cookie)'",
                "content/site.yaml:4:8: cname must be a domain name such as briefing.example.org (no https:// and no "
                        + "path), got 'https://example.org/path'",
                "3 errors, 0 warnings");
    }

    @Test
    void unsubscribeLinksAMailingToolFillsIn() {
        for (String url : List.of("{{unsubscribe_url}}", "{{ unsubscribe }}", "*|UNSUB|*", "<%asm_group_unsubscribe_raw_url%>",
                "https://list.example.org/unsubscribe?id={{subscriber_id}}", "mailto:leave@example.org?subject=unsubscribe")) {
            var run = HostileSite.in(tmp).site("title: T\nunsubscribe_url: \"" + url + "\"\n")
                    .article("a", "title: T\n", "Text.\n").check("--base-url", "https://example.org/");
            assertThat(run.exit()).as(url + ": " + run.err()).isZero();
        }
        var run = HostileSite.in(tmp).site("title: T\nunsubscribe_url: \" jAvAsCrIpT:alert(1)\"\n")
                .article("a", "title: T\n", "Text.\n").check();
        assertThat(run.exit()).isEqualTo(1);
    }

    /** A template override is code from whoever wrote the branch: it must not start a process. */
    @Test
    void aTemplateCannotRunACommand() throws Exception {
        Path marker = tmp.resolve("ran");
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("index.ftlh"), "<p>Home</p>\n${\"freemarker.template.utility.Execute\"?new()("
                + "\"touch " + marker + "\")}\n");
        var run = HostileSite.in(tmp).article("a", "title: T\n", "Text.\n")
                .build("--templates", templates.toString(), "--base-url", "https://example.org/");
        assertThat(run.errLines()).containsExactly(
                "templates/index.ftlh:2:1: template error: Instantiating freemarker.template.utility.Execute is not "
                        + "allowed in the template for security reasons.",
                "1 error, 0 warnings",
                "Build failed; site-out was left as it was.");
        assertThat(marker).doesNotExist();
    }

    /**
     * Content errors, template syntax errors and email style-table errors in one run, each in the
     * templates folder given: the style table was read only when the newsletter was made, after
     * every other error was fixed, and never without a base URL.
     */
    @Test
    void templateAndStyleTableErrorsComeWithContentErrors() throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("theme/email"));
        Files.writeString(templates.resolve("styles.css"), "p { margin: 0; }\np { color: red; }\n");
        Files.writeString(tmp.resolve("theme/index.ftlh"), "<#if>\n");
        var run = HostileSite.in(tmp).article("a", "title: T\ndate: 2026-02-30\n", "Text.\n")
                .check("--templates", tmp.resolve("theme").toString());
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:3:7: invalid date '2026-02-30' in 'date': February 2026 has no day 30",
                "theme/email/styles.css:2:1: style 'p' is defined twice",
                "theme/index.ftlh:1:2: template syntax error: #if is an existing directive, but the tag is malformed.  "
                        + "(See FreeMarker Manual / Directive Reference.)",
                "3 errors, 0 warnings");
    }

    @Test
    void aBadDateInASourcesListIsAnError() {
        var run = HostileSite.in(tmp).article("a", "title: T\n",
                "Text.\n\nSources:\n\n- [A report](https://example.org/r) — Outlet (2026-02-30)\n").check();
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:8:47: invalid date '2026-02-30' in a source list item: February 2026 has no day 30",
                "1 error, 0 warnings");
    }

    /**
     * Without SOURCE_DATE_EPOCH the feed's time is the newest article date, not the clock, so two
     * builds of the same content give the same feed. The build runs in a JVM of its own: the test
     * JVM has the variable set.
     */
    @Test
    void theFeedTimeIsTheNewestContentDateNotTheClock() throws Exception {
        var site = HostileSite.in(tmp)
                .article("a", "title: Dated\ndate: 2026-05-19\n", "Text.\n")
                .article("b", "title: Month only\ndate: 2026-06\n", "Text.\n")
                .article("c", "title: Undated\n", "Text.\n");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.briefing.cli.BriefingCli", "build",
                "--content", site.content.toString(), "--out", site.out.toString(),
                "--base-url", "https://example.org/").redirectErrorStream(true)
                .redirectOutput(tmp.resolve("log").toFile());
        pb.environment().remove("SOURCE_DATE_EPOCH");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("log"))).isZero();

        String feed = Files.readString(site.out.resolve("feed.xml"));
        assertThat(feed.lines().map(String::strip).filter(l -> l.startsWith("<updated>")).toList()).containsExactly(
                "<updated>2026-06-01T00:00:00Z</updated>", // the feed: the newest date, June 2026
                "<updated>2026-06-01T00:00:00Z</updated>", // month only: the feed's time
                "<updated>2026-05-19T00:00:00Z</updated>", // the day it states
                "<updated>2026-06-01T00:00:00Z</updated>"); // undated, listed last: the feed's time
    }
}
