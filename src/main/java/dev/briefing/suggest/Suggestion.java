package dev.briefing.suggest;

import dev.briefing.errors.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * A proposed registry entry for a person the articles name but the registry does not have.
 *
 * @param id a registry id made from the name, unique among the registry's ids and the other suggestions
 * @param roles each role as an article states it, with every article that states it
 * @param mentions how often the articles name the person
 * @param articles slugs of the articles that name the person, in site order
 * @param firstMention where the first article names the person
 */
public record Suggestion(String id, String name, List<Role> roles, int mentions, List<String> articles,
        SourcePosition firstMention) {

    /** A role with the slugs of the articles that state it. */
    public record Role(String title, Optional<String> organization, boolean current, List<String> statedIn) {}
}
