package dev.briefing.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bibliography page and the article pages' sources, built from the real content. */
class BibliographyPageTest {
    static final String CNBC = "src-anthropic-hires-openai-co-founder-andrej-karpathy-former-tesla-ai-lead";

    @TempDir
    Path tmp;

    @Test
    void groupsTheRealContentsSixSourcesIntoTwoDocumentsAndFourCitedWorks() throws Exception {
        SiteFixture site = SiteFixture.realContent(tmp, "apa");
        site.build();
        Document bib = site.page("bibliography.html");

        assertThat(bib.select("section[aria-labelledby=primary-heading] li[id^=src-]")).extracting(Element::id)
                .containsExactly("src-karpathy-joins-anthropic", "src-karpathy-claude-in-the-loop-pretraining");
        assertThat(bib.select("section[aria-labelledby=cited-heading] li[id^=src-]")).hasSize(4);
        assertThat(bib.select(".exports a")).extracting(a -> a.attr("href")).containsExactly(
                "sources/bibliography.bib", "sources/bibliography.ris", "sources/bibliography.json");
    }

    @Test
    void formatsInApaByDefaultWithTheStylesOwnNoDateAndNoLinkWithoutUrl() throws Exception {
        SiteFixture site = SiteFixture.realContent(tmp, "apa");
        site.build();
        Document bib = site.page("bibliography.html");

        Element cnbc = bib.getElementById(CNBC);
        assertThat(cnbc.selectFirst(".csl-entry").text())
                .isEqualTo("Anthropic hires OpenAI co-founder Andrej Karpathy, former Tesla AI lead. (n.d.). CNBC.");
        assertThat(cnbc.selectFirst(".csl-entry i, .csl-entry span[style*=italic]").text())
                .isEqualTo("Anthropic hires OpenAI co-founder Andrej Karpathy, former Tesla AI lead");
        assertThat(bib.select("section[aria-labelledby=cited-heading] .csl-entry a")).isEmpty();
        assertThat(bib.getElementById("src-karpathy-claude-in-the-loop-pretraining").selectFirst(".csl-entry").text())
                .isEqualTo("TempMail Ninja. (n.d.). Andrej Karpathy Joins Anthropic to Lead Claude-in-the-Loop Pretraining.");
        assertThat(bib.getElementById("src-karpathy-joins-anthropic").selectFirst(".csl-entry").text())
                .startsWith("Andrej Karpathy joins Anthropic — to use Claude").contains("(2026, May 22).");
    }

    @Test
    void theCitationStyleSettingChangesTheFormatting() throws Exception {
        assertThat(entry("ieee", CNBC)).isEqualTo(
                "[4] “Anthropic hires OpenAI co-founder Andrej Karpathy, former Tesla AI lead,” CNBC.");
        assertThat(entry("modern-language-association", CNBC)).isEqualTo(
                "“Anthropic Hires OpenAI Co-Founder Andrej Karpathy, Former Tesla AI Lead.” CNBC.");
        // Chicago puts the site first as author; the all-capitals name stays as written, not "Cnbc".
        assertThat(entry("chicago-author-date", CNBC)).isEqualTo(
                "CNBC. n.d. “Anthropic Hires OpenAI Co-Founder Andrej Karpathy, Former Tesla AI Lead.”");
    }

    private String entry(String style, String anchor) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(style));
        SiteFixture site = SiteFixture.realContent(dir, style);
        site.build();
        return site.page("bibliography.html").getElementById(anchor).selectFirst(".csl-entry").text();
    }

    @Test
    void articlePagesListTheirSourcesAndCiteThemselvesLinkedToTheBibliography() throws Exception {
        SiteFixture site = SiteFixture.realContent(tmp, "apa");
        site.build();
        Document article = site.page("articles/karpathy-joins-anthropic.html");

        List<Element> items = article.select("ul.citations > li");
        assertThat(items).hasSize(4);
        for (Element li : items) {
            String href = li.selectFirst("a.entry-link").attr("href");
            assertThat(href).isEqualTo("../bibliography.html#src-" + li.id().substring("cite-".length()));
            assertThat(li.selectFirst(".csl-entry")).isNotNull();
        }
        assertThat(article.selectFirst(".cite-box .csl-entry").text()).isEqualTo(
                "Andrej Karpathy joins Anthropic — to use Claude to accelerate Claude’s pretraining. (2026, May 22). "
                        + "Karpathy joins Anthropic."); // the site's name as it writes it
        assertThat(article.selectFirst(".cite-box a[href$=#src-karpathy-joins-anthropic]")).isNotNull();
    }

    @Test
    void everyCitedByLinkLeadsToTheCitationInTheArticle() throws Exception {
        SiteFixture site = SiteFixture.realContent(tmp, "apa");
        site.build();
        List<Element> links = site.page("bibliography.html").select(".cited-by a");
        assertThat(links).hasSize(6);
        for (Element a : links) {
            String[] parts = a.attr("href").split("#", 2);
            assertThat(site.out.resolve(parts[0])).exists();
            if (parts.length == 2) {
                assertThat(site.page(parts[0]).getElementById(parts[1])).as(a.attr("href")).isNotNull();
            }
        }
    }
}
