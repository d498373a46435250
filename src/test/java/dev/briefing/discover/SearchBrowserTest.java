package dev.briefing.discover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.testing.BrowserScripts;
import dev.briefing.testing.Sites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page in a real browser: headless Chromium, driven by {@code src/test/browser/search-page.mjs}
 * (playwright-core), types a family name into the page opened from disk and reports what it shows.
 *
 * <p>Skipped where the browser scripts cannot run ({@link BrowserScripts}).
 */
class SearchBrowserTest {

    @TempDir
    static Path tmp;
    static List<JsonNode> seen;

    @BeforeAll
    static void searchInChromium() throws Exception {
        BrowserScripts.assumeAvailable();
        Path site = tmp.resolve("site");
        Sites.build(SearchFixture.write(tmp), site);
        seen = new ArrayList<>();
        BrowserScripts.run("search-page.mjs", 180, "check", site.toString(), "Hopper", "muller", "zebra", "compiler")
                .forEach(seen::add);
    }

    @Test
    void aFamilyNameFindsTheArticleNamingThePersonWithTheSentenceHighlighted() {
        JsonNode hopper = seen.get(0);
        assertThat(hopper.get("errors")).isEmpty();
        assertThat(hopper.get("status").asText()).isEqualTo("2 results for “Hopper”.");
        Elements hits = Jsoup.parse(hopper.get("found").asText()).select("li.search-hit");
        assertThat(hits.select("> a").eachAttr("href"))
                .containsExactlyInAnyOrder("people/grace-hopper.html", SearchFixture.NAMING_ARTICLE);
        Element article = hits.stream().filter(h -> h.selectFirst("> a").attr("href").equals(SearchFixture.NAMING_ARTICLE))
                .findFirst().orElseThrow();
        assertThat(article.selectFirst(".kind").text()).isEqualTo("Article");
        assertThat(article.selectFirst("> a").text()).isEqualTo("A new language for the fleet");
        Element quote = article.selectFirst(".quote");
        assertThat(quote.text()).isEqualTo("Its author, Grace Hopper, said the work took years.");
        assertThat(quote.select("mark").eachText()).containsExactly("Hopper");
        assertThat(quote.html()).isEqualTo("Its author, Grace <mark>Hopper</mark>, said the work took years.");
        Element person = hits.stream().filter(h -> h.selectFirst("> a").attr("href").startsWith("people/"))
                .findFirst().orElseThrow();
        assertThat(person.selectFirst("> a").html()).isEqualTo("Grace <mark>Hopper</mark>");
    }

    @Test
    void accentsAndPossessivesMatchAsTheIndexFoldsThem() {
        JsonNode muller = seen.get(1);
        assertThat(muller.get("status").asText()).isEqualTo("2 results for “muller”.");
        Elements hits = Jsoup.parse(muller.get("found").asText()).select("li.search-hit");
        assertThat(hits.select("mark").eachText()).contains("Müller");
        assertThat(hits.select(".quote").eachText()).contains("Jürgen Müller built the cabinets.");
        assertThat(seen.get(2).get("status").asText()).isEqualTo("No results for “zebra”.");
        assertThat(Jsoup.parse(seen.get(2).get("found").asText()).select("li")).isEmpty();
    }

    @Test
    void markupInContentIsShownAsTextAndNeverRuns() {
        JsonNode compiler = seen.get(3);
        assertThat(compiler.get("errors")).isEmpty();
        assertThat(compiler.get("documentTitle").asText()).isEqualTo("Search · Fixture briefing");
        Elements hits = Jsoup.parse(compiler.get("found").asText()).select("li.search-hit");
        assertThat(hits.select("> a").eachText()).contains(SearchFixture.HOSTILE_TITLE);
        assertThat(hits.select("img")).isEmpty();
        List<String> tags = new ArrayList<>();
        compiler.get("elementsInHits").forEach(t -> tags.add(t.asText()));
        assertThat(tags).containsOnly("a", "mark", "span", "p");
    }

    @Test
    void resultsAreAnnouncedAndReachedWithTheKeyboard() {
        JsonNode hopper = seen.get(0);
        assertThat(hopper.get("liveRegion").asText()).isEqualTo("polite");
        assertThat(hopper.get("foundVisible").asBoolean()).isTrue();
        assertThat(hopper.get("listsHidden").asBoolean()).isTrue();
        String first = Jsoup.parse(hopper.get("found").asText()).selectFirst("li.search-hit > a").outerHtml();
        assertThat(Jsoup.parse(hopper.get("focusedAfterArrowDown").asText()).selectFirst("a").outerHtml()).isEqualTo(first);
        assertThat(hopper.get("focusedAfterTwoArrowDowns").asText()).isNotEqualTo(hopper.get("focusedAfterArrowDown").asText());
        assertThat(hopper.get("focusedBackInBox").asBoolean()).isTrue();
        // The query is kept in the address, and the address alone gives the same results.
        assertThat(hopper.get("address").asText()).isEqualTo("?q=Hopper");
        assertThat(hopper.get("linkedStatus").asText()).isEqualTo(hopper.get("status").asText());
    }

    @Test
    void withoutJavaScriptThePageLinksToEverything() {
        JsonNode noJs = seen.get(0).get("withoutJavaScript");
        assertThat(noJs.get("foundVisible").asBoolean()).isFalse();
        // Articles, people, organizations, sources: each a page listing them all.
        assertThat(noJs.get("listedLinks").asInt()).isEqualTo(4);
        assertThat(noJs.get("visibleLinks").asInt()).isEqualTo(4);
        assertThat(noJs.get("status").asText()).contains("needs JavaScript");
    }

    @Test
    void aSearchLoadsOnlyTheFilesItNeeds() {
        JsonNode loaded = seen.get(0).get("loaded");
        List<String> files = new ArrayList<>();
        loaded.get("loaded").forEach(f -> files.add(f.asText()));
        // The page's two scripts, the one shard, the article and the people's file; nothing else.
        assertThat(files).containsExactlyInAnyOrder("assets/search-index.js", "assets/search.js",
                "assets/search/t0.js", "assets/search/a0.js", "assets/search/p0.js");
    }
}
