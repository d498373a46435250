package dev.briefing.importer;

import java.util.Optional;

/**
 * Whether a saved page's description is the article's standfirst. It is when it stands above the
 * first paragraph (that line then leaves the body) or appears nowhere in the text. It is not when
 * it is the first paragraph itself or a cut-off start of one (an excerpt the site made).
 */
final class Summaries {
    private Summaries() {}

    static void fromPage(Findings found, PageFacts facts, Lines lines, int anchor) {
        if (found.summary.isPresent() || facts.summary().isEmpty()) {
            return;
        }
        String description = normalize(facts.summary().get());
        String excerpt = description.replaceFirst("\\s*(\\[?…\\]?|\\.\\.\\.|\\[\\.\\.\\.])$", "");
        for (int i : lines.filled(0)) {
            String text = normalize(lines.text(i));
            if (text.equals(description)) {
                if (i < anchor) {
                    lines.use(i);
                    found.summary(Optional.of(facts.summary().get().strip()));
                }
                return;
            }
            if (!excerpt.isEmpty() && text.startsWith(excerpt)) {
                return;
            }
        }
        found.summary(Optional.of(facts.summary().get().strip()));
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
