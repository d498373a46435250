package dev.briefing.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The checker must report real HTML errors, or a clean report proves nothing. */
class HtmlCheckerTest {
    @Test
    void reportsErrorsInInvalidHtmlAndNoneInValidHtml() {
        String valid = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>"
                + "<body><p>Hello</p></body></html>";
        String invalid = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>"
                + "<body><p id=\"a\">x</p><p id=\"a\">y</p><ul><p>not a list item</p></ul></body></html>";

        assertThat(HtmlChecker.shared().errors("valid.html", valid.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(HtmlChecker.shared().errors("invalid.html", invalid.getBytes(StandardCharsets.UTF_8)))
                .hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("invalid.html:1.").contains("Duplicate ID"))
                .anySatisfy(e -> assertThat(e).contains("Element “p” not allowed as child of element “ul”"));
    }
}
