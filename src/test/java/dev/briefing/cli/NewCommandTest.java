package dev.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.scaffold.SiteScaffold;
import dev.briefing.testing.Cli;
import dev.briefing.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing new DIR}, then {@code briefing build} inside it, as a new user would. */
class NewCommandTest {
    private static final String ARTICLE = "articles/harbour-ferry-goes-electric.html";

    @TempDir
    Path tmp;

    @Test
    void makesASiteThatBuildsAtOnce() throws Exception {
        Path dir = tmp.resolve("harbour-news");
        Cli.Run made = Cli.run("new", dir.toString());

        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(made.err()).isEmpty();
        assertThat(made.out()).startsWith("Created a site in " + dir + ":\n"
                + "  content/site.yaml\n  content/people.yaml\n  content/articles/harbour-ferry-goes-electric.md\n"
                + "  .gitignore\n  .github/workflows/pages.yml\n  README.md\n");
        // Tests run from compiled classes, not from the jar: the user is told to add one.
        assertThat(made.out()).contains("note: not running from briefing.jar, so none was copied; put one at "
                + dir.resolve(SiteScaffold.JAR));
        assertThat(Files.readString(dir.resolve(".gitignore")).lines()).contains("/site-out/", "/.site-out.*", "/.briefing-cache/");
        assertThat(Files.readString(dir.resolve(".github/workflows/pages.yml")))
                .contains("java -jar .briefing/briefing.jar build --base-url \"${{ steps.pages.outputs.base_url }}/\"")
                .contains("actions/deploy-pages@v4");

        // Inside the folder, `briefing build` uses the defaults: content/, templates/, site-out/.
        Path out = dir.resolve("site-out");
        Cli.Run built = Cli.run("build", "--content", dir.resolve("content").toString(),
                "--templates", dir.resolve("templates").toString(), "--out", out.toString());
        assertThat(built.exit()).as(built.err()).isZero();
        // No warning at all; a note that the feed and newsletter wait for a base URL (the Pages workflow passes one).
        assertThat(built.err()).isEmpty();
        assertThat(built.out()).contains("note: No base URL");

        Document home = Sites.page(out, "index.html");
        assertThat(home.select("h1").text()).isEqualTo("Harbour news");
        assertThat(home.select(".article-list .card h3 a").eachAttr("href")).containsExactly(ARTICLE);
        assertThat(home.select(".people-grid a").eachText()).containsExactly("Ines Calder");

        Document article = Sites.page(out, ARTICLE);
        assertThat(article.select("h1").text()).isEqualTo("The harbour ferry will run on batteries from next spring");
        assertThat(article.select(".body a[href='../people/ines-calder.html']").text()).isEqualTo("Ines Calder");
        assertThat(article.select(".citations li").text()).contains("Electric ferry plan, presented to the harbour board");
        assertThat(article.select(".draft-label")).isEmpty();

        Document person = Sites.page(out, "people/ines-calder.html");
        assertThat(person.select("h1").text()).isEqualTo("Ines Calder");
        assertThat(person.select(".role-title").eachText()).containsExactly("Chief engineer");
        assertThat(Files.exists(out.resolve("organizations/northbay-ferries.html"))).isTrue();

        assertThat(Cli.run("check", "--content", dir.resolve("content").toString()).exit()).isZero();
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(dir.resolve("notes.txt"), "keep me");

        Cli.Run run = Cli.run("new", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("briefing new: " + dir + " is not empty: choose a new folder, or an empty one\n");
        assertThat(run.out()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("notes.txt");
        }
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertThat(Cli.run("new", file.toString()).err())
                .isEqualTo("briefing new: " + file + " exists and is not a folder\n");
    }

    @Test
    void anEmptyFolderIsFineAndAnyTitleStaysText() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        String title = "Ports: \"ferries\" & tides \\ #1 {{x}}";

        assertThat(Cli.run("new", dir.toString(), "--title", title).exit()).isZero();

        Path out = tmp.resolve("out");
        Cli.Run built = Cli.run("build", "--content", dir.resolve("content").toString(), "--out", out.toString());
        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(Sites.page(out, "index.html").select("h1").text()).isEqualTo(title);
        assertThat(Files.readString(dir.resolve("README.md"))).startsWith("# " + title + "\n");
    }

    @Test
    void titleComesFromTheFolderName() {
        assertThat(SiteScaffold.titleFor(Path.of("some/where/my-first_briefing"))).isEqualTo("My first briefing");
        assertThat(SiteScaffold.titleFor(Path.of("site"))).isEqualTo("Site");
    }
}
