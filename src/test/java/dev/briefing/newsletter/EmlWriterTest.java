package dev.briefing.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The .eml writer lays a message out exactly as jakarta mail's MimeMessage does ({@link ReferenceEml}). */
class EmlWriterTest {
    static final Instant DATE = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void writesWhatJakartaMailWritesByteForByte() {
        String longLine = "word ".repeat(40) + "=equals= and tabs\tand trailing space \nnext";
        List<EmlWriter.Email> emails = List.of(
                new EmlWriter.Email("Briefing", "A subject", "Plain text.\n", "<p>Hello</p>\n", "example.org", DATE),
                new EmlWriter.Email("Café \"Quotes\", Inc.", "Résumé — ünïcode subject that is rather long and goes on "
                        + "and on past the fold of seventy-six characters", "Ünïcode ’quotes’ — dashes\r\nCRLF line\n"
                        + longLine, "<p>" + "é".repeat(100) + "</p>", "example.org", DATE),
                new EmlWriter.Email("B", "S", "ends with space ", "ends with newline\n\n", "x.example", DATE),
                new EmlWriter.Email("B", "S", "=" + "x".repeat(74) + "==" + "y".repeat(200), " lead\n \n", "x.example", DATE),
                new EmlWriter.Email("B", "S", "", "", "x.example", DATE));
        for (EmlWriter.Email email : emails) {
            assertThat(new String(EmlWriter.write(email), StandardCharsets.UTF_8))
                    .isEqualTo(new String(ReferenceEml.write(email), StandardCharsets.UTF_8));
        }
    }
}
