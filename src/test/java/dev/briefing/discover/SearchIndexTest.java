package dev.briefing.discover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.testing.SearchIndexFiles;
import dev.briefing.testing.SearchIndexFiles.Doc;
import dev.briefing.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index a build writes, read back file by file as the search page reads it. */
class SearchIndexTest {
    @TempDir
    static Path tmp;
    static Path out;
    static SearchIndexFiles index;

    @BeforeAll
    static void build() {
        out = tmp.resolve("site");
        Sites.build(SearchFixture.write(tmp), out);
        index = SearchIndexFiles.read(out);
    }

    @Test
    void aFamilyNameFindsThePersonAndTheArticleThatNamesHimInItsBodyOnly() {
        Doc article = index.doc(SearchFixture.NAMING_ARTICLE);
        Doc person = index.doc("people/grace-hopper.html");
        assertThat(index.docsWith("hopper")).containsOnlyKeys(article.id(), person.id());
        assertThat(article.title()).doesNotContain("Hopper");
        assertThat(article.sentences()).contains(SearchFixture.FAMILY_NAME_SENTENCE,
                "Its author, Grace Hopper, said the work took years.");
        assertThat(article.meta()).isEqualTo("March 5, 2024 · Harbour Gazette");
        assertThat(article.kind()).isEqualTo("a");
        // A possessive is the name's own term, not a term of its own.
        assertThat(index.postings).doesNotContainKeys("hoppers", "hopper’s", "s");
    }

    @Test
    void theBodyIsIndexedAsTheReaderSeesIt() {
        Doc article = index.doc(SearchFixture.NAMING_ARTICLE);
        assertThat(article.sentences()).containsExactly(
                "The navy's first business language ships this spring.",
                "The navy adopted a new compiler this spring.",
                "Its author, Grace Hopper, said the work took years.",
                "What the yard thinks",
                SearchFixture.FAMILY_NAME_SENTENCE,
                "Jürgen Müller built the cabinets.",
                "Read the report *first*.",
                "Then the appendix, with code samples.",
                "Ship", "Year", "Sea Dragon", "1959",
                "<div>raw markup</div>",
                "A harbour at dawn");
        int id = article.id();
        // Link text is indexed, the link's address is not.
        assertThat(index.docsWith("report")).containsKey(id);
        assertThat(index.docsWith("https")).doesNotContainKey(id);
        assertThat(index.docsWith("dragon")).containsKey(id);
        assertThat(index.docsWith("samples")).containsKey(id);
        assertThat(index.docsWith("dawn")).containsKey(id);
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        Doc muller = index.doc("people/jurgen-muller.html");
        assertThat(muller.title()).isEqualTo("Jürgen Müller");
        assertThat(index.docsWith("muller")).containsKeys(muller.id(), index.doc(SearchFixture.NAMING_ARTICLE).id());
        assertThat(index.postings).doesNotContainKeys("müller", "Müller");
    }

    @Test
    void aWordInATitleWeighsMoreThanTheSameWordInABody() {
        int inTitle = index.doc(SearchFixture.OTHER_ARTICLE).id();
        int inBody = index.doc(SearchFixture.NAMING_ARTICLE).id();
        assertThat(index.docsWith("compiler")).containsOnlyKeys(inTitle, inBody);
        assertThat(index.docsWith("compiler").get(inTitle)).isGreaterThan(index.docsWith("compiler").get(inBody));
        // Once each in the same document: the word no other document has scores more.
        assertThat(index.docsWith("yard")).containsOnlyKeys(inTitle, inBody);
        assertThat(index.docsWith("cabinets").get(inBody)).isGreaterThan(index.docsWith("yard").get(inBody));
    }

    @Test
    void peopleOrganizationsAndSourcesAreFoundByTheirOwnWords() {
        Doc person = index.doc("people/grace-hopper.html");
        assertThat(person.kind()).isEqualTo("p");
        assertThat(person.meta()).isEqualTo("Rear admiral, United States Navy");
        assertThat(person.sentences()).contains("Grace Brewster Hopper", "Computer scientist and naval officer.");
        assertThat(index.docsWith("brewster")).containsOnlyKeys(person.id());
        assertThat(index.docsWith("admiral")).containsOnlyKeys(person.id());
        assertThat(index.docsWith("shipwright")).containsOnlyKeys(index.doc("people/jurgen-muller.html").id());

        Doc navy = index.docs.stream().filter(d -> d.title().equals("United States Navy")).findFirst().orElseThrow();
        assertThat(navy.kind()).isEqualTo("o");
        assertThat(navy.path()).isEqualTo("organizations/united-states-navy.html");
        assertThat(index.docsWith("states")).containsKeys(navy.id(), person.id());

        Doc source = index.docs.stream().filter(d -> d.kind().equals("s")).findFirst().orElseThrow();
        assertThat(source.title()).isEqualTo("Programming for business: a report");
        assertThat(source.path()).startsWith("bibliography.html#");
        assertThat(source.meta()).isEqualTo("Dockside Review");
        Doc publisher = index.docs.stream().filter(d -> d.title().equals("Dockside Review")).findFirst().orElseThrow();
        assertThat(index.docsWith("dockside")).containsOnlyKeys(source.id(), publisher.id());
        // The articles themselves are not found a second time as sources.
        assertThat(index.docs.stream().filter(d -> d.kind().equals("s"))).hasSize(1);
    }

    @Test
    void theManifestSaysWhereEveryShardStartsAndHowDocumentsAreNumbered() throws Exception {
        JsonNode manifest = index.manifest;
        assertThat(manifest.get("version").asInt()).isEqualTo(2);
        assertThat(manifest.get("scale").asInt()).isEqualTo(10);
        List<String> starts = new ArrayList<>();
        manifest.get("shards").forEach(s -> starts.add(s.asText()));
        assertThat(starts).isEqualTo(index.shardFirsts);
        List<String> terms = new ArrayList<>(index.postings.keySet());
        assertThat(terms).isSorted().doesNotHaveDuplicates();
        assertThat(manifest.get("kinds").findValuesAsText("code")).containsExactly("a", "p", "o", "s");
        assertThat(manifest.get("kinds").findValues("count").stream().map(JsonNode::asInt))
                .containsExactly(2, 2, 3, 1); // the publishers are organizations too
        assertThat(index.docs).extracting(Doc::id).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        // Each file of the index is one call, and the index holds nothing else.
        try (Stream<Path> files = Files.list(out.resolve("assets/search"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("a0.js", "a1.js", "o0.js", "p0.js", "s0.js", "t0.js");
        }
    }
}
