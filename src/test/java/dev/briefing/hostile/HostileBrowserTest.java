package dev.briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.testing.BrowserScripts;
import dev.briefing.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site whose every field holds script: each page of it, the newsletter's included, opened in
 * headless Chromium ({@code src/test/browser/hostile-pages.mjs}) with every link on it clicked.
 * No payload may run, and no link may have a scheme other than http, https or mailto.
 */
class HostileBrowserTest {
    /** Runs when it is ever executed: the script sees a dialog or a set {@code window.__pwned}. */
    static final String RUN = "alert(1);window.__pwned=1";
    static final String TAGS = "<script>" + RUN + "</script><img src=x onerror=\"" + RUN + "\">"
            + "<svg onload=\"" + RUN + "\"></svg>";
    static final String BASE = "https://example.org/b/";

    @TempDir
    static Path tmp;
    static JsonNode report;
    static Path site;

    @BeforeAll
    static void clickEverythingInChromium() throws Exception {
        BrowserScripts.assumeAvailable();
        Path content = tmp.resolve("content");
        String y = yaml(TAGS + " ${site.title} <#assign x=1>");
        Sites.write(content, "site.yaml", "title: " + y + "\ndescription: " + y
                + "\nunsubscribe_url: \"https://example.org/unsub?u={{id}}&x='onmouseover='alert(1)'\"\n"
                + "extra:\n  note: " + y + "\n");
        Sites.write(content, "people.yaml", "- id: ada\n  name: Ada Lovelace\n  description: " + y
                + "\n  roles:\n    - title: " + y + "\n      organization: " + y + "\n");
        Sites.write(content, "articles/a.md", "---\ntitle: Ada Lovelace " + y + "\nsummary: " + y
                + "\nauthor: " + y + "\npublisher: " + y + "\nsection: " + y
                + "\nurl: \"https://example.com/?q=%3Cscript%3E'onmouseover='alert(1)'\""
                + "\nsources:\n  - title: " + y + "\n    publisher: " + y + "\n    url: \"https://example.com/w?'onfocus='alert(1)'\"\n"
                + "---\n" + body());
        Sites.write(content, "articles/b.md", "---\ntitle: Second\n---\nAda Lovelace again, in [the first](a.md).\n");
        site = tmp.resolve("site");
        Sites.build(content, site, Optional.of(BASE));
        report = BrowserScripts.run("hostile-pages.mjs", 600, site.toString(), BASE);
    }

    /** Every way content has been known to smuggle script into a page. */
    private static String body() {
        List<String> links = new ArrayList<>();
        for (String scheme : List.of("javascript:", "JaVaScRiPt:", "java&#x09;script:", "&#106;avascript:", " javascript:",
                "vbscript:", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")) {
            links.add("[click](" + scheme + RUN.replace(";", "%3B") + ")");
        }
        return "Ada Lovelace wrote " + TAGS + " in a paragraph.\n\n"
                + String.join(" ", links) + "\n\n"
                + "<javascript:" + RUN + ">\n\n"
                + "[ref]: javascript:" + RUN + "\n\nA [reference][ref] link. ![img](javascript:" + RUN + ")\n\n"
                + "<div onclick=\"" + RUN + "\">raw block</div>\n\n"
                + "<iframe src=\"javascript:" + RUN + "\"></iframe>\n\n"
                + "${site.title} <#list [1] as x>${x}</#list> [=site.title] <@layout.page/>\n\n"
                + "Sources:\n\n- [A work <script>" + RUN + "</script>](https://example.com/w) — Press\n";
    }

    private static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void noScriptRunsOnAnyPageOrLink() {
        assertThat(report.get("scriptsRun")).as(report.toPrettyString()).isEmpty();
        assertThat(report.get("pageErrors")).as(report.toPrettyString()).isEmpty();
    }

    @Test
    void everyLinkIsHttpHttpsOrMailto() {
        assertThat(report.get("badSchemes")).as(report.toPrettyString()).isEmpty();
    }

    /** So a passing run is not one that saw nothing: every page, the emails among them, and their links. */
    @Test
    void everyPageAndLinkWasVisited() throws Exception {
        long pages;
        try (var files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).count();
        }
        assertThat(report.get("pages").asLong()).isEqualTo(pages).isGreaterThan(15);
        assertThat(Files.exists(site.resolve("newsletter/a.html"))).isTrue();
        assertThat(report.get("linksClicked").asInt()).as(report.toPrettyString()).isGreaterThan(30);
        // The clicks did leave the site: the article's original and its cited work were opened.
        List<String> outside = new ArrayList<>();
        report.get("outside").forEach(u -> outside.add(u.asText()));
        assertThat(outside).as(report.toPrettyString()).anyMatch(u -> u.startsWith("https://example.com/w?"))
                .anyMatch(u -> u.startsWith("https://example.com/?q="));
    }
}
