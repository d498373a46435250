package dev.briefing.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.testing.Cli;
import dev.briefing.errors.BuildFailedException;
import dev.briefing.errors.Problem;
import dev.briefing.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Newsletter builds of small sites written in the test: body conversions, notices and limits. */
class NewsletterFixtureTest {
    static final String BASE = "https://news.example.com/b/";

    @TempDir
    Path tmp;

    Path content() throws IOException {
        Path c = tmp.resolve("content");
        Files.createDirectories(c.resolve("articles"));
        Files.writeString(c.resolve("site.yaml"), """
                title: "Test briefing"
                description: "Intro of the test briefing."
                unsubscribe_url: "*|UNSUB|*"
                """);
        Files.writeString(c.resolve("people.yaml"), """
                - id: ada-lovelace
                  name: Ada Lovelace
                  description: Mathematician.
                  roles:
                    - title: Analyst
                      organization: Engines Ltd
                      stated_in: [engines]
                """);
        Files.writeString(c.resolve("articles/engines.md"), """
                ---
                title: "Engines & <things>"
                date: 2026-01-02
                summary: "A summary with <b>markup</b>."
                url: "https://origin.example.net/engines"
                sources:
                  - title: "The original report"
                    publisher: "Gazette"
                    url: "https://gazette.example.net/report"
                ---

                Ada Lovelace wrote notes. See [the section](#later), [the other](other.md) and
                [a page](../people/index.html). <script>alert(1)</script>

                ![A diagram](https://images.example.net/diagram.png)

                > Quoted *words* and `code`.

                1. first
                   - nested item with [a link](https://example.net/x)
                2. second

                | a | b |
                |---|---|
                | 1 | 2 |

                ## Later

                Lovelace again.
                """);
        Files.writeString(c.resolve("articles/other.md"), """
                ---
                title: "Other"
                ---

                The other article has no summary, so its first paragraph stands in for one.
                """);
        return c;
    }

    SiteBuilder.Result build(Path content, Optional<String> base, Path templates) throws BuildFailedException {
        return new SiteBuilder().build(new SiteBuilder.Options(content, templates, tmp.resolve("out"), base, true));
    }

    @Test
    void bodyLinksBecomeAbsoluteAndImagesWithoutSizeBecomeLinks() throws Exception {
        build(content(), Optional.of(BASE), tmp.resolve("no-templates"));
        Document doc = Jsoup.parse(tmp.resolve("out/newsletter/engines.html").toFile(), "UTF-8");
        assertThat(doc.select("a:containsOwn(the section)").attr("href")).isEqualTo(BASE + "articles/engines.html#later");
        assertThat(doc.select("a:containsOwn(the other)").attr("href")).isEqualTo(BASE + "articles/other.html");
        assertThat(doc.select("a:containsOwn(a page)").attr("href")).isEqualTo(BASE + "people/index.html");
        assertThat(doc.select("a:containsOwn(Ada Lovelace)").first().attr("href"))
                .isEqualTo(BASE + "people/ada-lovelace.html");
        assertThat(doc.select("img")).isEmpty();
        // An image from another site has no known size: it becomes a link (sized ones stay images).
        assertThat(doc.select("a:containsOwn(Image: A diagram)").attr("href"))
                .isEqualTo("https://images.example.net/diagram.png");
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.text()).contains("<script>alert(1)</script>", "Engines & <things>", "<b>markup</b>");
        assertThat(doc.select("a:containsOwn(https://origin.example.net/engines)")).hasSize(1);
        assertThat(doc.select("li:has(a[href=https://gazette.example.net/report])").text())
                .isEqualTo("The original report. (n.d.). Gazette. https://gazette.example.net/report View source");
        assertThat(doc.select("a[href=*|UNSUB|*]")).hasSize(1);
        // On the site the citation's own URL is a link; in the email the link follows the citation.
        Document bibliography = Jsoup.parse(tmp.resolve("out/bibliography.html").toFile(), "UTF-8");
        assertThat(bibliography.select(".csl-entry a[href=https://gazette.example.net/report]")).hasSize(1);
        assertThat(doc.select("[class], [id], [data-person]")).isEmpty();
        for (String tag : new String[] {"blockquote", "ol", "ul", "li", "em", "code", "table", "th", "td", "h2"}) {
            assertThat(doc.select("td td " + tag + ", td " + tag).first().attr("style")).as(tag).isNotBlank();
        }
        Document other = Jsoup.parse(tmp.resolve("out/newsletter/other.html").toFile(), "UTF-8");
        assertThat(other.body().child(0).text()).startsWith("The other article has no summary");
    }

    /** Emails cite in the site's citation style, as the bibliography does, in HTML and in plain text. */
    @Test
    void emailsCiteInTheSitesCitationStyle() throws Exception {
        Path content = content();
        Files.writeString(content.resolve("site.yaml"), "citation_style: modern-language-association\n",
                StandardOpenOption.APPEND);
        build(content, Optional.of(BASE), tmp.resolve("no-templates"));
        String mla = "“The Original Report.” Gazette, https://gazette.example.net/report.";
        Document bibliography = Jsoup.parse(tmp.resolve("out/bibliography.html").toFile(), "UTF-8");
        assertThat(bibliography.expectFirst("li:has(a[href=https://gazette.example.net/report]) .csl-entry").text())
                .isEqualTo(mla);
        Document email = Jsoup.parse(tmp.resolve("out/newsletter/engines.html").toFile(), "UTF-8");
        assertThat(email.select("li:has(a[href=https://gazette.example.net/report])").text())
                .isEqualTo(mla + " View source");
        assertThat(Files.readString(tmp.resolve("out/newsletter/engines.txt")).replaceAll("\\s+", " "))
                .contains("1. “The Original Report.” Gazette, https://gazette.example.net/report.");
    }

    @Test
    void plainTextKeepsStructureAndNumbersEveryLink() throws Exception {
        build(content(), Optional.of(BASE), tmp.resolve("no-templates"));
        String text = Files.readString(tmp.resolve("out/newsletter/engines.txt"));
        assertThat(text).contains(
                "Engines & <things>\n==================",
                "A summary with <b>markup</b>.",
                "Ada Lovelace [3] wrote notes. See the section [4], the other [5] and\na page [6].",
                "Image: A diagram [7]",
                "> Quoted words and code.",
                "1. first\n   - nested item with a link [8]\n2. second",
                "a | b\n1 | 2",
                "Later\n-----",
                "Originally published at https://origin.example.net/engines [9]",
                "- Ada Lovelace [3]: Analyst, Engines Ltd",
                "1. The original report. (n.d.). Gazette.\n   https://gazette.example.net/report [10]",
                "Unsubscribe [11]",
                "[4] " + BASE + "articles/engines.html#later\n",
                "[11] *|UNSUB|*\n");
    }

    @Test
    void withoutBaseUrlTheNewsletterIsLeftOutAndTheBuildSaysWhy() throws Exception {
        Path content = content();
        SiteBuilder.Result result = build(content, Optional.empty(), tmp.resolve("no-templates"));
        assertThat(tmp.resolve("out/index.html")).exists();
        assertThat(tmp.resolve("out/newsletter")).doesNotExist();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.notices()).singleElement().asString().startsWith("No base URL")
                .contains("the newsletter (newsletter/)");
    }

    /** A missing base URL is a choice (a site read from disk), not a warning: --strict still builds. */
    @Test
    void withoutBaseUrlStrictBuildStillBuildsAndSaysWhatItLeftOut() throws Exception {
        Path content = content();
        Path out = tmp.resolve("strict-out");
        Cli.Run run = Cli.run("build", "--strict", "--content", content.toString(),
                "--templates", tmp.resolve("none").toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("newsletter")).doesNotExist();
        assertThat(run.out()).contains("note: No base URL", "the newsletter (newsletter/)");
    }

    @Test
    void anEmailOverGmailsClipSizeIsWarnedWithItsSize() throws Exception {
        Path content = content();
        Files.writeString(content.resolve("articles/long.md"), "---\ntitle: Long\n---\n\n"
                + "Many words to fill the email past the clip size.\n\n".repeat(2500));
        SiteBuilder.Result result = build(content, Optional.of(BASE), tmp.resolve("no-templates"));
        long size = Files.size(tmp.resolve("out/newsletter/long.html"));
        assertThat(size).isGreaterThan(Newsletter.GMAIL_CLIP_BYTES);
        assertThat(result.warnings()).extracting(Problem::format).containsExactly(String.format(
                java.util.Locale.ROOT, "newsletter/long.html:1:1: warning: email is %.1f KB; Gmail clips messages over 102 KB",
                size / 1024.0));
    }

    @Test
    void theSitesTemplatesFolderCanReplaceTheStyleTable() throws Exception {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("email"));
        String table = Files.readString(Path.of("templates", EmailStyles.FILE))
                .replaceFirst("(?m)^p \\{[^}]*}", "p { margin: 0; color: #222222; }");
        Files.writeString(templates.resolve(EmailStyles.FILE), table);
        build(content(), Optional.of(BASE), templates);
        Document doc = Jsoup.parse(tmp.resolve("out/newsletter/engines.html").toFile(), "UTF-8");
        assertThat(doc.select("a:containsOwn(Ada Lovelace)").first().parent().attr("style"))
                .isEqualTo("margin:0;color:#222222");
    }

    @Test
    void aBrokenStyleTableIsReportedWithItsPosition() throws Exception {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("email"));
        Files.writeString(templates.resolve(EmailStyles.FILE), "/* c */\np { margin 0; }\np { color: red; }\n}\n");
        assertThatThrownBy(() -> build(content(), Optional.of(BASE), templates))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(e.problems())
                        .extracting(Problem::format).containsExactly(
                                templates.resolve(EmailStyles.FILE) + ":2:5: expected 'property: value' in the email style table, got 'margin 0'",
                                templates.resolve(EmailStyles.FILE) + ":3:1: style 'p' is defined twice",
                                templates.resolve(EmailStyles.FILE) + ":4:1: expected a rule like 'p { margin: 0; }' in the email style table"));
    }
}
