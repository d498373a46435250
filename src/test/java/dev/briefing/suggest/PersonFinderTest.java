package dev.briefing.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per shape of name, and per kind of capitalised phrase that is not a person. */
class PersonFinderTest {
    private static final MarkdownEngine MARKDOWN = new MarkdownEngine();

    @Test
    void nameAfterAnOfAndBeforeWho() {
        assertThat(names("She has the support of Christiana\nObuya, who chaired the fund's transitional committee."))
                .containsExactly("Christiana Obuya");
    }

    static List<String> names(String body) {
        return find(body).stream().map(FoundPerson::name).toList();
    }

    static List<FoundPerson> find(String body) {
        return find("A", Optional.empty(), body, List.of());
    }

    static List<FoundPerson> find(String title, Optional<String> author, String body, List<String> known) {
        Article article = new Article(Path.of("articles/a.md"), "a", title, Optional.empty(), Optional.empty(), author,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
                false, body, 4, Map.of());
        return new PersonFinder(NameLexicon.builtIn(), KnownNames.of(known)).find(new ParsedArticle(article, MARKDOWN.parse(body)));
    }
}
