package dev.briefing.suggest;

import static dev.briefing.suggest.PersonFinderTest.find;
import static dev.briefing.suggest.PersonFinderTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.markdown.ParsedArticle.NameCandidate;
import dev.briefing.model.StatedRole;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Shapes of news reporting that name people: offices, sport positions, origins, attributions, and what is not a person. */
class PersonFinderNewsTextTest {
    @Test
    void officesAndSportPositionsBeforeTheNameAreRoles() {
        List<NameCandidate> found = find("""
                Defenseman Oskar Lindqvel scored twice. Later the visiting center Taavi Rautio was benched. Public
                Ombudsman Nadira Ocampo’s office objected. Republican state schools Superintendent Jennifer Marwick
                disagreed, and Harbury County Speaker Colm Brannagh said nothing.
                """);
        assertThat(found).extracting(NameCandidate::text)
                .containsExactly("Oskar Lindqvel", "Taavi Rautio", "Nadira Ocampo", "Jennifer Marwick", "Colm Brannagh");
        assertThat(found.get(1).roles()).containsExactly(new StatedRole("center", Optional.empty(), true));
        assertThat(found.get(4).roles()).containsExactly(new StatedRole("Speaker", Optional.of("Harbury County"), true));
    }

    @Test
    void theFieldOfATitleAfterOfEndsWhereTheGivenNameStarts() {
        List<NameCandidate> found = find("Deputy Director of Public Prosecution Eva-Lotta Brandqvist closed the case.");
        assertThat(found).extracting(NameCandidate::text).containsExactly("Eva-Lotta Brandqvist");
        assertThat(found.get(0).roles())
                .containsExactly(new StatedRole("Deputy Director of Public Prosecution", Optional.empty(), true));
    }

    @Test
    void aNomineeForAnOfficeSetOffByCommas() {
        List<NameCandidate> found = find("The party fell short: their nominee for governor, Ned Gable, lost by five points.");
        assertThat(found).extracting(NameCandidate::text).containsExactly("Ned Gable");
        assertThat(found.get(0).roles()).containsExactly(new StatedRole("nominee for governor", Optional.empty(), true));
    }

    @Test
    void whereSomeoneIsFromIsNoPartOfTheirName() {
        assertThat(names("The former special envoy to Ukraine Kurt Vellinger changed his account."))
                .containsExactly("Kurt Vellinger");
        assertThat(names("Marta Ilvesmaa denies it. Estonian-born Ilvesmaa faces a charge; London-based Ilvesmaa lawyers agree."))
                .containsExactly("Marta Ilvesmaa");
    }

    @Test
    void theSpeakerAfterSaidAndAFamilyNameThatIsAWord() {
        assertThat(names("\"The deal is small,\" said Ned Spade.")).containsExactly("Ned Spade");
        List<NameCandidate> found = find("Ned Spade was there. Spade said the deal was small. Spade, who consults, agreed.");
        assertThat(found).extracting(NameCandidate::text).containsExactly("Ned Spade");
        assertThat(found.get(0).mentions()).isEqualTo(3);
    }

    @Test
    void partyMembersAndGovernmentBuildingsAreNotPeople() {
        assertThat(names("""
                Virginia Democrats won the chamber, and Democrats were pleased. Teachers surrounded the Indiana
                Statehouse; the Statehouse was full.
                """)).isEmpty();
    }

    @Test
    void aPlaceOrCraftNounAfterANameSaysWhatItNamesThroughoutTheArticle() {
        assertThat(names("The trip to Walter Reed hospital was short. His visit to Walter Reed was not announced.")).isEmpty();
        assertThat(names("The Galileo Jupiter probe measured plasma. Jupiter is large, and Jupiter is far.")).isEmpty();
    }

    @Test
    void aPhraseThatLongerPhrasesExtendIsATitleNotAPerson() {
        assertThat(names("""
                The fourth Star Trek film is coming. Star Trek Beyond was the last one, Star Trek Into Darkness came
                before, and the fourth Trek film has a director.
                """)).isEmpty();
        assertThat(names("Hector Fuentes Jr. spoke. Hector Fuentes met him.")).contains("Hector Fuentes Jr.");
    }
}
