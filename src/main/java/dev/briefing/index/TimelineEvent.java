package dev.briefing.index;

import dev.briefing.model.PartialDate;
import dev.briefing.model.Person;
import java.util.List;
import java.util.Optional;

/**
 * One dated fact from the registry: a role's start, a role's end, or a recorded event.
 *
 * @param organization for role starts and ends, where the role is (when the registry names it)
 * @param text the role's title for {@link Kind#JOINED} and {@link Kind#LEFT}, what happened for {@link Kind#EVENT}
 * @param statedIn slugs of the articles that state it
 */
public record TimelineEvent(PartialDate date, Kind kind, Person person, Optional<String> organization, String text,
        List<String> statedIn) {

    /** What kind of fact; the order is the order of facts on the same day for the same person. */
    public enum Kind { LEFT, JOINED, EVENT }
}
