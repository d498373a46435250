package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.testing.HtmlChecker;
import dev.briefing.testing.Sites;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page generated from the real content passes the Nu Html Checker with zero errors. */
class HtmlValidityTest {
    @TempDir
    static Path out;

    @TempDir
    static Path published;

    @BeforeAll
    static void buildRealContent() throws Exception {
        Sites.build(Sites.REAL_CONTENT, out);
        // With a base URL the pages gain canonical links, og:url and JSON-LD search actions.
        new SiteBuilder().build(new SiteBuilder.Options(Sites.REAL_CONTENT, Sites.THEME, published,
                Optional.of("https://example.org/briefing/"), true));
    }

    @Test
    void everyGeneratedPageIsValidHtml() {
        List<String> pages = Sites.htmlPages(out);
        assertThat(pages).containsExactlyInAnyOrderElementsOf(RealSiteTest.PAGES);
        assertThat(errors(out, pages)).isEmpty();
    }

    @Test
    void everyPageBuiltWithABaseUrlIsValidHtml() {
        // Newsletter emails are HTML for mail clients, not the web: they need Outlook's mso-hide
        // styles and merge-tag hrefs the checker rejects by design, and have their own tests.
        List<String> pages = Sites.htmlPages(published).stream().filter(p -> !p.startsWith("newsletter/")).toList();
        assertThat(pages).containsExactlyInAnyOrderElementsOf(RealSiteTest.PAGES);
        assertThat(errors(published, pages)).isEmpty();
    }

    private static List<String> errors(Path site, List<String> pages) {
        return pages.stream().flatMap(page -> HtmlChecker.shared().errors(site, page).stream()).toList();
    }
}
