package dev.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.testing.Cli;
import dev.briefing.testing.Sites;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} says how many works the articles cite and how many lack a URL or a date;
 * {@code check --sources} lists each with its facts and every place that cites it, as text or JSON,
 * in site order (newest article first).
 */
class CheckSourcesTest {
    @TempDir
    Path tmp;

    Path content;
    Path ferries;
    Path tolls;

    @BeforeEach
    void site() {
        content = tmp.resolve("content");
        Sites.write(content, "site.yaml", "title: Harbour briefing\n");
        Sites.write(content, "people.yaml", "[]\n");
        ferries = Sites.write(content, "articles/ferries.md", """
                ---
                title: Ferry fares rise
                date: 2026-03-02
                sources:
                  - title: "Fuel Prices 2024"
                    publisher: Valley Energy Board
                    date: 2024-11
                    url: https://energy.example.org/fuel
                  - title: Report
                    id: report-millford-times
                    publisher: Millford Times
                ---

                The ferry will cost more from March.
                """);
        tolls = Sites.write(content, "articles/tolls.md", """
                ---
                title: Bridge tolls frozen
                date: 2026-03-09
                ---

                The bridge tolls stay as they are this year.

                ## Sources

                - [Fuel Prices 2024](https://energy.example.org/fuel) — Valley Energy Board
                - [Traffic Count](https://port.example.org/count) — Port Office
                - [Ferry fares rise](ferries.md)
                """);
    }

    private Cli.Run check(String... more) {
        String[] args = new String[more.length + 5];
        args[0] = "check";
        args[1] = "--content";
        args[2] = content.toString();
        args[3] = "--templates";
        args[4] = tmp.resolve("none").toString();
        System.arraycopy(more, 0, args, 5, more.length);
        return Cli.run(args);
    }

    @Test
    void checkCountsTheCitedWorksAndSaysHowToListThem() {
        Cli.Run run = check();

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Checked 2 articles, 0 people, 5 sources: no errors; 0 blocks render "
                + "differently in CommonMark.\n"
                + "4 cited works (1 without a URL, 2 without a date): --sources lists them, with the articles citing "
                + "each (--sources=json as JSON).\n");
        assertThat(run.err()).isEqualTo(ferries + ":9:5: warning: source has no URL\n0 errors, 1 warning\n");
    }

    @Test
    void sourcesListsEveryWorkWithItsFactsAndEachPlaceThatCitesIt() {
        Cli.Run run = check("--sources");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                fuel-prices-2024: title "Fuel Prices 2024", publisher "Valley Energy Board", date 2024-11, url https://energy.example.org/fuel
                  %2$s:10:3: Sources list
                  %1$s:5:5: front matter
                traffic-count: title "Traffic Count", publisher "Port Office", url https://port.example.org/count (no date)
                  %2$s:11:3: Sources list
                report-millford-times: title "Report", publisher "Millford Times" (no URL, no date)
                  %1$s:9:5: front matter
                ferries: title "Ferry fares rise", publisher "Harbour briefing", date 2026-03-02 (an article of this briefing)
                  %2$s:12:3: Sources list
                Checked 2 articles, 0 people, 5 sources: no errors; 0 blocks render differently in CommonMark.
                4 cited works (1 without a URL, 2 without a date).
                """.formatted(ferries, tolls));
    }

    @Test
    void sourcesAsJsonPutsOnlyJsonOnStandardOutput() throws Exception {
        Cli.Run run = check("--sources=json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode sources = new ObjectMapper().readTree(run.out()).get("sources");
        assertThat(sources).hasSize(4);
        assertThat(sources.get(2).toString()).isEqualTo("{\"id\":\"report-millford-times\",\"title\":\"Report\","
                + "\"publisher\":\"Millford Times\",\"missing\":[\"url\",\"date\"],\"citations\":[{\"article\":\"ferries\","
                + "\"path\":\"" + ferries + "\",\"line\":9,\"column\":5,\"in\":\"front matter\"}]}");
        assertThat(sources.get(0).get("citations").get(0).toString()).isEqualTo("{\"article\":\"tolls\",\"path\":\""
                + tolls + "\",\"line\":10,\"column\":3,\"in\":\"Sources list\"}");
        assertThat(sources.get(3).get("article").asText()).isEqualTo("ferries");
        assertThat(sources.get(3).get("missing")).isEmpty();
        assertThat(run.err()).endsWith("0 errors, 1 warning\nChecked 2 articles, 0 people, 5 sources: no errors; "
                + "0 blocks render differently in CommonMark.\n4 cited works (1 without a URL, 2 without a date).\n");
    }

    @Test
    void aSiteCitingNothingSaysSoWithoutAHint() {
        Sites.write(content, "articles/ferries.md", "---\ntitle: Ferry fares rise\n---\n\nThe ferry will cost more.\n");
        Sites.write(content, "articles/tolls.md", "---\ntitle: Bridge tolls frozen\n---\n\nThe tolls stay.\n");

        Cli.Run run = check();

        assertThat(run.out()).endsWith(" sources: no errors; 0 blocks render differently in CommonMark.\n0 cited works.\n");
        assertThat(check("--sources").out()).startsWith("Checked 2 articles");
    }

    @Test
    void strictStillListsTheWorksBeforeFailingOnTheWarnings() {
        Cli.Run run = check("--sources", "--strict");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("fuel-prices-2024: ").doesNotContain("Checked");
        assertThat(run.err()).endsWith("0 errors, 1 warning\n--strict: warnings count as errors.\n");
    }

    @Test
    void helpDescribesTheListAndItsFormats() {
        Cli.Run run = Cli.run("check", "--help");

        assertThat(run.out().replaceAll("\\s+", " ")).contains("--sources[=FORMAT]", "FORMAT: text, json (default: text)",
                "\"no URL\", \"no date\" when missing", "each place an article cites it (path:line: column)");
    }
}
