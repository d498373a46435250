package dev.briefing.index;

import dev.briefing.model.Person;
import dev.briefing.model.PersonEvent;
import dev.briefing.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every dated fact the people registry records, oldest first: roles' {@code from} and {@code to}
 * dates and {@code events}. Facts with no stated date are not on the timeline; nothing is guessed.
 *
 * <p>A registry often states one fact twice: a role's {@code from} date and an event on the same
 * day ("announced his move to Anthropic"), or the same role under two entries. The timeline shows
 * such a fact once, citing every article that states it: facts of one person on one day are the
 * same when they are of the same kind, place and text, and an event is the same as a role's start
 * or end on its day when it names the role's organization (or, for a role with none, its title).
 * The person's own page still lists each event as the registry states it.
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
            List<TimelineEvent> moves = new ArrayList<>();
            for (Role r : p.roles()) {
                r.from().ifPresent(d -> add(moves, new TimelineEvent(d, TimelineEvent.Kind.JOINED, p, r.organization(),
                        r.title(), r.statedIn())));
                r.to().ifPresent(d -> add(moves, new TimelineEvent(d, TimelineEvent.Kind.LEFT, p, r.organization(),
                        r.title(), r.statedIn())));
            }
            List<TimelineEvent> own = new ArrayList<>();
            for (PersonEvent e : p.events()) {
                TimelineEvent event = new TimelineEvent(e.date(), TimelineEvent.Kind.EVENT, p, Optional.empty(),
                        e.what(), e.statedIn());
                if (!restatesAMove(moves, event)) {
                    add(own, event);
                }
            }
            events.addAll(moves);
            events.addAll(own);
        }
        events.sort(ORDER);
        return List.copyOf(events);
    }

    /** Adds {@code fact}, or merges its articles into an equal fact already there. */
    private static void add(List<TimelineEvent> facts, TimelineEvent fact) {
        for (int i = 0; i < facts.size(); i++) {
            TimelineEvent f = facts.get(i);
            if (f.date().equals(fact.date()) && f.kind() == fact.kind()
                    && fold(f.organization().orElse("")).equals(fold(fact.organization().orElse("")))
                    && fold(f.text()).equals(fold(fact.text()))) {
                facts.set(i, withArticles(f, fact.statedIn()));
                return;
            }
        }
        facts.add(fact);
    }

    /**
     * Whether {@code event} is a move of {@code moves} told as an event: same day, naming the move's
     * organization or, for a move with none, its title. The move then cites the event's articles too.
     */
    private static boolean restatesAMove(List<TimelineEvent> moves, TimelineEvent event) {
        boolean restates = false;
        for (int i = 0; i < moves.size(); i++) {
            TimelineEvent m = moves.get(i);
            if (m.date().equals(event.date()) && names(event.text(), m.organization().orElse(m.text()))) {
                moves.set(i, withArticles(m, event.statedIn()));
                restates = true;
            }
        }
        return restates;
    }

    /** Whether {@code text} contains {@code phrase} as whole words, ignoring case. */
    static boolean names(String text, String phrase) {
        if (phrase.isBlank()) {
            return false;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(phrase)) + "(?![\\p{L}\\p{N}])")
                .matcher(fold(text)).find();
    }

    private static TimelineEvent withArticles(TimelineEvent e, List<String> more) {
        Set<String> all = new LinkedHashSet<>(e.statedIn());
        all.addAll(more);
        return new TimelineEvent(e.date(), e.kind(), e.person(), e.organization(), e.text(), List.copyOf(all));
    }

    private static String fold(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
