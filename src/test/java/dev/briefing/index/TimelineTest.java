package dev.briefing.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.briefing.errors.SourcePosition;
import dev.briefing.model.PartialDate;
import dev.briefing.model.Person;
import dev.briefing.model.PersonEvent;
import dev.briefing.model.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the timeline makes of a registry that states one fact twice. */
class TimelineTest {
    private static final SourcePosition AT = SourcePosition.startOf(Path.of("people.yaml"));
    private static final PartialDate MAY_19 = new PartialDate(2026, 5, 19);

    @Test
    void anEventOnTheDayOfAMoveNamingItsOrganizationIsThatMoveOnce() {
        Person p = person(List.of(role("Researcher", "Anthropic", MAY_19, null, List.of("a")),
                        role("Founder", "Eureka Labs", null, null, List.of("a"))),
                List.of(event(MAY_19, "Announced his move to Anthropic", List.of("a", "b"))));
        assertThat(Timeline.of(List.of(p))).extracting(TimelineEvent::kind, TimelineEvent::text, TimelineEvent::statedIn)
                .containsExactly(tuple(TimelineEvent.Kind.JOINED, "Researcher", List.of("a", "b")));
    }

    @Test
    void theSameRoleStatedTwiceIsOneEntryCitingBoth() {
        Person p = person(List.of(role("Researcher", "Anthropic", MAY_19, null, List.of("a")),
                role("researcher", "anthropic", MAY_19, null, List.of("b"))), List.of());
        assertThat(Timeline.of(List.of(p))).extracting(TimelineEvent::kind, TimelineEvent::statedIn)
                .containsExactly(tuple(TimelineEvent.Kind.JOINED, List.of("a", "b")));
    }

    @Test
    void factsThatDifferAreAllKept() {
        PartialDate may20 = new PartialDate(2026, 5, 20);
        Person p = person(List.of(role("Researcher", "Anthropic", MAY_19, null, List.of("a")),
                        role("CTO", "Workday", null, MAY_19, List.of("a"))),
                List.of(event(MAY_19, "Spoke at a conference", List.of("a")),
                        event(may20, "Announced his move to Anthropic", List.of("a")),
                        // "Anthropics" is another word: only whole words name an organization.
                        event(MAY_19, "Wrote about Anthropics", List.of("a")),
                        event(MAY_19, "Spoke at a conference", List.of("b"))));
        assertThat(Timeline.of(List.of(p))).extracting(e -> e.date().iso(), TimelineEvent::kind, TimelineEvent::text,
                TimelineEvent::statedIn).containsExactly(
                tuple("2026-05-19", TimelineEvent.Kind.LEFT, "CTO", List.of("a")),
                tuple("2026-05-19", TimelineEvent.Kind.JOINED, "Researcher", List.of("a")),
                tuple("2026-05-19", TimelineEvent.Kind.EVENT, "Spoke at a conference", List.of("a", "b")),
                tuple("2026-05-19", TimelineEvent.Kind.EVENT, "Wrote about Anthropics", List.of("a")),
                tuple("2026-05-20", TimelineEvent.Kind.EVENT, "Announced his move to Anthropic", List.of("a")));
    }

    @Test
    void aMoveWithNoOrganizationIsNamedByItsTitle() {
        Person p = person(List.of(role("Chief Scientist", null, MAY_19, null, List.of("a"))),
                List.of(event(MAY_19, "Named chief scientist", List.of("b"))));
        assertThat(Timeline.of(List.of(p))).extracting(TimelineEvent::kind, TimelineEvent::statedIn)
                .containsExactly(tuple(TimelineEvent.Kind.JOINED, List.of("a", "b")));
    }

    @Test
    void theSameFactOfTwoPeopleIsTwoEntries() {
        Person a = person("a-one", "A One", List.of(role("Researcher", "Anthropic", MAY_19, null, List.of("a"))),
                List.of());
        Person b = person("b-two", "B Two", List.of(role("Researcher", "Anthropic", MAY_19, null, List.of("a"))),
                List.of());
        assertThat(Timeline.of(List.of(a, b))).extracting(e -> e.person().id()).containsExactly("a-one", "b-two");
    }

    private static Person person(List<Role> roles, List<PersonEvent> events) {
        return person("jane-doe", "Jane Doe", roles, events);
    }

    private static Person person(String id, String name, List<Role> roles, List<PersonEvent> events) {
        return new Person(id, name, List.of(), name.substring(name.indexOf(' ') + 1), "", roles, events, AT);
    }

    private static Role role(String title, String organization, PartialDate from, PartialDate to, List<String> in) {
        return new Role(title, Optional.ofNullable(organization), Optional.ofNullable(from), Optional.ofNullable(to),
                to == null, in, AT);
    }

    private static PersonEvent event(PartialDate date, String what, List<String> in) {
        return new PersonEvent(date, what, in, AT);
    }
}
