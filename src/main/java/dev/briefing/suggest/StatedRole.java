package dev.briefing.suggest;

import java.util.Optional;

/**
 * A role as an article states it next to a name: "Chief Technology Officer" at "Quantix", or a
 * former one ("former Boeing engineer").
 */
public record StatedRole(String title, Optional<String> organization, boolean current) {}
