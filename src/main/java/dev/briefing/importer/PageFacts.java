package dev.briefing.importer;

import dev.briefing.model.PartialDate;
import java.util.List;
import java.util.Optional;

/**
 * What a saved page states about its article as data (JSON-LD, {@code og:}/{@code article:}
 * meta, {@code <time datetime>}, the canonical link, the {@code <h1>}), before any text rule runs.
 * Plain text states nothing this way: {@link #NONE}.
 *
 * @param authors the byline's names, in order
 * @param summary the page's description; whether it is a standfirst is decided against the body
 */
record PageFacts(
        Optional<String> title,
        Optional<PartialDate> date,
        List<String> authors,
        Optional<String> authorDescription,
        Optional<String> publisher,
        Optional<String> section,
        Optional<String> summary,
        Optional<String> url) {

    static final PageFacts NONE = new PageFacts(Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
