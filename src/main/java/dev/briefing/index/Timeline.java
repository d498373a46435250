package dev.briefing.index;

import dev.briefing.model.Person;
import dev.briefing.model.PersonEvent;
import dev.briefing.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every dated fact the people registry records, oldest first: roles' {@code from} and {@code to}
 * dates and {@code events}. Facts with no stated date are not on the timeline; nothing is guessed.
 */
public final class Timeline {
    /** Oldest first; a month-only date ("May 2024") sorts before the days of that month. */
    static final Comparator<TimelineEvent> ORDER = Comparator.comparing(TimelineEvent::date)
            .thenComparing(e -> e.person(), SiteIndex.BY_FAMILY_NAME)
            .thenComparing(TimelineEvent::kind)
            .thenComparing(TimelineEvent::text);

    private Timeline() {}

    public static List<TimelineEvent> of(List<Person> people) {
        List<TimelineEvent> events = new ArrayList<>();
        for (Person p : people) {
            for (Role r : p.roles()) {
                r.from().ifPresent(d -> events.add(new TimelineEvent(d, TimelineEvent.Kind.JOINED, p, r.organization(),
                        r.title(), r.statedIn())));
                r.to().ifPresent(d -> events.add(new TimelineEvent(d, TimelineEvent.Kind.LEFT, p, r.organization(),
                        r.title(), r.statedIn())));
            }
            for (PersonEvent e : p.events()) {
                events.add(new TimelineEvent(e.date(), TimelineEvent.Kind.EVENT, p, java.util.Optional.empty(), e.what(),
                        e.statedIn()));
            }
        }
        events.sort(ORDER);
        return List.copyOf(events);
    }
}
