package dev.briefing.model;

import dev.briefing.errors.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * A position a person holds or held, with where it is stated.
 *
 * @param statedIn slugs of the articles that state this role: every role has provenance
 * @param current false for a role the articles call former ("former CTO of Workday")
 */
public record Role(
        String title,
        Optional<String> organization,
        Optional<PartialDate> from,
        Optional<PartialDate> to,
        boolean current,
        List<String> statedIn,
        SourcePosition position) {}
