package dev.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.BriefingCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefing import} as a user runs it: exact errors for inputs that are not articles, the
 * notice when the title is made up, the help text, and every imported corpus case checking
 * cleanly as a site.
 */
class ImportCommandTest {
    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BriefingCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void missingFileIsAnErrorWithItsPath(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.txt");
        Run r = run("import", missing.toString(), "--out", dir.resolve("out").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(missing + ":1:1: no such file\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void folderEmptyBinaryAndNonUtf8FilesAreErrorsWithPositions(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), " \n\n");
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {'a', 'b', '\n', 'c', 0, 1, 2});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Title\nCaf\u00e9 opens.\n".getBytes(StandardCharsets.ISO_8859_1));
        Path utf16 = Files.write(dir.resolve("wide.txt"), "Title".getBytes(StandardCharsets.UTF_16));

        assertThat(run("import", dir.toString()).err()).isEqualTo(dir + ":1:1: is a folder, not a file to import\n");
        assertThat(run("import", empty.toString()).err()).isEqualTo(empty + ":1:1: the file is empty: nothing to import\n");
        assertThat(run("import", binary.toString()).err())
                .isEqualTo(binary + ":2:2: binary file (a NUL byte here): import plain text or a saved HTML page\n");
        assertThat(run("import", latin1.toString()).err())
                .isEqualTo(latin1 + ":2:4: not UTF-8 text (byte 0xE9 here): save the file as UTF-8 and import it again\n");
        assertThat(run("import", utf16.toString()).err())
                .isEqualTo(utf16 + ":1:1: UTF-16 text, not UTF-8: save the file as UTF-8 and import it again\n");
        assertThat(run("import", latin1.toString()).exit()).isEqualTo(1);
    }

    @Test
    void savedPageDeclaringItsCharsetIsReadInIt(@TempDir Path dir) throws IOException {
        String page = "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 reopens</title></head>"
                + "<body><h1>Caf\u00e9 reopens</h1><p>The caf\u00e9 on the square reopened on Monday after a long repair.</p>"
                + "</body></html>";
        Path file = Files.write(dir.resolve("cafe.html"), page.getBytes("windows-1252"));

        Run r = run("import", file.toString(), "--out", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("cafe-reopens.md"))).contains("title: \"Caf\u00e9 reopens\"")
                .contains("The caf\u00e9 on the square reopened");
    }

    @Test
    void textWithoutATitleLineIsTitledFromItsFileNameWithANotice(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("harbour-dredging_plan.txt"),
                "The dredgers arrived on Monday.\n\nThey will work through the winter, the harbour board said, and "
                        + "the channel will reopen to large ships in March.\n");

        Run r = run("import", file.toString(), "--out", dir.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEqualTo(file + ": notice: no title line found; the title is made from the file name: "
                + "\"Harbour dredging plan\" (give another with --title)\n" + file + ": no sources found\n");
        assertThat(Files.readString(dir.resolve("harbour-dredging-plan.md"))).startsWith(
                "---\ntitle: \"Harbour dredging plan\"\n---\n\nThe dredgers arrived on Monday.\n\nThey will work");
    }

    @Test
    void aNoticeCannotDriveTheTerminal(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "The dredgers arrived on Monday, the board said.\n");

        Run r = run("import", file.toString(), "--out", dir.toString(), "--slug", "dredging", "--title",
                "Dredging \u001B[2J\u202Estarts");

        assertThat(r.err()).startsWith(file + ": notice: no title line found; the title is --title: \"Dredging ")
                .doesNotContain("\u001B").doesNotContain("\u202E");
    }

    @Test
    void titleOptionTitlesTextWithoutATitleLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "The dredgers arrived on Monday, the board said.\n");

        Run r = run("import", file.toString(), "--out", dir.toString(), "--title", "Dredging starts");

        assertThat(r.err()).isEqualTo(file + ": notice: no title line found; the title is --title: \"Dredging starts\"\n"
                + file + ": no sources found\n");
        assertThat(Files.readString(dir.resolve("dredging-starts.md")))
                .isEqualTo("---\ntitle: \"Dredging starts\"\n---\n\nThe dredgers arrived on Monday, the board said.\n");
    }

    /**
     * A saved page citing works four ways: a Sources list, a note, a link in a sentence and a report
     * stated without a link. Each is reported at the page's line and column where its text starts,
     * in front matter order, with only the facts the page gives; standard output is still the path.
     */
    @Test
    void savedPageReportsEachSourceFoundWithItsPlaceAndHowItWasFound(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("tram.html"), """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Tram line extension approved</title></head>
                <body>
                <article>
                  <h1>Tram line extension approved</h1>
                  <p>The council approved the eastern tram extension on Tuesday, according to a report by the Riverside Courier,
                    after two years of consultation with residents and traders along the route.</p>
                  <p>Planners relied on the <a href="https://transit.example.org/eastern-corridor">Transit Board&rsquo;s Eastern
                    Corridor Review</a>, which found that journeys would be twelve minutes shorter, and costs had been checked
                    by an independent panel.</p>
                  <p>Construction is due to start next spring, and the first trams should run within three years of that.</p>
                  <h2>Sources</h2>
                  <ul>
                    <li><a href="https://stats.example.org/ridership-2025">Ridership Figures 2025</a> — City Statistics Office, 2025-06</li>
                    <li>Traders&rsquo; Survey — Eastside Business Guild</li>
                  </ul>
                  <h2>Notes</h2>
                  <p>[1] Mara Quint, &ldquo;Trams and the Eastern Suburbs,&rdquo; Urban Review, March 2024, https://review.example.org/trams</p>
                </article>
                </body>
                </html>
                """);

        Run r = run("import", page.toString(), "--out", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(dir.resolve("tram-line-extension-approved.md") + "\n");
        assertThat(r.err()).isEqualTo(page + ":15:60: source (source list): title \"Ridership Figures 2025\", "
                + "publisher \"City Statistics Office\", date 2025-06, url https://stats.example.org/ridership-2025\n"
                + page + ":16:9: source (source list): title \"Traders’ Survey\", publisher \"Eastside Business Guild\"\n"
                + page + ":19:10: source (footnote): title \"Trams and the Eastern Suburbs\", author \"Mara Quint\", "
                + "publisher \"Urban Review\", date 2024-03, url https://review.example.org/trams\n"
                + page + ":7:66: source (stated in text): title \"Report\", publisher \"Riverside Courier\"\n"
                + page + ":9:84: source (link): title \"Eastern Corridor Review\", publisher \"Transit Board\", "
                + "url https://transit.example.org/eastern-corridor\n");
        assertThat(Files.readString(dir.resolve("tram-line-extension-approved.md"))).contains("""
                  - title: "Trams and the Eastern Suburbs"
                    author: "Mara Quint"
                    publisher: "Urban Review"
                    date: 2024-03
                    url: "https://review.example.org/trams"
                """);
    }

    /** Copied text: each source at its line and the column its words start at, list markers and note numbers skipped. */
    @Test
    void copiedTextReportsEachSourceAtItsLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ferry.txt"), """
                Ferry fares rise for the third year

                The harbour ferry will cost more from March, according to a report by the Millford Times.
                The rise was first reported by the Harbour Gazette, and the operator said in a regulatory filing that fuel had doubled.

                Sources
                • Fuel Prices 2024 — Valley Energy Board, 2024-11 https://energy.example.org/fuel
                • Harbour Traffic Count — Port Office

                Notes
                [1] Harbour Trust, “Annual Ferry Review,” October 2024, https://trust.example.org/review
                """);

        Run r = run("import", file.toString(), "--out", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo(file + ":7:3: source (source list): title \"Fuel Prices 2024\", "
                + "publisher \"Valley Energy Board\", date 2024-11, url https://energy.example.org/fuel\n"
                + file + ":8:3: source (source list): title \"Harbour Traffic Count\", publisher \"Port Office\"\n"
                + file + ":11:5: source (footnote): title \"Annual Ferry Review\", publisher \"Harbour Trust\", "
                + "date 2024-10, url https://trust.example.org/review\n"
                + file + ":3:46: source (stated in text): title \"Report\", publisher \"Millford Times\"\n"
                + file + ":4:14: source (stated in text): title \"Report\", publisher \"Harbour Gazette\"\n"
                + file + ":4:75: source (stated in text): title \"Regulatory filing\"\n");
    }

    @Test
    void helpDocumentsWhatImportDoes() {
        Run r = run("import", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--title=TITLE", "--slug=SLUG", "--out=DIR", "--force", "word for word",
                "JSON-LD", "Readability", "By A and B", "made from the file name", "UTF-8");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("Standard error has one line for each source found",
                "path:line:column of the input", "(source list, footnote, link, stated in text)", "no sources found");
    }

    /**
     * A page whose title and text hold control characters, as themselves or as character
     * references: the title was written with YAML escapes ({@code "\e[31m"}) that reached every
     * output and made feed.xml unreadable. The imported file holds none and builds without a word.
     */
    @Test
    void controlCharactersOfThePageAreNotImported(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>Rates\u001b[31m rise&#11;again"
                + "</title></head><body><article><h1>Rates\u001b[31m rise&#11;again</h1><p>Markets moved \u001b[2J "
                + "today&#27; as the bank\u000b raised rates by half a point, its third rise this year.</p><p>The bank "
                + "said more rises would follow if prices kept climbing through the summer months.</p></article>"
                + "</body></html>");
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), "title: Imported\nbase_url: https://briefing.example.org/\n");

        Run imported = run("import", page.toString(), "--out", content.resolve("articles").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        String file;
        try (Stream<Path> files = Files.list(content.resolve("articles"))) {
            file = Files.readString(files.findFirst().orElseThrow());
        }
        assertThat(file).startsWith("---\ntitle: \"Rates[31m rise again\"\n").doesNotContain("\\e", "\\v", "\u001b",
                "\u000b");

        Run build = run("build", "--content", content.toString(), "--out", dir.resolve("site").toString());
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.err()).isEmpty();
        new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(
                Files.readString(dir.resolve("site/feed.xml"))));
    }

    /** Every corpus case, imported into one content folder, checks without errors. */
    @Test
    void importedCorpusChecksCleanlyAsASite(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Path articles = content.resolve("articles");
        Files.createDirectories(articles);
        Files.writeString(content.resolve("site.yaml"), "title: Imported\nbase_url: https://briefing.example.org/\n");
        Files.writeString(content.resolve("people.yaml"), "[]\n");
        int cases = 0;
        try (Stream<String> names = ImportCorpusTest.cases()) {
            for (String name : names.toList()) {
                assertThat(ImportCorpusTest.importCase(ImportCorpusTest.CORPUS.resolve(name), articles).exit()).isZero();
                cases++;
            }
        }

        Run check = run("check", "--content", content.toString(), "--out", dir.resolve("site").toString());

        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.err()).contains("0 errors");
        assertThat(check.err().lines().filter(l -> l.contains(".md:") && !l.contains(": warning: ")))
                .as("errors").isEmpty();
        assertThat(check.err().lines().filter(l -> l.contains("renders differently")))
                .as("blocks CommonMark renders differently").isEmpty();
        assertThat(check.out()).startsWith("Checked " + cases + " articles, 0 people, ");
    }
}
