package dev.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.site.SiteBuilder;
import dev.briefing.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code extra} mappings of site.yaml and of an article's front matter reach a site's own
 * templates, as the content format says, and are escaped there like every other value.
 */
class TemplateExtraTest {
    @TempDir
    Path tmp;

    @Test
    void siteAndArticleExtraReachTemplatesEscaped() throws Exception {
        Path content = tmp.resolve("content");
        Sites.write(content, "site.yaml", "title: T\nextra:\n  motto: \"<script>alert(1)</script> Facts first\"\n"
                + "  colors: [red, blue]\n");
        Sites.write(content, "articles/a.md", "---\ntitle: A\nextra:\n  kicker: Exclusive\n  rank: 3\n---\nText.\n");
        Path templates = tmp.resolve("templates");
        Sites.copyTree(Sites.THEME, templates);
        String article = Files.readString(templates.resolve("article.ftlh"));
        Files.writeString(templates.resolve("article.ftlh"), article.replace("<div class=\"body\">",
                "<p class=\"motto\">${site.extra.motto} ${site.extra.colors?join(\"/\")}</p>"
                        + "<p class=\"kicker\">${page.article.extra.kicker} #${page.article.extra.rank}</p>"
                        + "<div class=\"body\">"));
        Path out = tmp.resolve("out");
        new SiteBuilder().build(new SiteBuilder.Options(content, templates, out, Optional.empty(), true));

        Document page = Jsoup.parse(out.resolve("articles/a.html").toFile(), "UTF-8");
        assertThat(page.select("p.motto").text()).isEqualTo("<script>alert(1)</script> Facts first red/blue");
        assertThat(page.select("p.motto script")).isEmpty();
        assertThat(page.select("p.kicker").text()).isEqualTo("Exclusive #3");
    }
}
