package dev.briefing.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.testing.Cli;
import dev.briefing.errors.BuildFailedException;
import dev.briefing.errors.Problem;
import dev.briefing.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleChecksTest {
    private static final String PEOPLE = """
            - id: jane-doe
              name: Jane Doe
              aliases: [J. Doe]
              roles:
                - title: Chief Scientist
                  organization: Acme Labs
                  stated_in: [a]
            - id: john-roe
              name: John Roe
              aliases: [J. Doe]
            - id: mary-major
              name: Mary Major
            """;

    private static final String ARTICLE = """
            ---
            title: A
            sources:
              - title: Report
                publisher: Daily Planet
                url: https://example.com/report
            ---

            Jane Doe met Sam Altman in Silicon Valley. The Acme Labs team and the Daily Planet
            reporters spoke to Jane Doe's friend Ada
            Lovelace, not to John Roe.

            Yesterday Grace Hopper said "Hello World" — and the Hopper Prize went to Alan Turing.
            Later Alan Turing left. Acme Labs Chief Scientist Jane Doe spoke to the Acme Labs board.

            ## A Heading With Many Capitals Like Ada Lovelace

            - Automated Hyperparameter Tuning: a title-case label is not a name.
            - Bob Smith: a short label is a name.

            `Linus Torvalds` in code, [Ken Thompson](https://example.com) in a link, *Barbara Liskov* in emphasis.
            """;

    @TempDir
    Path dir;

    @Test
    void reportsNamesNotInTheRegistryUnmentionedPeopleAndSharedAliases() throws Exception {
        Path content = site("name_stop_list: [Silicon Valley]\n");
        List<String> warnings = new SiteBuilder().build(options(content)).warnings().stream().map(Problem::format).toList();
        String article = content.resolve("articles/a.md").toString();
        String people = content.resolve("people.yaml").toString();
        assertThat(warnings).containsExactly(
                article + ":9:14: warning: \"Sam Altman\" looks like a person's name but is not in the people registry",
                article + ":10:38: warning: \"Ada Lovelace\" looks like a person's name but is not in the people registry",
                article + ":13:11: warning: \"Grace Hopper\" looks like a person's name but is not in the people registry",
                article + ":13:74: warning: \"Alan Turing\" looks like a person's name but is not in the people registry",
                article + ":19:3: warning: \"Bob Smith\" looks like a person's name but is not in the people registry",
                article + ":21:28: warning: \"Ken Thompson\" looks like a person's name but is not in the people registry",
                article + ":21:75: warning: \"Barbara Liskov\" looks like a person's name but is not in the people registry",
                people + ":1:3: warning: the name \"J. Doe\" is also used by John Roe (john-roe): mentions of it are never linked",
                people + ":8:3: warning: the name \"J. Doe\" is also used by Jane Doe (jane-doe): mentions of it are never linked",
                people + ":11:3: warning: Mary Major (mary-major) is not mentioned in any article");
    }

    @Test
    void theSiteStopListSilencesPhrasesThatAreNotPeople() throws Exception {
        Path content = site("name_stop_list: [Silicon Valley, Sam Altman, ada lovelace, Hopper, Alan Turing, Bob Smith, Liskov, Ken Thompson]\n");
        List<String> warnings = new SiteBuilder().build(options(content)).warnings().stream().map(Problem::message).toList();
        assertThat(warnings).noneMatch(w -> w.contains("looks like a person's name"));
        assertThat(warnings).hasSize(3);
    }

    @Test
    void checkExitsZeroWithWarningsAndStrictMakesThemErrors() throws Exception {
        Path content = site("");
        Path out = dir.resolve("out");
        assertThat(cli("check", "--content", content.toString())).isZero();
        assertThat(cli("check", "--strict", "--content", content.toString())).isEqualTo(1);
        assertThat(cli("build", "--strict", "--content", content.toString(), "--out", out.toString())).isEqualTo(1);
        assertThat(out).doesNotExist();
        assertThatThrownBy(() -> new SiteBuilder().build(strict(options(content))))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(e.problems())
                        .allMatch(Problem::isError)
                        .extracting(Problem::format)
                        .contains(content.resolve("people.yaml") + ":11:3: Mary Major (mary-major) is not mentioned in any article"));
        assertThat(cli("build", "--content", content.toString(), "--out", out.toString())).isZero();
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void unknownPersonIdsInFrontMatterAreErrors() throws Exception {
        Path content = site("");
        Files.writeString(content.resolve("articles/b.md"), "---\ntitle: B\npeople: [jane-doe, nobody]\n---\n\nText.\n");
        assertThatThrownBy(() -> new SiteBuilder().build(options(content)))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(e.problems())
                        .filteredOn(Problem::isError).extracting(Problem::format).containsExactly(
                                content.resolve("articles/b.md") + ":3:20: unknown person 'nobody': not in the people registry"));
        assertThat(cli("check", "--content", content.toString())).isEqualTo(1);
    }

    private Path site(String extraSettings) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        // A base URL and a source with a URL keep the newsletter and bibliography warnings out of the lists
        Files.writeString(content.resolve("site.yaml"), "title: Test\nbase_url: https://example.com/\n" + extraSettings);
        Files.writeString(content.resolve("people.yaml"), PEOPLE);
        Files.writeString(content.resolve("articles/a.md"), ARTICLE);
        return content;
    }

    private static SiteBuilder.Options strict(SiteBuilder.Options o) {
        return new SiteBuilder.Options(o.contentDir(), o.templatesDir(), o.outDir(), o.baseUrl(), o.write(), true);
    }

    private SiteBuilder.Options options(Path content) {
        return new SiteBuilder.Options(content, Path.of("templates"), dir.resolve("unused"), Optional.empty(), false);
    }

    private static int cli(String... args) {
        return Cli.exit(args);
    }
}
