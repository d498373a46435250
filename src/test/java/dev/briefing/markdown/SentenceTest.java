package dev.briefing.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceTest {
    @Test
    void plainTextIsLeftAsItIs() {
        String s = "The minister, who spoke on Tuesday, said “it is done” — and left.";
        assertEquals(s, Sentence.plain(s));
    }

    @Test
    void markdownSyntaxIsDropped() {
        assertEquals("See the report and it says so",
                Sentence.plain("See the [report](https://example.org/r) and it says so"));
        assertEquals("bold and code and a gap", Sentence.plain("**bold** and `code` and a\n  gap"));
    }

    /** The quick test for plain text must never skip text the patterns would change. */
    @Test
    void theQuickPathAgreesWithThePatterns() {
        List<String> samples = List.of("a  b", "a\tb", "a\nb", "a\u000Bb", "a\fb", "a\rb", "x_y", "_x_", "~~s~~", "a~b",
                "`c`", "[t](u)", "![i](p)", "a\\*b", "end ", " start", "plain words only", "");
        for (String s : samples) {
            assertEquals(Sentence.stripSyntax(s), Sentence.plain(s), s);
        }
        String alphabet = "ab *_~`[]()!\\\t\n\r\f\u000B’“";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(Sentence.stripSyntax(s), Sentence.plain(s), s);
        }
    }
}
