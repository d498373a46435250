package dev.briefing.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownNamesTest {
    @Test
    void namesCoverEveryPhraseTheyAreInOrThatContainsThem() {
        KnownNames known = KnownNames.of(List.of("Hopper", "Eureka Labs"));
        assertThat(known.covers(List.of("Grace", "Hopper"))).isTrue();
        assertThat(known.covers(List.of("Eureka"))).isTrue();
        assertThat(known.covers(List.of("Eureka", "Labs", "Chief", "Scientist"))).isTrue();
        assertThat(known.covers(List.of("Ada", "Lovelace"))).isFalse();
    }

    @Test
    void anOrganisationDoesNotCoverALongerPhraseThatItEnds() {
        KnownNames known = KnownNames.of(List.of(), List.of("Ford", "Acme"));
        assertThat(known.covers(List.of("Harrison", "Ford"))).isFalse();
        assertThat(known.covers(List.of("Ford"))).isTrue();
        assertThat(known.covers(List.of("Acme", "Chief", "Scientist"))).isTrue();
        assertThat(known.covers(List.of("Jo", "Acme", "Labs"))).isTrue();
    }
}
