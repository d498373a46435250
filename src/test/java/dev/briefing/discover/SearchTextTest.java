package dev.briefing.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Words to terms, as the search page's script makes them from what a reader types. */
class SearchTextTest {
    /** The script's word pattern and folding, written with regular expressions as the script has them. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['\u2019][\\p{L}\\p{N}\\p{M}]+)*");

    private static List<String> scriptTerms(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String s = Normalizer.normalize(m.group(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "").replaceAll("['\u2019]", "");
            if (s.length() <= SearchText.MAX_TERM) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void termsAreWordsWithoutAccentsCaseApostrophesOrPossessives() {
        assertThat(SearchText.terms("Müller’s plan: O'Brien don't RLHF 3.0 $650M naïve Ångström, Łódź — x"))
                .containsExactly("muller", "plan", "obrien", "dont", "rlhf", "3", "0", "650m", "naive", "angstrom",
                        "łodz", "x");
        // Decomposed accents fold like composed ones; an apostrophe at a word's edge is not part of it.
        assertThat(SearchText.terms("Mu\u0308ller 'quoted' partners’ plan")).containsExactly("muller", "quoted",
                "partners", "plan");
        assertThat(SearchText.terms("a" + "b".repeat(SearchText.MAX_TERM) + " ok")).containsExactly("ok");
        assertThat(SearchText.terms("")).isEmpty();
    }

    @Test
    void theScannerAgreesWithTheScriptsPatternOnAnyText() {
        String alphabet = "aZé\u0301ß'’ 0-9.,;\"\tĲǅ\u4e2d\u0663\u2160\uD83D\uDE00\uD835\uDC00ⁿ_İ";
        Random random = new Random(12);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                int cp = alphabet.codePointAt(random.nextInt(alphabet.length()));
                if (Character.isLowSurrogate((char) cp)) {
                    continue;
                }
                text.appendCodePoint(cp);
            }
            assertThat(SearchText.terms(text.toString())).as(text.toString()).isEqualTo(scriptTerms(text.toString()));
        }
    }

    @Test
    void sentencesOfALine() {
        assertThat(SearchText.sentences("First one. “Second,” she said! Third? 3.5 percent stays whole.",
                Locale.ENGLISH)).containsExactly("First one.", "“Second,” she said!", "Third?",
                "3.5 percent stays whole.");
        assertThat(SearchText.sentences("A heading", Locale.ENGLISH)).containsExactly("A heading");
    }
}
