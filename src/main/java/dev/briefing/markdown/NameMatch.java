package dev.briefing.markdown;

/** How a registry name identifies a person: fully (name or alias) or by family name alone. */
record NameMatch(String personId, boolean full) {}
