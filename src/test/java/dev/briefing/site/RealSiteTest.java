package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.briefing.testing.SiteLinkChecker;
import dev.briefing.testing.Sites;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the repo's real {@code content/} once and checks the briefing a reader gets: the pages,
 * who links to what, the bibliography and the home page. Expectations come from reading the two
 * seed articles, not from the code under test.
 */
class RealSiteTest {
    static final String JOINS = "karpathy-joins-anthropic";
    static final String LOOP = "karpathy-claude-in-the-loop-pretraining";

    /** Who each article names (in its text), by person id. */
    static final Map<String, Set<String>> ARTICLES_BY_PERSON = Map.ofEntries(
            Map.entry("andrej-karpathy", Set.of(JOINS, LOOP)),
            Map.entry("nick-joseph", Set.of(JOINS, LOOP)),
            Map.entry("peter-bailis", Set.of(LOOP)),
            Map.entry("bryan-mccann", Set.of(LOOP)),
            Map.entry("mike-krieger", Set.of(LOOP)),
            Map.entry("ben-kus", Set.of(LOOP)),
            Map.entry("henry-shi", Set.of(LOOP)),
            Map.entry("rahul-patil", Set.of(LOOP)),
            Map.entry("jan-leike", Set.of(LOOP)),
            Map.entry("john-schulman", Set.of(LOOP)),
            Map.entry("chris-rohlf", Set.of(LOOP)));

    static final List<String> BY_FAMILY_NAME = List.of("Peter Bailis", "Nick Joseph", "Andrej Karpathy",
            "Mike Krieger", "Ben Kus", "Jan Leike", "Bryan McCann", "Rahul Patil", "Chris Rohlf", "John Schulman",
            "Henry Shi");

    /** Every page of the real site: one per article, person and organization the content names, plus the indexes. */
    static final List<String> PAGES = List.of(
            "index.html", "bibliography.html", "people/index.html",
            "articles/" + JOINS + ".html", "articles/" + LOOP + ".html",
            "people/andrej-karpathy.html", "people/nick-joseph.html", "people/peter-bailis.html",
            "people/bryan-mccann.html", "people/mike-krieger.html", "people/ben-kus.html",
            "people/henry-shi.html", "people/rahul-patil.html", "people/jan-leike.html",
            "people/john-schulman.html", "people/chris-rohlf.html",
            "organizations/index.html", "organizations/anthropic.html", "organizations/axios.html",
            "organizations/box.html", "organizations/cnbc.html", "organizations/eureka-labs.html",
            "organizations/instagram.html", "organizations/meta.html", "organizations/openai.html",
            "organizations/stripe.html", "organizations/super-com.html", "organizations/techcrunch.html",
            "organizations/tempmail-ninja.html", "organizations/tesla.html", "organizations/the-new-stack.html",
            "organizations/workday.html", "organizations/you-com.html",
            "timeline.html", "search.html", "404.html");

    @TempDir
    static Path out;

    @BeforeAll
    static void buildRealContent() {
        Sites.build(Sites.REAL_CONTENT, out);
    }

    @Test
    void hasOnePagePerArticleAndPersonPlusTheIndexes() {
        assertThat(Sites.htmlPages(out)).containsExactlyInAnyOrderElementsOf(PAGES);
    }

    @Test
    void everyPersonPageLinksExactlyTheArticlesThatNameThem() {
        ARTICLES_BY_PERSON.forEach((id, slugs) -> {
            Document page = Sites.page(out, "people/" + id + ".html");
            Set<String> linked = page.select("main a[href^=../articles/]").stream()
                    .map(a -> a.attr("href").replaceFirst("^\\.\\./articles/([^.#]+)\\.html.*$", "$1"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(linked).as(id).isEqualTo(new TreeSet<>(slugs));
        });
    }

    @Test
    void everyMentionLinksToItsAnchorWithTheNameAsWritten() {
        Document nick = Sites.page(out, "people/nick-joseph.html");
        assertThat(nick.select("ol.mentions mark").eachText()).contains("Nick Joseph", "Nicholas Joseph");
        for (Element link : nick.select("ol.mentions a")) {
            String[] target = link.attr("href").substring("../".length()).split("#");
            Element anchor = Sites.page(out, target[0]).getElementById(target[1]);
            assertThat(anchor).as(link.attr("href")).isNotNull();
            assertThat(anchor.text()).isIn("Nick Joseph", "Nicholas Joseph", "Joseph");
        }
        Document rohlf = Sites.page(out, "people/chris-rohlf.html");
        assertThat(rohlf.select("ol.mentions mark").eachText()).containsExactly("Chris Rohlf", "Rohlf");
    }

    @Test
    void namesInArticleTextLinkToThePersonPage() {
        Document joins = Sites.page(out, "articles/" + JOINS + ".html");
        assertThat(joins.select(".body a.mention").eachAttr("href"))
                .containsExactly("../people/andrej-karpathy.html", "../people/nick-joseph.html");
        Document loop = Sites.page(out, "articles/" + LOOP + ".html");
        Set<String> linked = new TreeSet<>(loop.select(".body a.mention").eachAttr("href"));
        assertThat(linked).hasSize(11);
    }

    @Test
    void peopleIndexIsSortedByFamilyNameWithRolesAndArticleCounts() {
        Document people = Sites.page(out, "people/index.html");
        List<Element> rows = people.select("table.people-table tbody tr");
        assertThat(rows).extracting(r -> r.selectFirst("th").text()).containsExactlyElementsOf(BY_FAMILY_NAME);
        for (Element row : rows) {
            String id = row.selectFirst("th a").attr("href").replaceFirst("^.*/([^/]+)\\.html$", "$1");
            assertThat(row.select("td").get(0).text()).as(id).isNotBlank();
            int articles = ARTICLES_BY_PERSON.get(id).size();
            // Each count says what it counts, for screen readers and for the stacked rows on a phone.
            assertThat(row.select("td").get(1).text()).as(id)
                    .isEqualTo(articles + (articles == 1 ? " article" : " articles"));
        }
        assertThat(rows.get(1).select("td").get(0).text()).isEqualTo("Lead of the pretraining team, Anthropic");
        assertThat(rows.get(5).select("td").get(0).text()).isEqualTo("Former superalignment lead, OpenAI");
    }

    @Test
    void bibliographyHasTheTwoArticlesAndTheFourReportsTheyCiteWithNothingInvented() {
        Document bib = Sites.page(out, "bibliography.html");
        List<Element> entries = bib.select("li[id^=src-]");
        assertThat(entries).hasSize(6);
        assertThat(entries.subList(0, 2)).extracting(e -> e.id(), e -> e.selectFirst(".cited-by a").attr("href"))
                .containsExactly(tuple("src-" + JOINS, "articles/" + JOINS + ".html"),
                        tuple("src-" + LOOP, "articles/" + LOOP + ".html"));
        // Each cited report links back to the place the article cites it.
        Document joins = Sites.page(out, "articles/" + JOINS + ".html");
        assertThat(entries.subList(2, 6)).allSatisfy(e -> {
            String citation = "cite-" + e.id().substring("src-".length());
            assertThat(e.select(".cited-by a").eachAttr("href")).containsExactly("articles/" + JOINS + ".html#" + citation);
            assertThat(joins.getElementById(citation)).as(citation).isNotNull();
        });
        // citeproc sets titles in italics with typographic apostrophes; APA sorts the reports by title.
        assertThat(bib.select("li[id^=src-] .csl-entry > span[style*=italic]").eachText()).containsExactly(
                "Andrej Karpathy joins Anthropic — to use Claude to accelerate Claude\u2019s pretraining",
                "Andrej Karpathy Joins Anthropic to Lead Claude-in-the-Loop Pretraining",
                "Anthropic hires Karpathy to lead Claude pre-training research",
                "Anthropic hires OpenAI co-founder Andrej Karpathy, former Tesla AI lead",
                "OpenAI co-founder Andrej Karpathy joins Anthropic",
                "OpenAI co-founder Andrej Karpathy joins Anthropic\u2019s pre-training team");
        // No source gives a URL, and only the first article gives a date.
        assertThat(bib.select("main a[href~=^(https?:)?//]")).isEmpty();
        assertThat(entries).extracting(e -> e.selectFirst(".citation").text().replaceFirst("^[^(]*\\(([^)]*)\\).*$", "$1"))
                .containsExactly("2026, May 22", "n.d.", "n.d.", "n.d.", "n.d.", "n.d.");
    }

    @Test
    void homePageListsArticlesNewestFirstWithSummariesPeopleAndSourceCount() {
        Document home = Sites.page(out, "index.html");
        List<Element> cards = home.select(".article-list > li");
        assertThat(cards).extracting(c -> c.selectFirst("a").attr("href"))
                .containsExactly("articles/" + JOINS + ".html", "articles/" + LOOP + ".html");
        assertThat(cards.get(0).selectFirst(".summary").text()).isEqualTo("Andrej Karpathy joined Anthropic's "
                + "pretraining team under Nick Joseph (May 19). His mandate: use Claude to accelerate Claude's own "
                + "pretraining R&D.");
        assertThat(home.select(".people-grid a").eachText()).containsExactlyElementsOf(BY_FAMILY_NAME);
        assertThat(home.selectFirst("main").text()).contains("6 sources");
    }

    @Test
    void everyInternalLinkAndAnchorResolvesToAFileAndAnId() {
        SiteLinkChecker checker = new SiteLinkChecker(out);
        assertThat(checker.internalLinkCount()).isGreaterThan(200);
        assertThat(checker.brokenLinks()).isEmpty();
    }
}
