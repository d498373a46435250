package dev.briefing.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision of people discovery on the labelled corpora; fails below 90% either way,
 * or when a name labelled as not a person is suggested. The first corpus is the one the finder
 * was developed on, the second was written afterwards to test it (see docs/people-discovery.md).
 */
class DiscoveryScoreTest {
    private static final Path CORPUS = Path.of("src/test/resources/discovery");

    @Test
    void findsNineInTenPeopleAndNineInTenSuggestionsArePeople() throws Exception {
        DiscoveryEvaluation.Score dev = score(CORPUS);
        DiscoveryEvaluation.Score heldOut = score(CORPUS.resolve("holdout"));
        System.out.println("People discovery:\n  " + dev.summary("discovery/ (development)") + "\n  "
                + heldOut.summary("discovery/holdout/") + "\n  missed: " + dev.missed() + heldOut.missed()
                + "\n  wrongly suggested: " + dev.wrong() + heldOut.wrong());
        for (DiscoveryEvaluation.Score s : new DiscoveryEvaluation.Score[] {dev, heldOut}) {
            assertThat(s.nonPeopleSuggested()).as("labelled non-people suggested as people").isEmpty();
            assertThat(s.recall()).as("recall").isGreaterThanOrEqualTo(0.90);
            assertThat(s.precision()).as("precision").isGreaterThanOrEqualTo(0.90);
        }
    }

    private static DiscoveryEvaluation.Score score(Path corpus) throws Exception {
        return DiscoveryEvaluation.score(corpus.resolve("content"), corpus.resolve("expected"));
    }
}
