package dev.briefing.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainTextCollapseTest {
    /** The definition the one-pass version must agree with. */
    private static String byPatterns(String s) {
        return s.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\n ?", "\n").strip();
    }

    @Test
    void agreesWithThePatternsOnRandomText() {
        char[] alphabet = {' ', ' ', '\t', '\u000B', '\f', '\r', '\n', '\n', 'a', 'b', '\u00A0', '\u2003', '.'};
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(PlainText.collapse(s.toString())).as("%s", s.toString().replace("\n", "\\n"))
                    .isEqualTo(byPatterns(s.toString()));
        }
    }

    @Test
    void examples() {
        assertThat(PlainText.collapse("  Two \t words \r\n  and\n\n a  line ")).isEqualTo("Two words\nand\n\na line");
    }
}
