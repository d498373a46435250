package dev.briefing.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BodyLinksTest {
    @Test
    void schemesAreToldApartAsThePatternTellsThem() {
        char[] alphabet = {'a', 'Z', '9', '+', '.', '-', ':', '/', '#', ' ', '\n', '\u2028', 'é', '%'};
        Random random = new Random(11);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String address = s.toString();
            assertThat(BodyLinks.hasScheme(address)).as("%s", address)
                    .isEqualTo(address.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*"));
        }
    }

    @Test
    void everyAddressIsMadeAbsoluteAndTheRestIsLeftAsWritten() {
        String html = "<p><a href=\"briefing-site:people/ada.html\">Ada</a> <a href=\"mailto:x@example.org\">m</a>"
                + " <img src=\"img/chart.png\" alt=\"c\"> <a href=\"#part-2\">2</a> <a href=\"//cdn.example.org/x\">x</a>"
                + " <a href=\"notes.html?a=1&amp;b=2\">n</a></p>";
        assertThat(BodyLinks.allAbsolute(html, "https://example.org/b/", "https://example.org/b/articles/one.html"))
                .isEqualTo("<p><a href=\"https://example.org/b/people/ada.html\">Ada</a> <a href=\"mailto:x@example.org\">m</a>"
                        + " <img src=\"https://example.org/b/articles/img/chart.png\" alt=\"c\">"
                        + " <a href=\"https://example.org/b/articles/one.html#part-2\">2</a> <a href=\"//cdn.example.org/x\">x</a>"
                        + " <a href=\"https://example.org/b/articles/notes.html?a=1&amp;b=2\">n</a></p>");
    }
}
