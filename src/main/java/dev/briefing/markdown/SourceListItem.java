package dev.briefing.markdown;

import dev.briefing.errors.SourcePosition;
import dev.briefing.model.CitedSource;
import java.util.Optional;

/**
 * One item of a "Sources" list in an article's text, read as a citation: either a cited work, or a
 * link to another article of the briefing ({@code articleSlug}).
 */
public record SourceListItem(Optional<CitedSource> source, Optional<String> articleSlug, SourcePosition position) {}
