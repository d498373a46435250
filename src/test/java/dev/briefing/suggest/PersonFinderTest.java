package dev.briefing.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.markdown.BodyPositions;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.markdown.ParsedArticle.NameCandidate;
import dev.briefing.model.Article;
import dev.briefing.model.StatedRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per shape of name, and per kind of capitalised phrase that is not a person. */
class PersonFinderTest {
    private static final MarkdownEngine MARKDOWN = new MarkdownEngine();

    @Test
    void namesAtTheStartOfBulletsAndAfterSemicolons() {
        assertThat(names("""
                - Hallam Oyelaran — head of research, who joined last year.
                - Brigid Castellane — board member.

                Two were absent: the deputy, Ola Strandberg; and the liaison, Sunniva Haugland.
                """)).containsExactly("Hallam Oyelaran", "Brigid Castellane", "Ola Strandberg", "Sunniva Haugland");
    }

    @Test
    void namesAfterJobTitlesKeepTheTitleAsTheRole() {
        List<NameCandidate> found = find("""
                Chief Technology Officer Anders Vikberg spoke first. Vice President of Research Tobias Henning of
                Quantor Semiconductor followed, then Acme CEO Rafaela Quint.
                """);
        assertThat(found).extracting(NameCandidate::text).containsExactly("Anders Vikberg", "Tobias Henning", "Rafaela Quint");
        assertThat(found.get(0).roles()).containsExactly(new StatedRole("Chief Technology Officer", Optional.empty(), true));
        assertThat(found.get(1).roles()).containsExactly(
                new StatedRole("Vice President of Research", Optional.of("Quantor Semiconductor"), true));
        assertThat(found.get(2).roles()).containsExactly(new StatedRole("CEO", Optional.of("Acme"), true));
    }

    @Test
    void honorificsAndPoliticalTitlesAreNotPartOfTheName() {
        assertThat(names("Sen. Rosalind Achter and Dr. Nnamdi Okoro met Mr. Hector Fuentes and Sir Anthony Bell."))
                .containsExactly("Rosalind Achter", "Nnamdi Okoro", "Hector Fuentes", "Anthony Bell");
        assertThat(find("Republican Sen. Curtis Mayhew spoke.").get(0).roles())
                .containsExactly(new StatedRole("Sen.", Optional.empty(), true));
    }

    @Test
    void lowerCaseTitlesBeforeAndAppositivesAfterTheName() {
        List<NameCandidate> found = find("""
                At Northgate Bank, chief executive Adaeze Nwosu said buybacks would go on. Marguerite Duval, general
                counsel at Helio Devices, disagreed. Vantor's spokesperson, Maeve Kilbane, declined to comment.
                Former Boeing engineer Tadek Wisniak, now an independent consultant, was sceptical.
                """);
        assertThat(found).extracting(NameCandidate::text)
                .containsExactly("Adaeze Nwosu", "Marguerite Duval", "Maeve Kilbane", "Tadek Wisniak");
        assertThat(found.get(0).roles()).containsExactly(new StatedRole("chief executive", Optional.of("Northgate Bank"), true));
        assertThat(found.get(1).roles()).containsExactly(new StatedRole("general counsel", Optional.of("Helio Devices"), true));
        assertThat(found.get(2).roles()).containsExactly(new StatedRole("spokesperson", Optional.of("Vantor"), true));
        assertThat(found.get(3).roles()).containsExactly(new StatedRole("engineer", Optional.of("Boeing"), false),
                new StatedRole("independent consultant", Optional.empty(), true));
    }

    @Test
    void appointmentsStateTheNewRole() {
        List<NameCandidate> found = find("""
                Ledgerly named Omar Haddad chief risk officer. Mariana Costa joined the Wellcome Trust as director
                of data.
                """);
        assertThat(found.get(0).roles()).containsExactly(new StatedRole("chief risk officer", Optional.empty(), true));
        assertThat(found.get(1).roles()).containsExactly(
                new StatedRole("director of data", Optional.of("Wellcome Trust"), true));
    }

    @Test
    void sentenceInitialNamesAndCapitalisedWordsBeforeThem() {
        assertThat(names("Ines Albergaria spent nine years there. Yesterday Grace Hollander said no. Analysts were unsure."))
                .containsExactly("Ines Albergaria", "Grace Hollander");
    }

    @Test
    void namesInHeadingsTitlesAndTheStandfirst() {
        List<NameCandidate> found = find("Why Mei-Ling Zhou left the lab", Optional.empty(), Optional.of("Rafael Quint hired her."),
                "## What Aoife Brennan Found\n\nShe said little.\n");
        assertThat(found).extracting(NameCandidate::text).containsExactly("Mei-Ling Zhou", "Rafael Quint", "Aoife Brennan");
        assertThat(found.get(0).position()).isEqualTo(dev.briefing.errors.SourcePosition.startOf(Path.of("articles/a.md")));
        assertThat(found.get(2).position().line()).isEqualTo(5); // the heading, after four lines of front matter
    }

    @Test
    void particlesHyphensApostrophesAndInitials() {
        assertThat(names("""
                Femke van der Linde, Hector de la Fuente Jr., Khalid bin Rashid and Fatima al-Zahrani met
                Aoife O'Neill, Giancarlo D'Amato, Marit Lindqvist-Berg, J. R. Castellanos and A.K. Ramaswamy.
                """)).containsExactly("Femke van der Linde", "Hector de la Fuente Jr.", "Khalid bin Rashid",
                "Fatima al-Zahrani", "Aoife O'Neill", "Giancarlo D'Amato", "Marit Lindqvist-Berg", "J. R. Castellanos",
                "A.K. Ramaswamy");
    }

    @Test
    void theFamilyNameAloneIsAMentionOfTheSamePerson() {
        List<NameCandidate> found = find("Femke van der Linde won. Van der Linde, 47, said so; van der Linde's adviser agreed.");
        assertThat(found).extracting(NameCandidate::text).containsExactly("Femke van der Linde");
        assertThat(find("Takeshi Morimoto spoke. Morimoto's plan won, and Morimoto left.").get(0).mentions()).isEqualTo(3);
    }

    @Test
    void accentedFamilyNamesAloneAreMentionsToo() {
        assertThat(find("Marisol Echeverría ran the city. Echeverría, 52, won; critics said Echeverría was not ready.")
                .get(0).mentions()).isEqualTo(3);
    }

    @Test
    void aFormerTitleMakesAPastRole() {
        assertThat(find("It had the backing of former Gov. Patricia Langmore.").get(0).roles())
                .containsExactly(new StatedRole("Gov.", Optional.empty(), false));
    }

    @Test
    void organisationsNamedLikePeopleAreNotPeople() {
        assertThat(names("""
                Goldman Sachs and Morgan Stanley beat forecasts, and the Gates Foundation moved its endowment. Shares
                of Goldman rose. Analysts at Pemberton Hale agreed. Carrick Lowe, the engineering firm, built it. The
                Brightman Family Foundation and Johnson & Johnson gave money.
                """)).isEmpty();
    }

    @Test
    void twoWordLabsLegalNamesProductsAndPrizesAreNotPeople() {
        assertThat(names("""
                She left Quiet Lattice for Tessellate Robotics Holdings, Inc. in March. The Juniper Max arm and the
                Aurora Pro earbuds went on sale. He shared the Kavli Prize and the Halvorsen Medal. Thinking
                Machines and Safe Superintelligence raised money.
                """)).isEmpty();
    }

    @Test
    void placesThatAreAlsoGivenNamesAndCalendarWordsAreNotPeople() {
        assertThat(names("""
                Shipments to Jordan and Georgia rose. The line runs from Chelsea Wharf to Florence Park, past Sydney
                Road, and opens in May. Trials ran in Toronto and São Paulo on Monday. Offices in Saudi Arabia and
                New York stayed open in August.
                """)).isEmpty();
    }

    @Test
    void quotationsCodeAndLinksAreReadAsTheyShouldBe() {
        assertThat(names("He said \"Hello World\" and ran `Linus Torvalds` — see [Ken Thompson](https://example.com)."))
                .containsExactly("Ken Thompson");
    }

    @Test
    void bylineAuthorsArePeople() {
        List<NameCandidate> found = find("A", Optional.of("By Dana Whitfield and Lin Qiaowen"), Optional.empty(), "No names.");
        assertThat(found).extracting(NameCandidate::text).containsExactly("Dana Whitfield", "Lin Qiaowen");
        assertThat(found.get(0).mentions()).isZero();
    }

    @Test
    void aLabelledInterviewNamesTheSpeaker() {
        assertThat(names("**Founders Desk:** Why?\n\n**Ines Albergaria:** Because nobody else would.\n"))
                .containsExactly("Ines Albergaria");
    }

    @Test
    void hyphenatedTitlesAreRolesNotPartOfTheName() {
        List<NameCandidate> found = find("Attorney-General Sefa Tuilagi agreed with Director-General Oren Malkovitz.");
        assertThat(found).extracting(NameCandidate::text).containsExactly("Sefa Tuilagi", "Oren Malkovitz");
        assertThat(found.get(0).roles()).extracting(StatedRole::title).containsExactly("Attorney-General");
    }

    @Test
    void titleWordsWithoutAHeadAreNoTitle() {
        assertThat(names("Lawmakers passed the new Data Storage Bill. The Data Storage Bill takes effect in spring.")).isEmpty();
    }

    @Test
    void aNationalityOpeningARunIsNoPartOfAName() {
        assertThat(names("Tunisian Monarchists and Arab Socialists met. Later, Moldovan Ilinca Vrabie spoke."))
                .containsExactly("Ilinca Vrabie");
    }

    @Test
    void compassWordsAndAPlaceNounAfterMakePlaces() {
        assertThat(names("""
                She flew from North Veltria to West Ostmark. She was taken to Royal Penhallow hospital, and Dunmere
                Vale police said the roads were closed.
                """)).isEmpty();
    }

    @Test
    void aPersonCalledByTheirGivenNameAloneIsStillAPerson() {
        assertThat(names("Her mother, Marisol, spoke first.\n\n## Marisol Tanner pleaded with parents to talk to teenagers."))
                .containsExactly("Marisol Tanner");
    }

    @Test
    void aHeadlineGivenNameBeforeACommonWordNeedsTheNameInTheText() {
        assertThat(find("The Ministry Will Soon Spend More on Roads Than on Rail", Optional.empty(), Optional.empty(),
                "No names here.")).isEmpty();
        assertThat(find("Why Will Stanton Quit the Board", Optional.empty(), Optional.empty(), "Stanton left in June."))
                .extracting(NameCandidate::text).containsExactly("Will Stanton");
    }

    static List<String> names(String body) {
        return find(body).stream().map(NameCandidate::text).toList();
    }

    static List<NameCandidate> find(String body) {
        return find("A", Optional.empty(), Optional.empty(), body);
    }

    static List<NameCandidate> find(String title, Optional<String> author, Optional<String> summary, String body) {
        Article article = new Article(Path.of("articles/a.md"), "a", title, Optional.empty(), Optional.empty(), author,
                Optional.empty(), Optional.empty(), summary, Optional.empty(), List.of(), List.of(), List.of(), false, body,
                4, Map.of());
        return new PersonFinder(NameLexicon.builtIn()).find(article, MARKDOWN.parse(body), new BodyPositions(article), List.of());
    }
}
