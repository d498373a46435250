package dev.briefing.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.BriefingCli;
import dev.briefing.errors.Problems;
import dev.briefing.load.Content;
import dev.briefing.load.ContentLoader;
import dev.briefing.model.Person;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing people suggest}: the YAML it prints, and --append keeping the registry's text. */
class PeopleSuggestCommandTest {
    private static final String REGISTRY = """
            # The registry. This comment and the layout below must survive --append.
            - id: ingrid-solberg
              name: Ingrid Solberg   # chief executive
            """;

    private static final String ARTICLE = """
            ---
            title: "Fjordline picks a supplier"
            ---

            Ingrid Solberg signed the contract. Chief Technology Officer Anders Vikberg said the cells would come
            from Gothenburg; Priya Raghavan, chief operating officer of Norrsken Cells, agreed.

            Former Acme engineer Tadek Wisniak: "Ambitious." Vikberg disagreed, and Kevin O'Dowd: said "no".
            """;

    @TempDir
    Path dir;

    @Test
    void printsRegistryEntriesWithRolesAsStated() throws Exception {
        Path content = site();
        Run run = cli("people", "suggest", "--content", content.toString());
        Path a = content.resolve("articles/supplier.md");
        assertThat(run.code).isZero();
        assertThat(run.out).isEqualTo("""
                # Suggested: 2 mentions in 1 article, first at %1$s:5:62
                - id: anders-vikberg
                  name: Anders Vikberg
                  roles:
                    - title: Chief Technology Officer
                      stated_in: [supplier]

                # Suggested: 1 mention in 1 article, first at %1$s:6:18
                - id: priya-raghavan
                  name: Priya Raghavan
                  roles:
                    - title: chief operating officer
                      organization: Norrsken Cells
                      stated_in: [supplier]

                # Suggested: 1 mention in 1 article, first at %1$s:8:22
                - id: tadek-wisniak
                  name: Tadek Wisniak
                  roles:
                    - title: engineer
                      organization: Acme
                      current: false
                      stated_in: [supplier]

                # Suggested: 1 mention in 1 article, first at %1$s:8:73
                - id: kevin-odowd
                  name: Kevin O'Dowd
                """.formatted(a));
        assertThat(run.err).isEqualTo("4 people not in the registry.\n");
    }

    @Test
    void appendKeepsTheRegistryTextAndTheResultLoads() throws Exception {
        Path content = site();
        Run run = cli("people", "suggest", "--append", "--content", content.toString());
        assertThat(run.code).isZero();
        assertThat(run.out).isEqualTo("Appended 4 people to " + content.resolve("people.yaml") + ".\n");
        String after = Files.readString(content.resolve("people.yaml"));
        assertThat(after).startsWith(REGISTRY + "\n# Suggested: ");
        Problems problems = new Problems();
        Content loaded = ContentLoader.load(content, problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(loaded.people()).extracting(Person::name)
                .containsExactly("Ingrid Solberg", "Anders Vikberg", "Priya Raghavan", "Tadek Wisniak", "Kevin O'Dowd");
        assertThat(loaded.people().get(3).roles().get(0).current()).isFalse();
        // Once accepted, nobody is left to suggest, and check no longer warns about them.
        assertThat(cli("people", "suggest", "--content", content.toString()).out).isEmpty();
    }

    @Test
    void namesThatNeedQuotingRoundTrip() throws Exception {
        for (String name : new String[] {"Yes No", "Jane: Doe", "Jane #1", "\"Quoted\" Name", "null", "O’Brien-Ní Dhuibhir"}) {
            String yaml = "- name: " + SuggestionYaml.scalar(name) + "\n";
            Path file = dir.resolve("c" + Math.abs(name.hashCode()));
            Files.createDirectories(file.resolve("articles"));
            Files.writeString(file.resolve("site.yaml"), "title: T\n");
            Files.writeString(file.resolve("people.yaml"), yaml);
            Problems problems = new Problems();
            assertThat(ContentLoader.load(file, problems).people()).extracting(Person::name).containsExactly(name);
        }
    }

    @Test
    void invalidContentIsReportedWithPositions() throws Exception {
        Path content = site();
        Files.writeString(content.resolve("site.yaml"), "title: T\ntitel: typo\n");
        Run run = cli("people", "suggest", "--content", content.toString());
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).startsWith(content.resolve("site.yaml") + ":2:1: unknown field 'titel'");
    }

    @Test
    void helpDescribesTheCommand() {
        Run run = cli("people", "suggest", "--help");
        assertThat(run.code).isZero();
        assertThat(run.out).contains("Usage: briefing people suggest", "--append", "--content=DIR");
    }

    private Path site() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yaml"), "title: Test\n");
        Files.writeString(content.resolve("people.yaml"), REGISTRY);
        Files.writeString(content.resolve("articles/supplier.md"), ARTICLE);
        return content;
    }

    private record Run(int code, String out, String err) {}

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BriefingCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

}
