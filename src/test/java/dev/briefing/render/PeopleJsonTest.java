package dev.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.site.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleJsonTest {
    private static final String BASE = "https://example.org/briefing/";

    @TempDir
    Path dir;

    @Test
    void listsEveryPersonWithAliasesRolesAndMentions() throws Exception {
        JsonNode root = build("with-base", Optional.of(BASE));
        assertThat(root.path("site").path("url").asText()).isEqualTo(BASE);
        JsonNode people = root.path("people");
        Map<String, Integer> mentions = new LinkedHashMap<>();
        people.forEach(p -> mentions.put(p.path("id").asText(), p.path("mentions").size()));
        // Sorted by family name; counts as counted by hand in SeedPeopleTest (titles, standfirsts, bodies).
        assertThat(mentions).containsExactly(Map.entry("peter-bailis", 1), Map.entry("nick-joseph", 3),
                Map.entry("andrej-karpathy", 22), Map.entry("mike-krieger", 1), Map.entry("ben-kus", 1),
                Map.entry("jan-leike", 1), Map.entry("bryan-mccann", 1), Map.entry("rahul-patil", 1),
                Map.entry("chris-rohlf", 2), Map.entry("john-schulman", 1), Map.entry("henry-shi", 1));

        JsonNode joseph = person(root, "nick-joseph");
        assertThat(joseph.path("name").asText()).isEqualTo("Nick Joseph");
        assertThat(joseph.path("aliases").get(0).asText()).isEqualTo("Nicholas Joseph");
        assertThat(joseph.path("url").asText()).isEqualTo(BASE + "people/nick-joseph.html");
        JsonNode second = joseph.path("mentions").get(2); // after the standfirst and body of the first article
        assertThat(second.path("written").asText()).isEqualTo("Nicholas Joseph");
        assertThat(second.path("path").asText())
                .isEqualTo("articles/karpathy-claude-in-the-loop-pretraining.html#m-nick-joseph-1");
        assertThat(second.path("url").asText()).isEqualTo(BASE + second.path("path").asText());
        assertThat(second.path("sentence").asText())
                .isEqualTo("At Anthropic, Karpathy joins the pretraining team led by Nicholas Joseph, himself an early OpenAI alumnus.");

        JsonNode leike = person(root, "jan-leike").path("roles").get(0);
        assertThat(fields(leike)).containsExactly("title", "organization", "organizationPath", "current", "to", "sources");
        assertThat(leike.path("to").asText()).isEqualTo("2024-05");
        assertThat(leike.path("current").asBoolean()).isFalse();
        assertThat(leike.path("sources").get(0).path("path").asText())
                .isEqualTo("articles/karpathy-claude-in-the-loop-pretraining.html");
        assertThat(leike.path("sources").get(0).path("url").asText())
                .isEqualTo(BASE + "articles/karpathy-claude-in-the-loop-pretraining.html");
        JsonNode event = person(root, "andrej-karpathy").path("events").get(0);
        assertThat(event.path("date").asText()).isEqualTo("2026-05-19");
        assertThat(event.path("sources")).hasSize(2);
    }

    @Test
    void withoutABaseUrlHasOnlyRelativePathsAndIsDeterministic() throws Exception {
        JsonNode root = build("one", Optional.empty());
        assertThat(root.path("site").has("url")).isFalse();
        assertThat(root.findValues("url")).isEmpty();
        assertThat(root.findValues("path")).isNotEmpty();
        build("two", Optional.empty());
        assertThat(Files.readAllBytes(dir.resolve("two/people.json"))).isEqualTo(Files.readAllBytes(dir.resolve("one/people.json")));
        assertThat(Files.readString(dir.resolve("one/people.json"))).startsWith("{\n  \"site\": {\n").endsWith("}\n")
                .contains("\"events\": [],");
    }

    private JsonNode build(String name, Optional<String> baseUrl) throws Exception {
        new SiteBuilder().build(new SiteBuilder.Options(Path.of("content"), Path.of("templates"), dir.resolve(name), baseUrl, true));
        return new ObjectMapper().readTree(dir.resolve(name).resolve("people.json").toFile());
    }

    private static JsonNode person(JsonNode root, String id) {
        for (JsonNode p : root.path("people")) {
            if (p.path("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no person " + id + " in people.json");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
