package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.briefing.errors.Problem;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Mentions in each article's title and standfirst (its summary), counted by hand. */
    static Map<String, Map<String, Integer>> handCountedHeadings() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        counts.put(JOINS, Map.of("andrej-karpathy", 2, "nick-joseph", 1));
        counts.put(LOOP, Map.of("andrej-karpathy", 1));
        return counts;
    }

    @Test
    void titlesAndStandfirstsMarkTheirMentionsToo() throws IOException {
        for (var article : handCountedHeadings().entrySet()) {
            Document page = page("articles/" + article.getKey() + ".html");
            Map<String, Integer> found = new LinkedHashMap<>();
            for (Element m : page.select("article.article > header .mention")) {
                found.merge(m.attr("data-person"), 1, Integer::sum);
            }
            assertThat(found).as(article.getKey()).isEqualTo(article.getValue());
            // The title names the person first: its mention is anchor 1 and links to the person page.
            assertThat(page.expectFirst("h1 a.mention").attr("href")).isEqualTo("../people/andrej-karpathy.html");
            assertThat(page.expectFirst("h1 a.mention").id()).isEqualTo("m-andrej-karpathy-1");
        }
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
            // The first mention of each person in the body links; the rest are anchors only.
            for (String id : article.getValue().keySet()) {
                assertThat(page.select(".body a.mention[data-person=" + id + "]")).hasSize(1);
                assertThat(page.expectFirst(".body .mention[data-person=" + id + "]").tagName()).isEqualTo("a");
            }
        }
    }

    @Test
    void personPagesListEveryMentionWithItsSentenceAndAnchor() throws IOException {
        Map<String, Integer> total = new LinkedHashMap<>();
        handCounted().values().forEach(m -> m.forEach((id, n) -> total.merge(id, n, Integer::sum)));
        handCountedHeadings().values().forEach(m -> m.forEach((id, n) -> total.merge(id, n, Integer::sum)));
        assertThat(total).containsEntry("andrej-karpathy", 22).containsEntry("nick-joseph", 3);
        for (var e : total.entrySet()) {
            Document person = page("people/" + e.getKey() + ".html");
            assertThat(person.select("ol.mentions > li")).as(e.getKey()).hasSize(e.getValue());
        }
        Document joseph = page("people/nick-joseph.html");
        assertThat(joseph.select("ol.mentions mark").eachText())
                .containsExactly("Nick Joseph", "Nick Joseph", "Nicholas Joseph");
        Element first = joseph.expectFirst("ol.mentions > li");
        assertThat(first.expectFirst("blockquote").text())
                .isEqualTo("Andrej Karpathy joined Anthropic's pretraining team under Nick Joseph (May 19).");
        assertThat(first.expectFirst("a").attr("href")).isEqualTo("../articles/" + JOINS + ".html#m-nick-joseph-1");
        Element second = joseph.select("ol.mentions > li").get(1);
        assertThat(second.expectFirst("blockquote").text()).startsWith("Andrej Karpathy — OpenAI founding member")
                .endsWith("joining the pretraining team under lead Nick Joseph.");
        assertThat(second.expectFirst("a").attr("href")).isEqualTo("../articles/" + JOINS + ".html#m-nick-joseph-2");

        Document karpathy = page("people/andrej-karpathy.html");
        assertThat(karpathy.select("ol.mentions blockquote").eachText())
                .contains("The Technical Mandate: Why Andrej Karpathy Chose Pretraining Over Post-Training");
    }

    @Test
    void personPageShowsOtherSpellingsAndRolesWithProvenance() throws IOException {
        Document joseph = page("people/nick-joseph.html");
        assertThat(joseph.select(".aliases .alias").eachText()).containsExactly("Nicholas Joseph");

        Document bailis = page("people/peter-bailis.html");
        assertThat(bailis.select(".roles > li").eachText()).containsExactly(
                "Member of Technical Staff, reinforcement learning engineering at Anthropic (since April 2026) — stated in "
                        + "Andrej Karpathy Joins Anthropic to Lead Claude-in-the-Loop Pretraining",
                "Former CTO at Workday — stated in Andrej Karpathy Joins Anthropic to Lead Claude-in-the-Loop Pretraining");
        assertThat(bailis.expectFirst(".roles time").attr("datetime")).isEqualTo("2026-04");
        assertThat(bailis.expectFirst(".roles .provenance a").attr("href")).isEqualTo("../articles/" + LOOP + ".html");

        // A role with no stated date shows no date at all.
        Document krieger = page("people/mike-krieger.html");
        assertThat(krieger.select(".roles > li").first().text())
                .isEqualTo("Chief Product Officer at Anthropic — stated in Andrej Karpathy Joins Anthropic to Lead Claude-in-the-Loop Pretraining");
        assertThat(krieger.select(".roles .dates, .roles time")).isEmpty();
        assertThat(page("people/jan-leike.html").expectFirst(".roles > li").text())
                .startsWith("Former superalignment lead at OpenAI (until May 2024)");
    }

    @Test
    void organizationsLinkToTheirPeopleAndBack() throws IOException {
        Document list = page("organizations/index.html");
        assertThat(list.select("tbody th a").eachText()).containsExactly("Anthropic", "Axios", "Box", "CNBC",
                "Eureka Labs", "Instagram", "Meta", "OpenAI", "Stripe", "Super.com", "TechCrunch", "TempMail Ninja",
                "Tesla", "The New Stack", "Workday", "You.com");

        Document joseph = page("people/nick-joseph.html");
        assertThat(joseph.select(".roles a[href$=organizations/anthropic.html]").eachText()).containsExactly("Anthropic");

        Document anthropic = page("organizations/anthropic.html");
        assertThat(anthropic.select("#current-heading + ul > li > a:first-child").eachText()).containsExactly(
                "Peter Bailis", "Nick Joseph", "Andrej Karpathy", "Mike Krieger", "Ben Kus", "Bryan McCann",
                "Rahul Patil", "Chris Rohlf", "Henry Shi");
        assertThat(anthropic.select("a[href=../people/nick-joseph.html]")).hasSize(1);
        assertThat(anthropic.select("#former-heading")).isEmpty();

        Document openai = page("organizations/openai.html");
        assertThat(openai.select("#current-heading")).isEmpty();
        assertThat(openai.select("#former-heading + ul > li").eachText()).containsExactly(
                "Nick Joseph, former early staff member — stated in Andrej Karpathy Joins Anthropic to Lead Claude-in-the-Loop Pretraining",
                "Andrej Karpathy, former founding member — stated in Andrej Karpathy joins Anthropic — to use Claude to "
                        + "accelerate Claude's pretraining; Andrej Karpathy Joins Anthropic to Lead Claude-in-the-Loop Pretraining",
                "Jan Leike, former superalignment lead (until May 2024) — stated in Andrej Karpathy Joins Anthropic to Lead Claude-in-the-Loop Pretraining",
                "John Schulman, former co-founder (until August 2024) — stated in Andrej Karpathy Joins Anthropic to Lead Claude-in-the-Loop Pretraining");

        // Publishers: of a cited source (to its bibliography entry) and of an article (to the article too).
        Document techcrunch = page("organizations/techcrunch.html");
        Element source = techcrunch.expectFirst("#published-heading + ul > li > a");
        assertThat(source.text()).isEqualTo("OpenAI co-founder Andrej Karpathy joins Anthropic's pre-training team");
        assertThat(source.attr("href")).startsWith("../bibliography.html#src-");
        assertThat(page("bibliography.html").select("[id=" + source.attr("href").substring("../bibliography.html#".length()) + "]")).hasSize(1);
        Document tempmail = page("organizations/tempmail-ninja.html");
        assertThat(tempmail.select("#published-heading + ul a[href=../articles/" + LOOP + ".html]")).hasSize(1);
    }

    @Test
    void timelineRunsFromMay2024ToMay2026OldestFirst() throws IOException {
        Document timeline = page("timeline.html");
        assertThat(timeline.select("h2").eachText()).containsExactly("2024", "2025", "2026");
        var entries = timeline.select("ol.timeline > li");
        assertThat(entries.eachAttr("class")).hasSize(8);
        assertThat(entries.select("time").eachAttr("datetime")).containsExactly(
                "2024-05", "2024-08", "2025-07", "2025-12", "2026-03", "2026-04", "2026-05-19", "2026-05-19");
        assertThat(entries.first().expectFirst("p").text()).isEqualTo("Jan Leike left OpenAI (Superalignment lead)");
        assertThat(entries.get(2).expectFirst("p").text()).isEqualTo("Henry Shi joined Anthropic as Member of Technical Staff");
        assertThat(entries.last().expectFirst("p").text()).isEqualTo("Andrej Karpathy announced his move to Anthropic");
        assertThat(entries.last().select("a").eachAttr("href")).containsExactly("people/andrej-karpathy.html",
                "articles/" + JOINS + ".html", "articles/" + LOOP + ".html");
        assertThat(entries.first().select("p a").eachAttr("href")).containsExactly("people/jan-leike.html",
                "organizations/openai.html", "articles/" + LOOP + ".html");
        assertThat(timeline.select("nav a[aria-current=page]").eachText()).containsExactly("Timeline");
    }

    @Test
    void appearsAlongsideListsTheFivePeopleSharingMostArticles() throws IOException {
        Document karpathy = page("people/andrej-karpathy.html");
        assertThat(karpathy.select(".alongside > li > a").eachText())
                .containsExactly("Nick Joseph", "Ben Kus", "Bryan McCann", "Chris Rohlf", "Henry Shi");
        assertThat(karpathy.select(".alongside .count").eachText())
                .containsExactly("· 2 shared articles", "· 1 shared article", "· 1 shared article", "· 1 shared article",
                        "· 1 shared article");
        Document leike = page("people/jan-leike.html");
        assertThat(leike.select(".alongside > li > a").eachText())
                .containsExactly("Andrej Karpathy", "Ben Kus", "Bryan McCann", "Chris Rohlf", "Henry Shi");
    }

    @Test
    void editorChecksOnTheRealContentReportOnlyWhatTheStopListNames(@TempDir Path copy) throws Exception {
        Path content = copyContent(copy);
        Path settings = content.resolve("site.yaml");
        String withStopList = Files.readString(settings);
        assertThat(withStopList).contains("name_stop_list:");
        assertThat(peopleWarnings(content)).isEmpty();

        // Without its stop list the heuristic finds an organization, a place and a product, nothing else.
        Files.writeString(settings, withStopList.substring(0, withStopList.indexOf("name_stop_list:")));
        assertThat(peopleWarnings(content)).containsExactly(
                content.resolve("articles/" + LOOP + ".md") + ":32:177: warning: \"Claude Code\" looks like a person's name but is not in the people registry",
                content.resolve("articles/" + LOOP + ".md") + ":38:130: warning: \"Silicon Valley\" looks like a person's name but is not in the people registry",
                content.resolve("articles/" + JOINS + ".md") + ":17:169: warning: \"Recursive Superintelligence\" looks like a person's name but is not in the people registry");
    }

    @Test
    void linkEveryMentionLinksEveryMention(@TempDir Path copy) throws Exception {
        Path content = copyContent(copy);
        Path settings = content.resolve("site.yaml");
        Files.writeString(settings, Files.readString(settings).replace("link_every_mention: false", "link_every_mention: true"));
        new SiteBuilder().build(new SiteBuilder.Options(content, Path.of("templates"), copy.resolve("site"), Optional.empty(), true));
        Document article = Jsoup.parse(Files.readString(copy.resolve("site/articles/" + JOINS + ".html")));
        assertThat(article.select(".body .mention")).hasSize(6).allMatch(e -> e.tagName().equals("a"));
        assertThat(article.select(".body a.mention[data-person=andrej-karpathy]").eachAttr("href"))
                .containsOnly("../people/andrej-karpathy.html").hasSize(5);
    }

    private static List<String> peopleWarnings(Path content) throws Exception {
        return new SiteBuilder().build(new SiteBuilder.Options(content, Path.of("templates"), content.resolveSibling("unused"),
                        Optional.empty(), false))
                .warnings().stream().map(Problem::format)
                .filter(w -> w.contains("people registry") || w.contains("not mentioned") || w.contains("also used by"))
                .toList();
    }

    private static Path copyContent(Path to) throws IOException {
        Path content = to.resolve("content");
        try (var files = Files.walk(Path.of("content"))) {
            for (Path f : files.toList()) {
                Path target = content.resolve(Path.of("content").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return content;
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve("site").resolve(path)));
    }
}
