package dev.briefing.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Recall and precision of people discovery on the labelled corpus; fails below 90% either way. */
class DiscoveryScoreTest {
    private static final Path CORPUS = Path.of("src/test/resources/discovery");

    @Test
    void findsNineInTenPeopleAndNineInTenSuggestionsArePeople() throws Exception {
        DiscoveryEvaluation.Score s = DiscoveryEvaluation.score(CORPUS.resolve("content"), CORPUS.resolve("expected"),
                NameLexicon.builtIn());
        System.out.println("People discovery on " + CORPUS + ":\n  " + s.summary("built-in lists")
                + "\n  missed: " + s.missed() + "\n  wrong: " + s.wrong());
        assertThat(s.nonPeopleSuggested()).as("labelled non-people suggested as people").isEmpty();
        assertThat(s.recall()).as("recall").isGreaterThanOrEqualTo(0.90);
        assertThat(s.precision()).as("precision").isGreaterThanOrEqualTo(0.90);
    }
}
