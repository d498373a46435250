package dev.briefing.discover;

import dev.briefing.testing.SearchIndexFiles;
import dev.briefing.testing.Sites;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.briefing.site.SiteBuilder;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** Feed, sitemap, robots.txt, head metadata, JSON-LD and hosting files, from the real content. */
class DiscoverabilityTest {
    private static final String BASE = "https://example.org/briefing/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void atomFeedParsesWithRomeAndNeverInventsADate() throws Exception {
        Path out = tmp.resolve("out");
        Sites.build(Path.of("content"), out, Optional.of(BASE));

        SyndFeed feed = new SyndFeedInput().build(new StringReader(Files.readString(out.resolve("feed.xml"))));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Karpathy joins Anthropic");
        assertThat(feed.getEntries()).hasSize(2);
        SyndEntry dated = feed.getEntries().get(0);
        assertThat(dated.getLink()).isEqualTo(BASE + "articles/karpathy-joins-anthropic.html");
        assertThat(dated.getPublishedDate()).isEqualTo(Date.from(java.time.Instant.parse("2026-05-22T00:00:00Z")));
        assertThat(dated.getContents().get(0).getValue())
                .contains("href=\"" + BASE + "people/andrej-karpathy.html\"");
        SyndEntry undated = feed.getEntries().get(1);
        assertThat(undated.getLink()).isEqualTo(BASE + "articles/karpathy-claude-in-the-loop-pretraining.html");
        assertThat(undated.getPublishedDate()).isNull();
        // Atom requires <updated>: the build time, SOURCE_DATE_EPOCH=1779408000 under Maven.
        assertThat(undated.getUpdatedDate()).isEqualTo(Date.from(java.time.Instant.ofEpochSecond(1779408000L)));
        assertThat(undated.getAuthors().get(0).getName()).isEqualTo("TempMail Ninja");
    }

    @Test
    void sitemapListsEveryPageButThe404() throws Exception {
        Path out = tmp.resolve("out");
        SiteBuilder.Result result = Sites.build(Path.of("content"), out, Optional.of(BASE));

        var doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(out.resolve("sitemap.xml").toFile());
        NodeList locs = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        List<String> pages = result.paths().stream()
                .filter(p -> p.endsWith(".html") && !p.equals("404.html") && !p.startsWith("newsletter/")).sorted().map(p -> BASE + p).toList();
        assertThat(urls).containsExactlyElementsOf(pages).contains(BASE + "index.html", BASE + "people/nick-joseph.html");
        assertThat(Files.readString(out.resolve("robots.txt"))).contains("Sitemap: " + BASE + "sitemap.xml\n");
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void withoutBaseUrlTheBuildSaysWhatItLeftOut() throws Exception {
        Path out = tmp.resolve("out");
        SiteBuilder.Result result = Sites.build(Path.of("content"), out, Optional.empty());

        assertThat(out.resolve("feed.xml")).doesNotExist();
        assertThat(out.resolve("sitemap.xml")).doesNotExist();
        assertThat(Files.readString(out.resolve("robots.txt"))).doesNotContain("Sitemap");
        assertThat(result.notices()).singleElement().asString()
                .contains("feed.xml", "sitemap.xml", "the newsletter", "canonical links", "og:url");
        Document home = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(home.select("link[rel=canonical], meta[property=og:url], link[type=application/atom+xml]")).isEmpty();
        assertThat(home.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("Karpathy joins Anthropic");
        JsonNode site = jsonLd(home);
        assertThat(site.get("url").asText()).isEqualTo("index.html");
        assertThat(site.has("potentialAction")).isFalse();
        JsonNode article = jsonLd(Jsoup.parse(out.resolve("articles/karpathy-joins-anthropic.html").toFile()));
        assertThat(article.get("mentions").get(0).get("url").asText()).startsWith("../people/");
    }

    @Test
    void pagesCarryCanonicalOpenGraphAndJsonLd() throws Exception {
        Path out = tmp.resolve("out");
        Sites.build(Path.of("content"), out, Optional.of(BASE));

        Document article = Jsoup.parse(out.resolve("articles/karpathy-joins-anthropic.html").toFile());
        assertThat(article.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(BASE + "articles/karpathy-joins-anthropic.html");
        assertThat(article.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(article.selectFirst("meta[property=og:url]").attr("content"))
                .isEqualTo(BASE + "articles/karpathy-joins-anthropic.html");
        assertThat(article.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(article.selectFirst("link[rel=icon]").attr("href")).isEqualTo("../assets/favicon.svg");
        assertThat(article.selectFirst("link[type=application/atom+xml]").attr("href")).isEqualTo("../feed.xml");

        JsonNode news = jsonLd(article);
        assertThat(news.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(news.get("headline").asText()).startsWith("Andrej Karpathy joins Anthropic");
        assertThat(news.get("datePublished").asText()).isEqualTo("2026-05-22");
        assertThat(news.get("mentions").findValuesAsText("url"))
                .contains(BASE + "people/andrej-karpathy.html", BASE + "people/nick-joseph.html");
        assertThat(news.get("citation").findValuesAsText("name"))
                .contains("Anthropic hires Karpathy to lead Claude pre-training research");
        assertThat(news.get("citation").get(0).get("publisher").get("name").asText()).isEqualTo("TechCrunch");

        JsonNode undated = jsonLd(Jsoup.parse(out.resolve("articles/karpathy-claude-in-the-loop-pretraining.html").toFile()));
        assertThat(undated.has("datePublished")).isFalse();
        assertThat(undated.get("author").get("name").asText()).isEqualTo("TempMail Ninja");
        assertThat(undated.get("publisher").get("name").asText()).isEqualTo("TempMail Ninja");

        JsonNode person = jsonLd(Jsoup.parse(out.resolve("people/nick-joseph.html").toFile()));
        assertThat(person.get("@type").asText()).isEqualTo("Person");
        assertThat(person.get("alternateName").get(0).asText()).isEqualTo("Nicholas Joseph");
        assertThat(person.get("jobTitle").get(0).asText()).isEqualTo("Lead of the pretraining team");
        assertThat(person.get("affiliation").get(0).get("name").asText()).isEqualTo("Anthropic");
        assertThat(person.get("url").asText()).isEqualTo(BASE + "people/nick-joseph.html");

        JsonNode home = jsonLd(Jsoup.parse(out.resolve("index.html").toFile()));
        assertThat(home.get("@type").asText()).isEqualTo("WebSite");
        assertThat(home.get("potentialAction").get("target").asText()).isEqualTo(BASE + "search.html?q={search_term_string}");

        for (String page : List.of("people/index.html", "bibliography.html", "search.html", "404.html")) {
            assertThat(jsonLd(Jsoup.parse(out.resolve(page).toFile())).get("@type").asText()).as(page).isNotBlank();
        }
    }

    @Test
    void jsonLdCannotBeBrokenOutOfByArticleText() throws Exception {
        Path content = Sites.copyContent(tmp);
        Path article = content.resolve("articles/karpathy-joins-anthropic.md");
        Files.writeString(article, Files.readString(article).replaceFirst("title: \"[^\"]*\"",
                "title: \"Evil </script><script>alert(1)</script> <!-- title\""));
        Path out = tmp.resolve("out");
        Sites.build(content, out, Optional.of(BASE));

        String html = Files.readString(out.resolve("articles/karpathy-joins-anthropic.html"));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script:not([type])")).isEmpty();
        assertThat(jsonLd(doc).get("headline").asText()).isEqualTo("Evil </script><script>alert(1)</script> <!-- title");
        // The search index is script files too: the title is data in them, never markup.
        String quotable = Files.readString(out.resolve("assets/search/a0.js"));
        assertThat(quotable).doesNotContain("</script").doesNotContain("<!--").contains("\\u003c/script>");
        assertThat(SearchIndexFiles.read(out).doc("articles/karpathy-joins-anthropic.html").title())
                .isEqualTo("Evil </script><script>alert(1)</script> <!-- title");
    }

    @Test
    void hostingFilesAnd404WorkAtAnyDepth() throws Exception {
        Path content = Sites.copyContent(tmp);
        Path out = tmp.resolve("out");
        Sites.build(content, out, Optional.of(BASE));
        assertThat(out.resolve(".nojekyll")).exists().isEmptyFile();
        assertThat(out.resolve("CNAME")).doesNotExist();
        // Root-relative under the base URL's path, so they work on any host serving the site there;
        // the styles are inlined, so the page is styled on any host at all.
        Document notFound = Jsoup.parse(out.resolve("404.html").toFile());
        String basePath = java.net.URI.create(BASE).getPath();
        assertThat(notFound.select("a[href]:not([href^=#])")).isNotEmpty().allSatisfy(e ->
                assertThat(e.attr("href")).as(e.outerHtml()).startsWith(basePath));
        assertThat(notFound.select("link[rel=stylesheet]")).isEmpty();
        assertThat(notFound.selectFirst("style").data()).contains("--accent");
        assertThat(notFound.selectFirst("link[rel=icon]").attr("href")).startsWith("data:image/svg+xml;base64,");
        assertThat(notFound.selectFirst("script[data-root]").attr("data-root")).isEqualTo(basePath);
        assertThat(notFound.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");

        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                + "cname: news.example.org\n");
        Path out2 = tmp.resolve("out2");
        Sites.build(content, out2, Optional.empty());
        assertThat(Files.readString(out2.resolve("CNAME"))).isEqualTo("news.example.org\n");
        Document rootRelative = Jsoup.parse(out2.resolve("404.html").toFile());
        assertThat(rootRelative.select("link[rel=stylesheet]")).isEmpty();
        assertThat(rootRelative.selectFirst("nav a").attr("href")).isEqualTo("/index.html");
    }

    @Test
    void without404RootTheStylesAreInlined() throws Exception {
        Path out = tmp.resolve("out");
        Sites.build(Path.of("content"), out, Optional.empty());
        Document notFound = Jsoup.parse(out.resolve("404.html").toFile());
        assertThat(notFound.select("link[rel=stylesheet]")).isEmpty();
        assertThat(notFound.selectFirst("style").data()).contains("--accent");
        assertThat(notFound.selectFirst("link[rel=icon]").attr("href")).startsWith("data:image/svg+xml;base64,");
        assertThat(notFound.selectFirst("nav a").attr("href")).isEqualTo("index.html");
        assertThat(notFound.selectFirst("script[data-root]").attr("data-root")).isEmpty();
    }

    @Test
    void searchIndexListsArticlesAndPeopleWithAliases() throws Exception {
        Path out = tmp.resolve("out");
        Sites.build(Path.of("content"), out, Optional.empty());
        JsonNode index = JSON.readTree(out.resolve("search-index.json").toFile());
        assertThat(index.get("articles").findValuesAsText("path")).containsExactly(
                "articles/karpathy-joins-anthropic.html", "articles/karpathy-claude-in-the-loop-pretraining.html");
        JsonNode nick = null;
        for (JsonNode p : index.get("people")) {
            if (p.get("name").asText().equals("Nick Joseph")) {
                nick = p;
            }
        }
        assertThat(nick).isNotNull();
        assertThat(nick.get("aliases").get(0).asText()).isEqualTo("Nicholas Joseph");
        assertThat(nick.get("path").asText()).isEqualTo("people/nick-joseph.html");
        // The search page's own index has the same articles and people, and what the articles cite.
        SearchIndexFiles fullText = SearchIndexFiles.read(out);
        assertThat(fullText.docs.stream().filter(d -> d.kind().equals("a")).map(SearchIndexFiles.Doc::path))
                .containsExactlyElementsOf(index.get("articles").findValuesAsText("path"));
        assertThat(fullText.docs.stream().filter(d -> d.kind().equals("p")).map(SearchIndexFiles.Doc::title))
                .containsExactlyElementsOf(index.get("people").findValuesAsText("name"));
        assertThat(fullText.docs.stream().filter(d -> d.kind().equals("s")).map(SearchIndexFiles.Doc::title))
                .contains("Anthropic hires Karpathy to lead Claude pre-training research");

        Document search = Jsoup.parse(out.resolve("search.html").toFile());
        Element form = search.selectFirst("form[role=search]");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("search.html");
        // Without JavaScript the page says why and links to the pages that list everything, with
        // their counts; it does not repeat those lists (they grow with the site).
        assertThat(search.selectFirst("#search-status noscript").text()).contains("needs JavaScript");
        assertThat(search.select(".search-group a").eachAttr("href"))
                .containsExactly("index.html", "people/index.html", "organizations/index.html", "bibliography.html");
        assertThat(search.select(".search-group a").eachText())
                .containsExactly("2 articles", "11 people", "16 organizations", "6 sources");
        assertThat(search.select("main li")).hasSize(4);
        assertThat(search.selectFirst("#search-found").hasAttr("hidden")).isTrue();
        assertThat(Jsoup.parse(out.resolve("people/nick-joseph.html").toFile()).selectFirst("nav a[href=../search.html]"))
                .isNotNull();
    }

    private static JsonNode jsonLd(Document doc) throws Exception {
        Elements scripts = doc.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return JSON.readTree(scripts.first().data());
    }

}
