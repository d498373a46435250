package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.testing.HtmlChecker;
import dev.briefing.testing.Sites;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page generated from the real content passes the Nu Html Checker with zero errors. */
class HtmlValidityTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void buildRealContent() {
        Sites.build(Sites.REAL_CONTENT, out);
    }

    @Test
    void everyGeneratedPageIsValidHtml() {
        List<String> pages = Sites.htmlPages(out);
        assertThat(pages).hasSize(16);
        List<String> errors = pages.stream()
                .flatMap(page -> HtmlChecker.shared().errors(out, page).stream())
                .toList();
        assertThat(errors).isEmpty();
    }
}
