package dev.briefing.model;

import dev.briefing.errors.SourcePosition;
import java.util.Optional;

/**
 * A document an article cites, as its front matter states it. Missing facts stay empty: a source
 * with no URL in the original is shown with no link, never a guessed one.
 *
 * @param id stable id for the bibliography anchor; derived from the title when not given
 */
public record CitedSource(
        String id,
        String title,
        Optional<String> publisher,
        Optional<String> author,
        Optional<PartialDate> date,
        Optional<String> url,
        SourcePosition position) {}
