package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.preview.PreviewServer;
import dev.briefing.testing.Cli;
import dev.briefing.testing.Sites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles marked {@code draft: true}: left out of a normal build; with {@code --drafts} shown on
 * every page, labelled, kept from search engines, and still out of the feed, sitemap and newsletter.
 */
class DraftsTest {
    private static final String DRAFT = "articles/tide-tables.html";
    private static final String PUBLISHED = "articles/new-pier.html";

    @TempDir
    Path tmp;

    @Test
    void aNormalBuildLeavesDraftsOut() {
        Path out = tmp.resolve("out");
        Cli.Run run = build(content(), out);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out.resolve(PUBLISHED)).exists();
        assertThat(out.resolve(DRAFT)).doesNotExist();
        assertThat(Sites.page(out, "index.html").select(".card h3 a").eachAttr("href")).containsExactly(PUBLISHED);
        assertThat(Sites.page(out, "people/ada-pier.html").select("ol.article-refs li > a").eachAttr("href"))
                .containsExactly("../" + PUBLISHED);
    }

    @Test
    void thePeopleRegistryMayNameADraftInStatedIn() {
        Path content = content();
        Sites.write(content, "people.yaml", """
                - name: Ada Pier
                  roles:
                    - title: Harbour master
                      stated_in: [new-pier, tide-tables]
                """);
        Path out = tmp.resolve("out");
        Cli.Run run = build(content, out);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Sites.page(out, "people/ada-pier.html").select(".role-current a").eachAttr("href"))
                .containsExactly("../" + PUBLISHED);
        Sites.write(content, "people.yaml", "- name: Ada Pier\n  roles:\n    - title: Harbour master\n"
                + "      stated_in: [no-such-article]\n");
        assertThat(build(content, tmp.resolve("out2")).err()).contains(content.resolve("people.yaml")
                + ":3:7: unknown article 'no-such-article' in 'stated_in'");
    }

    @Test
    void withDraftsTheyAreShownLabelledAndKeptOutOfWhatIsSentOrIndexed() throws Exception {
        Path out = tmp.resolve("out");
        Cli.Run run = build(content(), out, "--drafts");
        assertThat(run.exit()).as(run.err()).isZero();

        Document draft = Sites.page(out, DRAFT);
        assertThat(draft.select(".draft-notice .draft-label").text()).isEqualTo("Draft");
        assertThat(draft.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        Document published = Sites.page(out, PUBLISHED);
        assertThat(published.select(".draft-label")).isEmpty();
        assertThat(published.select("meta[name=robots]")).isEmpty();

        Document home = Sites.page(out, "index.html");
        assertThat(home.select(".card h3 a").eachAttr("href")).containsExactly(PUBLISHED, DRAFT);
        assertThat(home.select(".card:has(a[href=" + DRAFT + "]) h3 .draft-label").text()).isEqualTo("Draft");
        assertThat(home.select(".card:has(a[href=" + PUBLISHED + "]) .draft-label")).isEmpty();
        Document person = Sites.page(out, "people/ada-pier.html");
        assertThat(person.select("ol.article-refs li > a").eachText())
                .containsExactly("A new pier for the north quay", "Tide tables move online");
        assertThat(person.select("ol.article-refs li:has(a[href=../" + DRAFT + "]) .draft-label").text()).isEqualTo("Draft");
        assertThat(person.select("ol.article-refs li:has(a[href=../" + PUBLISHED + "]) .draft-label")).isEmpty();

        assertThat(Files.readString(out.resolve("feed.xml"))).contains(PUBLISHED).doesNotContain("tide-tables");
        assertThat(Files.readString(out.resolve("sitemap.xml"))).contains(PUBLISHED).doesNotContain("tide-tables");
        assertThat(out.resolve("newsletter/new-pier.html")).exists();
        assertThat(out.resolve("newsletter/tide-tables.html")).doesNotExist();
        assertThat(Files.readString(out.resolve("newsletter/digest.html"))).doesNotContain("Tide tables");
    }

    @Test
    void serveWithDraftsShowsThem() throws Exception {
        Path content = content();
        StringWriter terminal = new StringWriter();
        PrintWriter printer = new PrintWriter(terminal, true);
        HttpClient http = HttpClient.newHttpClient();
        try (PreviewServer preview = PreviewServer.start(
                new PreviewServer.Options(content, tmp.resolve("none"), 0, true), printer, printer)) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(preview.url() + DRAFT)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(terminal.toString()).isEqualTo(200);
            assertThat(Jsoup.parse(page.body()).select(".draft-label").text()).isEqualTo("Draft");
        }
        try (PreviewServer preview = PreviewServer.start(
                new PreviewServer.Options(content, tmp.resolve("none"), 0), printer, printer)) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(preview.url() + DRAFT)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(404);
        }
    }

    private Path content() {
        Path content = tmp.resolve("content");
        Sites.write(content, "site.yaml", "title: Quay notes\nbase_url: https://example.org/quay/\n");
        Sites.write(content, "people.yaml", "- name: Ada Pier\n  description: Harbour master.\n");
        Sites.write(content, "articles/new-pier.md", """
                ---
                title: A new pier for the north quay
                date: 2026-04-02
                ---

                Ada Pier opened the new pier.
                """);
        Sites.write(content, "articles/tide-tables.md", """
                ---
                title: Tide tables move online
                date: 2026-04-01
                draft: true
                ---

                Ada Pier said the tables would be online by summer.
                """);
        return content;
    }

    private Cli.Run build(Path content, Path out, String... more) {
        String[] args = {"build", "--content", content.toString(), "--templates", tmp.resolve("none").toString(),
                "--out", out.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Cli.run(all);
    }
}
