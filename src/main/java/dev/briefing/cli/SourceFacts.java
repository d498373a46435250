package dev.briefing.cli;

import dev.briefing.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A work's facts on one line, as {@code import} and {@code check --sources} print them: only the
 * facts stated, in one order, texts quoted.
 *
 * <pre>
 * title "Airport Corridor Study", publisher "Metro Authority", date 2024-10, url https://example.org/study
 * </pre>
 */
final class SourceFacts {
    private SourceFacts() {}

    static String line(String title, Optional<String> author, Optional<String> publisher, Optional<PartialDate> date,
            Optional<String> url) {
        List<String> facts = new ArrayList<>();
        facts.add("title " + quoted(title));
        author.ifPresent(a -> facts.add("author " + quoted(a)));
        publisher.ifPresent(p -> facts.add("publisher " + quoted(p)));
        date.ifPresent(d -> facts.add("date " + d.iso()));
        url.ifPresent(u -> facts.add("url " + u));
        return String.join(", ", facts);
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
