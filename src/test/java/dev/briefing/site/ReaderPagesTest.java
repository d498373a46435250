package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.briefing.markdown.Excerpt;
import dev.briefing.testing.HtmlChecker;
import dev.briefing.testing.Sites;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small site built from inline files, for what a reader sees on the pages: which section the
 * navigation marks, the teaser of an article without a summary, tables that keep every column's
 * data, person pages that cite articles by number, and addresses that wrap at their punctuation.
 */
class ReaderPagesTest {
    private static final String LONG_URL = "https://www.example.org/news/2026/05/a-rather-long-address-for-a-phone"
            + "?utm_source=feed&utm_medium=web";
    private static final String FIRST_PARAGRAPH = "Ada Lovelace wrote the first published program for the Analytical "
            + "Engine, and Grace Hopper later built the first compiler."
            + " This paragraph goes on long enough that a teaser has to cut it at a word before its end.".repeat(3);

    @TempDir
    static Path tmp;

    static Path out;

    @BeforeAll
    static void build() {
        Path content = tmp.resolve("content");
        Sites.write(content, "site.yaml", "title: Test briefing\n");
        Sites.write(content, "people.yaml", """
                - name: Ada Lovelace
                  roles:
                    - title: Analyst
                      organization: Analytical Society
                      from: 2026-05-01
                      stated_in: [no-summary, with-summary]
                  events:
                    - date: 2026-05-01
                      what: Joined the Analytical Society
                      stated_in: [with-summary]
                - name: Grace Hopper
                  roles:
                    - title: Rear admiral
                      organization: US Navy
                      current: false
                      stated_in: [no-summary]
                """);
        Sites.write(content, "articles/no-summary.md", "---\ntitle: An article without a summary\ndate: 2026-05-02\n"
                + "url: " + LONG_URL + "\nsources:\n  - title: A cited report\n    publisher: Example Institute\n"
                + "    url: " + LONG_URL + "\n---\n\n" + FIRST_PARAGRAPH + "\n\nLovelace again, and Hopper again.\n");
        Sites.write(content, "articles/with-summary.md", "---\ntitle: An article with a summary\ndate: 2026-05-01\n"
                + "summary: The summary as written.\n---\n\nAda Lovelace is named here once.\n");
        out = tmp.resolve("site");
        Sites.build(content, out);
    }

    @Test
    void navigationMarksTheSectionOfEveryPage() {
        List<Object[]> pages = List.of(
                new Object[] {"index.html", "Briefing", "page"},
                new Object[] {"articles/no-summary.html", "Briefing", "true"},
                new Object[] {"people/index.html", "People", "page"},
                new Object[] {"people/ada-lovelace.html", "People", "true"},
                new Object[] {"organizations/index.html", "Organizations", "page"},
                new Object[] {"organizations/analytical-society.html", "Organizations", "true"},
                new Object[] {"timeline.html", "Timeline", "page"},
                new Object[] {"bibliography.html", "Sources", "page"},
                new Object[] {"search.html", "Search", "page"});
        for (Object[] p : pages) {
            Document doc = Sites.page(out, (String) p[0]);
            assertThat(doc.select("nav a[aria-current]")).as((String) p[0])
                    .extracting(Element::text, a -> a.attr("aria-current")).containsExactly(tuple(p[1], p[2]));
        }
        assertThat(Sites.page(out, "404.html").select("nav a[aria-current]")).isEmpty();
    }

    @Test
    void anArticleWithoutASummaryShowsTheDigestsExcerptOnItsCard() {
        String excerpt = Excerpt.cut(FIRST_PARAGRAPH.strip());
        assertThat(excerpt).endsWith("…").hasSizeLessThan(FIRST_PARAGRAPH.length());
        Document home = Sites.page(out, "index.html");
        assertThat(home.select(".article-list > li")).extracting(c -> c.expectFirst("h3").text(),
                c -> c.expectFirst(".summary").text()).containsExactly(
                tuple("An article without a summary", excerpt),
                tuple("An article with a summary", "The summary as written."));
        assertThat(home.select(".summary.excerpt")).hasSize(1);
        // The search page shows what matched instead: its full-text index quotes the matching sentence.
        Document article = Sites.page(out, "articles/no-summary.html");
        assertThat(article.expectFirst("meta[name=description]").attr("content")).isEqualTo(excerpt);
        assertThat(article.select(".dek")).isEmpty();
    }

    @Test
    void tablesKeepEveryColumnAndSayWhatEachCountCounts() {
        Document people = Sites.page(out, "people/index.html");
        assertThat(people.select("table.stack thead th").eachText()).containsExactly("Name", "Role", "Articles", "Mentions");
        assertThat(people.select("table.stack tbody tr")).extracting(r -> r.select("th, td").eachText()).containsExactly(
                List.of("Grace Hopper", "Former rear admiral, US Navy", "1 article", "2 mentions"),
                List.of("Ada Lovelace", "Analyst, Analytical Society", "2 articles", "3 mentions"));
        assertThat(people.select("table.stack tbody td.num")).allSatisfy(td ->
                assertThat(td.ownText()).matches("\\d+"));

        Document organizations = Sites.page(out, "organizations/index.html");
        assertThat(organizations.select("table.stack thead th").eachText())
                .containsExactly("Organization", "People", "Formerly", "Sources published");
        assertThat(organizations.select("table.stack tbody tr")).extracting(r -> r.select("th, td").eachText())
                .contains(List.of("Analytical Society", "1 person now", "0 formerly", "0 sources published"),
                        List.of("US Navy", "0 people now", "1 formerly", "0 sources published"),
                        List.of("Example Institute", "0 people now", "0 formerly", "1 source published"));
        // No column is hidden at any width: the stylesheet has no rule that hides table cells.
        String css = Sites.page(out, "404.html").expectFirst("style").data().replaceAll("(?s)/\\*.*?\\*/", "");
        assertThat(css).contains(".stack td.num").doesNotContainPattern(
                "(^|[\\s,>+~}])t[dh](?![\\w-])[^{}]*\\{[^}]*display:\\s*none");
    }

    @Test
    void personPageNumbersItsArticlesAndGroupsMentionsUnderThem() {
        Document ada = Sites.page(out, "people/ada-lovelace.html");
        assertThat(ada.select(".article-refs > li")).extracting(li -> li.id(), li -> li.expectFirst("a").text(),
                li -> li.expectFirst(".count").text()).containsExactly(
                tuple("article-1", "An article without a summary", "· 2 mentions"),
                tuple("article-2", "An article with a summary", "· 1 mention"));
        assertThat(ada.select(".roles .ref")).extracting(Element::ownText, a -> a.attr("href"), a -> a.attr("title"))
                .containsExactly(tuple("1", "../articles/no-summary.html", "An article without a summary"),
                        tuple("2", "../articles/with-summary.html", "An article with a summary"));
        assertThat(ada.select(".events .ref")).extracting(Element::ownText).containsExactly("2");
        assertThat(ada.select("section.mention-group")).extracting(g -> g.expectFirst("h3 a").text(),
                g -> g.expectFirst("ol.mentions").attr("start"), g -> g.select("ol.mentions > li").size())
                .containsExactly(tuple("An article without a summary", "1", 2), tuple("An article with a summary", "3", 1));
        assertThat(ada.select("ol.mentions > li a")).extracting(a -> a.attr("href")).containsExactly(
                "../articles/no-summary.html#m-ada-lovelace-1", "../articles/no-summary.html#m-ada-lovelace-2",
                "../articles/with-summary.html#m-ada-lovelace-1");
        // One peer: listed, with no "and N more".
        assertThat(ada.select("ol.alongside > li > a").eachText()).containsExactly("Grace Hopper");
        assertThat(ada.select("details")).isEmpty();
    }

    @Test
    void longAddressesWrapAtTheirPunctuation() {
        Document article = Sites.page(out, "articles/no-summary.html");
        Element original = article.expectFirst(".original a");
        assertThat(original.attr("href")).isEqualTo(LONG_URL);
        assertThat(original.text()).isEqualTo(LONG_URL);
        assertThat(original.select("wbr")).hasSizeGreaterThan(10);
        assertThat(original.html()).startsWith("https://<wbr>www<wbr>.example<wbr>.org<wbr>/news");

        Document bibliography = Sites.page(out, "bibliography.html");
        Element cited = bibliography.expectFirst("li[id=src-a-cited-report] .csl-entry a.url");
        assertThat(cited.attr("href")).isEqualTo(LONG_URL);
        assertThat(cited.text()).isEqualTo(LONG_URL);
        assertThat(cited.select("wbr")).hasSizeGreaterThan(10);
        assertThat(article.expectFirst("#cite-a-cited-report a.url").attr("href")).isEqualTo(LONG_URL);
    }

    @Test
    void pagesStayValidHtml() {
        assertThat(Sites.htmlPages(out).stream().flatMap(p -> HtmlChecker.shared().errors(out, p).stream())).isEmpty();
    }
}
