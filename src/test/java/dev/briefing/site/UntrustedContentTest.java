package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.testing.HtmlChecker;
import dev.briefing.testing.SearchIndexFiles;
import dev.briefing.testing.Sites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles come from the web: markup, script links and template syntax in them must reach the
 * reader as text, never as code, in every page the article appears on.
 */
class UntrustedContentTest {
    static final String TITLE = "Title ${site.title} <#list [1] as x>${x}</#list> <script>alert(1)</script>";
    static final List<String> SITE_SCRIPTS = List.of("assets/search-index.js", "assets/search.js");
    static final String SEARCH_INDEX_PREFIX = "window.briefingSearchIndex = ";
    static final String SUMMARY = "Summary ${site.title} <#if true>yes</#if> <img src=x onerror=alert(1)>";

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void buildHostileSite() {
        Path content = tmp.resolve("content");
        Sites.write(content, "site.yaml", "title: \"Fixture\"\n");
        Sites.write(content, "people.yaml", """
                - id: ada-lovelace
                  name: Ada Lovelace
                  description: "<b onmouseover=alert(1)>bold</b> ${site.title}"
                  roles:
                    - title: "<script>alert(1)</script>"
                      organization: "<#list [1] as x>${x}</#list>"
                      stated_in: [hostile]
                """);
        Sites.write(content, "articles/hostile.md", "---\n"
                + "title: '" + TITLE + "'\n"
                + "summary: '" + SUMMARY + "'\n"
                + "publisher: '<i>Publisher</i>'\n"
                + "sources:\n"
                + "  - title: \"<script>alert('cited')</script>\"\n"
                + "    publisher: \"${site.title}\"\n"
                + "    url: \"https://example.com/a?b=1&c='2'\"\n"
                + "---\n\n"
                + """
                Ada Lovelace wrote ${site.title} and <#list [1, 2] as x>${x}</#list> in plain text.

                <script>alert(1)</script>

                <img src="x" onerror="alert(1)">

                An inline <span onclick="alert(1)">span</span> and <a href="javascript:alert(1)">raw link</a>.

                [a script link](javascript:alert(1)), [shouting](JAVASCRIPT:alert(1)),
                [padded]( javascript:alert(1)), [entity](&#106;avascript:alert(1)),
                [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==),
                ![image](javascript:alert(1)), [reference][r] and <javascript:alert(1)>.

                Escaped schemes: [entity tab](java&#9;script:alert(1)), [escaped reference][e],
                ![escaped image](&#106;avascript:alert(1)), <&#106;avascript:alert(1)>, and a
                [safe link](https://example.com/?q=1&x=<y>).

                Words that look like schemes stay as written, once: Lovelace.://e.org and vbscript://x.

                [r]: javascript:alert(1)
                [e]: &#106;avascript:alert(1)
                """);
        out = tmp.resolve("site-out");
        Sites.build(content, out);
    }

    @Test
    void noPageHasScriptsEventHandlersOrScriptLinks() throws IOException {
        String themeIcon = "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(Files.readAllBytes(Sites.THEME.resolve("assets/favicon.svg")));
        List<String> pages = Sites.htmlPages(out);
        assertThat(pages).contains("articles/hostile.html", "people/ada-lovelace.html", "bibliography.html");
        for (String page : pages) {
            Document doc = Sites.page(out, page);
            assertThat(doc.select("iframe, object, embed, img[onerror], b, i")).as(page).isEmpty();
            // The only scripts are the site's own: JSON-LD data and the search page's script files.
            assertThat(doc.select("script")).as(page).allSatisfy(script -> assertThat(isSiteScript(script))
                    .as(page + " " + script.outerHtml()).isTrue());
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertThat(a.getKey()).as(page + " " + e.tagName()).doesNotStartWith("on");
                    String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                    // The 404 page inlines the theme's own icon so that it works at any depth.
                    boolean inlinedIcon = e.is("link[rel=icon]") && a.getValue().equals(themeIcon);
                    if ((a.getKey().equals("href") || a.getKey().equals("src")) && !inlinedIcon) {
                        assertThat(value).as(page + " " + e.tagName())
                                .doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
                    }
                }
            }
        }
    }

    @Test
    void structuredDataKeepsContentAsJsonStrings() throws IOException {
        // A "</script>" in the title must not end the JSON-LD element: the JSON parses and keeps it.
        Document article = Sites.page(out, "articles/hostile.html");
        List<Element> data = article.select("script[type=application/ld+json]");
        assertThat(data).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(data.get(0).data());
        assertThat(json.path("headline").asText()).isEqualTo(TITLE);
        for (String page : Sites.htmlPages(out)) {
            for (Element script : Sites.page(out, page).select("script[type=application/ld+json]")) {
                assertThat(new ObjectMapper().readTree(script.data()).isObject()).as(page).isTrue();
            }
        }
        // The search page's index is script files: content in them is JSON string data too, each
        // file one call with data, and no "<" that could end or open an element.
        SearchIndexFiles search = SearchIndexFiles.read(out);
        assertThat(search.doc("articles/hostile.html").title()).isEqualTo(TITLE);
        assertThat(search.doc("articles/hostile.html").sentences()).contains(SUMMARY, "<script>alert(1)</script>");
        assertThat(search.doc("people/ada-lovelace.html").sentences())
                .contains("<b onmouseover=alert(1)>bold</b> ${site.title}");
        try (var files = Files.list(out.resolve("assets/search"))) {
            for (Path f : files.toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("<").startsWith("briefingSearch.add(\"");
            }
        }
        assertThat(Files.readString(out.resolve("assets/search-index.js"))).startsWith(SEARCH_INDEX_PREFIX)
                .doesNotContain("<");
    }

    @Test
    void markupAndTemplateSyntaxInContentAppearLiterally() {
        Document article = Sites.page(out, "articles/hostile.html");
        assertThat(article.selectFirst("h1").text()).isEqualTo(TITLE);
        assertThat(article.selectFirst(".dek").text()).isEqualTo(SUMMARY);
        assertThat(article.title()).startsWith(TITLE);
        assertThat(article.selectFirst("meta[name=description]").attr("content")).isEqualTo(SUMMARY);
        assertThat(article.selectFirst(".body").text())
                .contains("Ada Lovelace wrote ${site.title} and <#list [1, 2] as x>${x}</#list> in plain text.")
                .contains("<script>alert(1)</script>")
                .contains("<img src=\"x\" onerror=\"alert(1)\">")
                .contains("<span onclick=\"alert(1)\">span</span>")
                .contains("a script link, shouting, padded, entity, data, image, reference and javascript:alert(1).")
                .contains("Escaped schemes: entity tab, escaped reference, escaped image, ")
                .contains("Words that look like schemes stay as written, once: Lovelace.://e.org and vbscript://x.");
        assertThat(article.select(".body a[href]:not(.mention)").eachAttr("href")).containsExactly("https://example.com/?q=1&x=%3Cy%3E");
        assertThat(Sites.page(out, "index.html").selectFirst(".article-list h3").text()).isEqualTo(TITLE);
        assertThat(Sites.page(out, "people/ada-lovelace.html").selectFirst("main").text())
                .contains("<b onmouseover=alert(1)>bold</b> ${site.title}")
                .contains("<script>alert(1)</script> at <#list [1] as x>${x}</#list>");
        assertThat(Sites.page(out, "bibliography.html").selectFirst("main").text())
                .contains("<script>alert(\u2018cited\u2019)</script>. (n.d.). ${site.title}."); // APA: typographic quotes; the site's name as written
    }

    /** JSON-LD data (not run), or one of the site's own script files; never anything else. */
    private static boolean isSiteScript(Element script) {
        boolean data = script.attr("type").equals("application/ld+json") && !script.hasAttr("src");
        boolean ownFile = SITE_SCRIPTS.contains(script.attr("src")) && !script.hasAttr("type") && script.data().isBlank();
        return data || ownFile || isNotFoundScript(script);
    }

    /** The 404 page inlines the theme's own script, which finds the site root from any depth. */
    private static boolean isNotFoundScript(Element script) {
        try {
            String theme = Files.readString(Sites.THEME.resolve("assets/not-found.js"));
            return script.ownerDocument().location().endsWith("404.html") && !script.hasAttr("src")
                    && script.data().strip().equals(theme.replace("</", "<\\/").strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void hostileContentStillGivesValidHtml() {
        assertThat(Sites.htmlPages(out).stream().flatMap(p -> HtmlChecker.shared().errors(out, p).stream()))
                .isEmpty();
    }
}
