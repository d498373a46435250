package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.errors.Problem;
import dev.briefing.testing.Sites;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A byline author who is in the registry is linked from the byline and credited on their page. */
class BylineAuthorsTest {
    @TempDir
    Path tmp;

    @Test
    void registeredBylineAuthorsAreLinkedAndListedAsAuthors() {
        Path content = tmp.resolve("content");
        Sites.write(content, "site.yaml", "title: Bylines\n");
        Sites.write(content, "people.yaml", """
                - id: ada-lovelace
                  name: Ada Lovelace
                  aliases: [Augusta Ada King]
                  description: Analyst of the engine.
                """);
        Sites.write(content, "articles/engines.md", """
                ---
                title: On engines
                author: "Augusta Ada King and Charles Babbage"
                ---

                The engine weaves patterns as a loom weaves flowers.
                """);
        SiteBuilder.Result result = Sites.build(content, tmp.resolve("out"));

        Document article = Sites.page(tmp.resolve("out"), "articles/engines.html");
        assertThat(article.expectFirst(".byline .author").text()).isEqualTo("By Augusta Ada King and Charles Babbage");
        assertThat(article.select(".byline .author a").eachAttr("href")).containsExactly("../people/ada-lovelace.html");
        Document ada = Sites.page(tmp.resolve("out"), "people/ada-lovelace.html");
        assertThat(ada.select("#authored-heading + ul a").eachText()).containsExactly("On engines");
        assertThat(result.warnings()).extracting(Problem::message).noneMatch(m -> m.contains("not mentioned"));
    }
}
