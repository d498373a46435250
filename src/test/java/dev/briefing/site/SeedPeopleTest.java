package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the repository's real content and checks what the people features make of it. */
class SeedPeopleTest {
    private static final String JOINS = "karpathy-joins-anthropic";
    private static final String LOOP = "karpathy-claude-in-the-loop-pretraining";

    @TempDir
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        new SiteBuilder().build(new SiteBuilder.Options(Path.of("content"), Path.of("templates"), out.resolve("site"),
                Optional.empty(), true));
    }

    /**
     * Counted by reading the two articles' bodies (front matter titles and summaries are not text):
     * "karpathy-joins-anthropic": Andrej Karpathy once in full (line 19), then Karpathy alone on lines
     * 23, 31, 42 ("Karpathy’s") and 43; Nick Joseph once (line 19).
     * "karpathy-claude-in-the-loop-pretraining": Andrej Karpathy in full on lines 8, 12 (a heading),
     * 16 and 59; Karpathy alone on lines 8, 10 (twice), 26 (twice), 32, 34, 38, 53 and 55; Nicholas
     * Joseph on line 10; Chris Rohlf and then "Rohlf’s" on line 55; everyone else once.
     */
    static Map<String, Map<String, Integer>> handCounted() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        counts.put(JOINS, Map.of("andrej-karpathy", 5, "nick-joseph", 1));
        Map<String, Integer> loop = new LinkedHashMap<>();
        loop.put("andrej-karpathy", 14);
        loop.put("nick-joseph", 1);
        loop.put("peter-bailis", 1);
        loop.put("bryan-mccann", 1);
        loop.put("mike-krieger", 1);
        loop.put("ben-kus", 1);
        loop.put("henry-shi", 1);
        loop.put("rahul-patil", 1);
        loop.put("jan-leike", 1);
        loop.put("john-schulman", 1);
        loop.put("chris-rohlf", 2);
        counts.put(LOOP, loop);
        return counts;
    }

    @Test
    void articlesMarkExactlyTheHandCountedMentions() throws IOException {
        for (var article : handCounted().entrySet()) {
            Document page = page("articles/" + article.getKey() + ".html");
            Map<String, Integer> found = new LinkedHashMap<>();
            for (Element m : page.select(".body .mention")) {
                found.merge(m.attr("data-person"), 1, Integer::sum);
            }
            assertThat(found).as(article.getKey()).isEqualTo(article.getValue());
            // The first mention of each person links; the rest are anchors only.
            for (String id : article.getValue().keySet()) {
                assertThat(page.select(".body a.mention[data-person=" + id + "]")).hasSize(1);
                assertThat(page.expectFirst("#m-" + id + "-1").tagName()).isEqualTo("a");
            }
        }
    }

    @Test
    void personPagesListEveryMentionWithItsSentenceAndAnchor() throws IOException {
        Map<String, Integer> total = new LinkedHashMap<>();
        handCounted().values().forEach(m -> m.forEach((id, n) -> total.merge(id, n, Integer::sum)));
        assertThat(total).containsEntry("andrej-karpathy", 19).containsEntry("nick-joseph", 2);
        for (var e : total.entrySet()) {
            Document person = page("people/" + e.getKey() + ".html");
            assertThat(person.select("ol.mentions > li")).as(e.getKey()).hasSize(e.getValue());
        }
        Document joseph = page("people/nick-joseph.html");
        assertThat(joseph.select("ol.mentions mark").eachText()).containsExactly("Nick Joseph", "Nicholas Joseph");
        Element first = joseph.expectFirst("ol.mentions > li");
        assertThat(first.expectFirst("blockquote").text()).startsWith("Andrej Karpathy — OpenAI founding member")
                .endsWith("joining the pretraining team under lead Nick Joseph.");
        assertThat(first.expectFirst("a").attr("href")).isEqualTo("../articles/" + JOINS + ".html#m-nick-joseph-1");

        Document karpathy = page("people/andrej-karpathy.html");
        assertThat(karpathy.select("ol.mentions blockquote").eachText())
                .contains("The Technical Mandate: Why Andrej Karpathy Chose Pretraining Over Post-Training");
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve("site").resolve(path)));
    }
}
