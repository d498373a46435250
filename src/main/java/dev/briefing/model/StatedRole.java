package dev.briefing.model;

import java.util.Optional;

/**
 * A role as an article states it next to a name: "Chief Technology Officer" at "Quantix", or a
 * former one ("former Boeing engineer"). The raw material of a registry {@link Role}.
 */
public record StatedRole(String title, Optional<String> organization, boolean current) {}
