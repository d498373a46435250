package dev.briefing.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Reading time counts the words a reader reads: runs between white space that hold a letter or digit. */
class ReadingMinutesTest {
    @Test
    void twoHundredAndThirtyWordsAMinuteRoundedAndAtLeastOne() {
        assertThat(ArticleParser.readingMinutes("")).isEqualTo(1);
        assertThat(ArticleParser.readingMinutes("word ".repeat(230))).isEqualTo(1);
        assertThat(ArticleParser.readingMinutes("word ".repeat(2300))).isEqualTo(10);
        // Markup and punctuation alone are not words.
        assertThat(ArticleParser.readingMinutes(("word — ** ## " + "\n").repeat(2300))).isEqualTo(10);
    }

    /** The same count as splitting on \\s+ and keeping the pieces with a letter or digit, on any text. */
    @Test
    void countsAsSplittingOnWhiteSpaceDoes() {
        Pattern whiteSpace = Pattern.compile("\\s+");
        List<String> pieces = List.of("a", "bc", " ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "—", "**",
                "#", "1", "é", "\uD835\uDC00", "x.y", "  ", "'", "(", "日本");
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(400); i > 0; i--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String t = text.toString().repeat(1 + random.nextInt(3));
            long words = whiteSpace.splitAsStream(t).filter(w -> w.chars().anyMatch(Character::isLetterOrDigit)).count();
            assertThat(ArticleParser.words(t)).as(t).isEqualTo(words);
        }
    }
}
