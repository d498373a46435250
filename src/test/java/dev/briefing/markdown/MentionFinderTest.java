package dev.briefing.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.errors.Problem;
import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.model.Article;
import dev.briefing.model.Person;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
    private static final MarkdownEngine MARKDOWN = new MarkdownEngine();
    private static final Person KARPATHY = person("andrej-karpathy", "Andrej Karpathy");
    private static final Person JOSEPH = new Person("nick-joseph", "Nick Joseph", List.of("Nicholas Joseph"), "Joseph",
            "", List.of(), List.of(), SourcePosition.startOf(Path.of("people.yaml")));

    private final Problems problems = new Problems();

    @Test
    void findsFullNamesAliasesAndPossessives() {
        List<Mention> found = find("Nick Joseph hired Andrej Karpathy’s team, and Nicholas Joseph's team grew.");
        assertThat(found).extracting(Mention::personId, Mention::written).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nick-joseph", "Nick Joseph"),
                org.assertj.core.groups.Tuple.tuple("andrej-karpathy", "Andrej Karpathy"),
                org.assertj.core.groups.Tuple.tuple("nick-joseph", "Nicholas Joseph"));
    }

    @Test
    void familyNameAloneCountsOnlyAfterTheArticleNamedThePerson() {
        List<Mention> found = find("Karpathy was quiet.\n\nThen Andrej Karpathy spoke. Karpathy's team agreed.");
        assertThat(found).extracting(Mention::written).containsExactly("Andrej Karpathy", "Karpathy");
    }

    @Test
    void findsNamesBrokenAcrossALineAndExtraSpaces() {
        ParsedArticle a = parse("It was led by Andrej\nKarpathy today, then by Nick  Joseph.", false);
        List<Mention> found = a.mentions();
        assertThat(found).extracting(Mention::written).containsExactly("Andrej Karpathy", "Nick Joseph");
        assertThat(found.get(0).position()).isEqualTo(new SourcePosition(Path.of("articles/a.md"), 6, 15));
        assertThat(html(a)).contains(
                "<a id=\"m-andrej-karpathy-1\" class=\"mention\" data-person=\"andrej-karpathy\" href=\"../people/andrej-karpathy.html\">Andrej\nKarpathy</a>");
    }

    @Test
    void neverMatchesInsideWordsAddressesCodeOrLinks() {
        List<Mention> found = find("""
                Andrej Karpathy is named first.

                Not Karpathyesque, not McKarpathy, not Karpathy2, not github.com/Karpathy, not @Karpathy,
                not karpathy.Karpathy.ai, not https://example.com/Andrej_Karpathy, not `Andrej Karpathy`,
                not [Andrej Karpathy](https://example.com), not <https://example.com/Karpathy>.

                    Andrej Karpathy in indented code

                ```
                Andrej Karpathy in fenced code
                ```
                """);
        assertThat(found).extracting(Mention::written).containsExactly("Andrej Karpathy");
    }

    @Test
    void reportsAmbiguousNamesWithTheirPositionInsteadOfGuessing() {
        Person john = person("john-smith", "John Smith");
        Person jane = new Person("jane-smith", "Jane Smith", List.of("J. Smith"), "Smith", "", List.of(), List.of(),
                SourcePosition.startOf(Path.of("people.yaml")));
        Person jim = new Person("jim-smith", "Jim Smith", List.of("J. Smith"), "Smith", "", List.of(), List.of(),
                SourcePosition.startOf(Path.of("people.yaml")));
        ArticleParser parser = new ArticleParser(MARKDOWN, List.of(john, jane, jim), false,
                ArticleParser.NO_NAME_CANDIDATES);
        List<Mention> found = parser.parse(article("Smith alone. John Smith met Jane Smith.\nSmith said so; J. Smith too."),
                problems).mentions();
        assertThat(found).extracting(Mention::written).containsExactly("John Smith", "Jane Smith");
        assertThat(problems.sorted()).extracting(Problem::format).containsExactly(
                "articles/a.md:7:1: warning: ambiguous name 'Smith' could be John Smith or Jane Smith; not linked",
                "articles/a.md:7:16: warning: ambiguous name 'J. Smith' could be Jane Smith or Jim Smith; not linked");
        assertThat(MentionFinder.collidingNames(List.of(john, jane, jim))).isEqualTo(Map.of("J. Smith", List.of("jane-smith", "jim-smith")));
    }

    @Test
    void anchorsAreNumberedPerPersonAndOnlyTheFirstLinks() {
        ParsedArticle a = parse("Andrej Karpathy met Nick Joseph. Karpathy left; Karpathy returned.", false);
        List<Mention> found = a.mentions();
        assertThat(found).extracting(Mention::anchorId, Mention::linked).containsExactly(
                org.assertj.core.groups.Tuple.tuple("m-andrej-karpathy-1", true),
                org.assertj.core.groups.Tuple.tuple("m-nick-joseph-1", true),
                org.assertj.core.groups.Tuple.tuple("m-andrej-karpathy-2", false),
                org.assertj.core.groups.Tuple.tuple("m-andrej-karpathy-3", false));
        assertThat(html(a))
                .contains("<span id=\"m-andrej-karpathy-3\" class=\"mention\" data-person=\"andrej-karpathy\">Karpathy</span>");

        List<Mention> all = parse("Andrej Karpathy met Nick Joseph. Karpathy left.", true).mentions();
        assertThat(all).extracting(Mention::linked).containsOnly(true);
    }

    @Test
    void sentencesReadAsTextInHeadingsListsTablesAndQuotes() {
        List<Mention> found = find("""
                ## Why Andrej Karpathy *chose* this

                - First point. Then **Karpathy** said [it](https://x.example) twice.
                1. Karpathy again, in a numbered list.

                | who | what |
                |-----|------|
                | Nick Joseph's team | hires |

                > A quoted line that goes on
                > until Nicholas Joseph speaks. Another sentence.
                """);
        assertThat(found).extracting(Mention::sentence).containsExactly(
                "Why Andrej Karpathy chose this",
                "Then Karpathy said it twice.",
                "Karpathy again, in a numbered list.",
                "Nick Joseph's team",
                "A quoted line that goes on until Nicholas Joseph speaks.");
        assertThat(found.get(1).before()).isEqualTo("Then ");
        assertThat(found.get(1).after()).isEqualTo(" said it twice.");
    }

    @Test
    void aFamilyNameInsideALongerNameIsNoMention() {
        Person morgan = new Person("jane-morgan", "Jane Morgan", List.of(), "Morgan", "",
                List.of(new dev.briefing.model.Role("Analyst", Optional.of("Morgan Stanley"), Optional.empty(),
                        Optional.empty(), true, List.of(), SourcePosition.startOf(Path.of("people.yaml")))),
                List.of(), SourcePosition.startOf(Path.of("people.yaml")));
        ArticleParser parser = new ArticleParser(MARKDOWN, List.of(morgan, KARPATHY), false, ArticleParser.NO_NAME_CANDIDATES);
        List<Mention> found = parser.parse(article("""
                Jane Morgan spoke first. Later, Morgan Stanley and the Morgan Foundation disagreed, and Morgan left.

                ## Why Morgan Stanley Hired Andrej Karpathy

                Lee Karpathy-Brown and Brown-Karpathy were not there, but the Karpathy-led team and ex-Karpathy staff were.
                """), problems).mentions();
        assertThat(found).extracting(Mention::written).containsExactly(
                "Jane Morgan", "Morgan", "Andrej Karpathy", "Karpathy", "Karpathy");
        assertThat(found.get(1).sentence()).isEqualTo("Later, Morgan Stanley and the Morgan Foundation disagreed, and Morgan left.");
    }

    @Test
    void theTitleAndStandfirstAreReadFirstAndTheirMentionsLinkToo() {
        Article a = new Article(Path.of("articles/a.md"), "a", "Andrej Karpathy joins a lab", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("Karpathy will work under Nick Joseph."), Optional.empty(), List.of(), List.of(), List.of(),
                false, "Karpathy starts Monday; Joseph agreed.", 5, Map.of());
        ParsedArticle parsed = new ArticleParser(MARKDOWN, List.of(KARPATHY, JOSEPH), false,
                ArticleParser.NO_NAME_CANDIDATES).parse(a, problems);
        assertThat(parsed.mentions()).extracting(Mention::anchorId, Mention::linked).containsExactly(
                org.assertj.core.groups.Tuple.tuple("m-andrej-karpathy-1", true),
                org.assertj.core.groups.Tuple.tuple("m-andrej-karpathy-2", true),
                org.assertj.core.groups.Tuple.tuple("m-nick-joseph-1", true),
                org.assertj.core.groups.Tuple.tuple("m-andrej-karpathy-3", true),
                org.assertj.core.groups.Tuple.tuple("m-nick-joseph-2", true));
        assertThat(parsed.titleMentions()).extracting(MentionSpan::start, MentionSpan::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 15));
        assertThat(parsed.summaryMentions()).extracting(m -> m.mention().written()).containsExactly("Karpathy", "Nick Joseph");
        assertThat(parsed.mentions().get(0).sentence()).isEqualTo("Andrej Karpathy joins a lab");
        assertThat(html(parsed)).contains("<a id=\"m-andrej-karpathy-3\"").doesNotContain("id=\"m-andrej-karpathy-1\"");
    }

    private List<Mention> find(String markdown) {
        return parse(markdown, false).mentions();
    }

    private ParsedArticle parse(String body, boolean linkEvery) {
        return new ArticleParser(MARKDOWN, List.of(KARPATHY, JOSEPH), linkEvery, ArticleParser.NO_NAME_CANDIDATES)
                .parse(article(body), problems);
    }

    /** The body as the article page shows it. */
    private static String html(ParsedArticle a) {
        return BodyLinks.forPage(a.bodyHtml(), "articles/a.html");
    }

    /** An article whose body starts on line 6 of its file, as after a four-line front matter. */
    private static Article article(String body) {
        return new Article(Path.of("articles/a.md"), "a", "A", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), List.of(), false, body, 5, Map.of());
    }

    private static Person person(String id, String name) {
        String[] words = name.split(" ");
        return new Person(id, name, List.of(), words[words.length - 1], "", List.of(), List.of(),
                SourcePosition.startOf(Path.of("people.yaml")));
    }
}
