package dev.briefing.index;

import dev.briefing.model.Person;
import dev.briefing.model.Role;
import java.util.List;

/**
 * An organization the site knows of: named in a registry role, or the publisher of a source.
 *
 * @param slug file name of its page, unique among organizations
 * @param affiliations every registry role held there, current and former, in registry order
 * @param published bibliography entries (articles and the works they cite) it published
 */
public record Organization(String name, String slug, List<Affiliation> affiliations, List<SourceEntry> published) {

    /** One person's role at an organization. */
    public record Affiliation(Person person, Role role) {}
}
