package dev.briefing.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.testing.Cli;
import dev.briefing.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest is one issue of the newest articles, however large the briefing: it names only the
 * people and works of those articles, says how many more the briefing holds, and stays under the
 * size at which Gmail clips a message.
 */
class DigestTest {
    private static final String BASE = "https://example.org/b/";

    @TempDir
    Path tmp;

    @Test
    void presentsTheNewestArticlesWithTheirPeopleAndSourcesAndPointsToTheRest() throws Exception {
        Path content = site(tmp, 120, "digest_articles: 5\n");
        Path out = tmp.resolve("out");
        Sites.build(content, out, Optional.of(BASE));

        Document digest = Jsoup.parse(out.resolve("newsletter/digest.html").toFile(), "UTF-8");
        // Article n is dated day n of 2025, so the newest five are 120 down to 116.
        assertThat(digest.select("h3 a").eachText())
                .containsExactly("Story 120", "Story 119", "Story 118", "Story 117", "Story 116");
        assertThat(digest.select("a[href=" + BASE + "]").eachText()).contains("115 more articles in the briefing");
        assertThat(digest.text()).contains("Briefing · the newest 5 of 120 articles");
        // Person n%40 is named by article n: the five articles name persons 36 to 39 and 0.
        assertThat(digest.select("li a[href^=" + BASE + "people/]").eachText())
                .containsExactlyInAnyOrder("Ada Person0", "Ada Person36", "Ada Person37", "Ada Person38", "Ada Person39");
        assertThat(digest.select("ol li")).hasSize(5);
        assertThat(digest.select("ol li").text()).contains("Work 120").contains("Work 116").doesNotContain("Work 115");

        String text = Files.readString(out.resolve("newsletter/digest.txt"));
        assertThat(text).contains("5. Story 116").doesNotContain("Story 115").contains("115 more articles in the briefing [");
        assertThat(Files.size(out.resolve("newsletter/digest.html"))).isLessThan(102 * 1024);
    }

    @Test
    void twentyArticlesByDefaultAndNoPointerWhenAllFit() throws Exception {
        Path content = site(tmp.resolve("a"), 30, "");
        Sites.build(content, tmp.resolve("a-out"), Optional.of(BASE));
        Document digest = Jsoup.parse(tmp.resolve("a-out/newsletter/digest.html").toFile(), "UTF-8");
        assertThat(digest.select("h3 a")).hasSize(20);
        assertThat(digest.text()).contains("10 more articles in the briefing");

        Path small = site(tmp.resolve("b"), 3, "");
        Sites.build(small, tmp.resolve("b-out"), Optional.of(BASE));
        Document all = Jsoup.parse(tmp.resolve("b-out/newsletter/digest.html").toFile(), "UTF-8");
        assertThat(all.select("h3 a")).hasSize(3);
        assertThat(all.text()).doesNotContain("more article").contains("Briefing · 3 articles");
    }

    @Test
    void aDigestSizeOutOfRangeIsAnErrorAtTheValue() throws Exception {
        Path content = site(tmp, 1, "digest_articles: 0\n");
        Sites.write(content, "site.yaml", "title: T\ndigest_articles: 0\n");
        var run = Cli.run("check", "--content", content.toString(), "--templates", Sites.THEME.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains(content.resolve("site.yaml") + ":2:18: 'digest_articles' must be a whole number from 1 to 200");
        Sites.write(content, "site.yaml", "title: T\ndigest_articles: many\n");
        assertThat(Cli.run("check", "--content", content.toString(), "--templates", Sites.THEME.toString()).err())
                .contains(content.resolve("site.yaml") + ":2:18: 'digest_articles' must be a whole number from 1 to 200");
    }

    /** {@code n} dated articles, each naming one of 40 people and citing a work of its own. */
    private static Path site(Path dir, int n, String settings) {
        Path content = dir.resolve("content");
        Sites.write(content, "site.yaml", "title: Digest test\n" + settings);
        StringBuilder people = new StringBuilder();
        for (int p = 0; p < 40; p++) {
            people.append("- name: Ada Person").append(p).append('\n');
        }
        Sites.write(content, "people.yaml", people.toString());
        for (int i = 1; i <= n; i++) {
            String date = java.time.LocalDate.of(2025, 1, 1).plusDays(i - 1).toString();
            Sites.write(content, "articles/story-" + i + ".md", "---\ntitle: Story " + i + "\ndate: " + date
                    + "\nsources:\n  - title: Work " + i + "\n    publisher: Press\n    url: https://example.com/w" + i
                    + "\n---\nAda Person" + i % 40 + " spoke.\n");
        }
        return content;
    }
}
