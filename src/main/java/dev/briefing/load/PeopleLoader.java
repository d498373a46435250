package dev.briefing.load;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.model.PartialDate;
import dev.briefing.model.Person;
import dev.briefing.model.PersonEvent;
import dev.briefing.model.Role;
import dev.briefing.model.Slugs;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the people registry, {@code content/people.yaml}: a list of people. */
final class PeopleLoader {
    private PeopleLoader() {}

    static List<Person> load(Path file, Path contentDir, Problems problems) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        Optional<String> text = ContentText.read(file, contentDir, problems);
        if (text.isEmpty()) {
            return List.of();
        }
        Optional<Node> root = Yaml.parse(text.get(), file, 0, problems);
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof SequenceNode seq)) {
            problems.error(Yaml.at(file, root.get(), 0), "the people registry must be a list of people");
            return List.of();
        }
        List<Person> people = new ArrayList<>();
        Map<String, SourcePosition> ids = new HashMap<>();
        for (Node item : seq.getValue()) {
            YamlMap.of(item, file, 0, problems, "each person").flatMap(y -> person(y, problems)).ifPresent(p -> {
                SourcePosition first = ids.putIfAbsent(p.id(), p.position());
                if (first != null) {
                    problems.error(p.position(), "duplicate person id '" + p.id() + "' (first defined at line " + first.line() + ")");
                } else {
                    people.add(p);
                }
            });
        }
        return List.copyOf(people);
    }

    private static Optional<Person> person(YamlMap y, Problems problems) {
        Optional<String> name = y.requiredString("name", "the person's display name");
        Optional<String> id = y.string("id");
        String description = y.string("description").orElse("");
        List<String> aliases = y.strings("aliases");
        Optional<String> family = y.string("family_name");
        List<Role> roles = new ArrayList<>();
        for (YamlMap r : y.maps("roles")) {
            role(r).ifPresent(roles::add);
        }
        List<PersonEvent> events = new ArrayList<>();
        for (YamlMap e : y.maps("events")) {
            event(e).ifPresent(events::add);
        }
        y.rejectUnknown("a person");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String theId = id.orElse(Slugs.of(name.get()));
        if (!Slugs.isValid(theId)) {
            problems.error(y.position("id"), "person id '" + theId + "' must be lowercase letters, digits and hyphens");
            return Optional.empty();
        }
        Optional<String> notAFileName = Slugs.fileNameProblem("person id", theId);
        if (notAFileName.isPresent()) {
            problems.error(y.position("id"), notAFileName.get());
            return Optional.empty();
        }
        String[] words = name.get().split("\\s+");
        return Optional.of(new Person(theId, name.get(), aliases, family.orElse(words[words.length - 1]),
                description, List.copyOf(roles), List.copyOf(events), y.position()));
    }

    private static Optional<Role> role(YamlMap r) {
        Optional<String> title = r.requiredString("title", "what the role is");
        Optional<String> org = r.string("organization");
        Optional<PartialDate> from = r.date("from");
        Optional<PartialDate> to = r.date("to");
        boolean current = r.bool("current", to.isEmpty());
        List<String> statedIn = r.strings("stated_in");
        r.rejectUnknown("a role");
        return title.map(t -> new Role(t, org, from, to, current, statedIn, r.position()));
    }

    private static Optional<PersonEvent> event(YamlMap e) {
        Optional<PartialDate> date = e.date("date");
        Optional<String> what = e.requiredString("what", "what happened");
        List<String> statedIn = e.strings("stated_in");
        if (!e.has("date")) {
            e.requiredString("date", "when it happened");
        }
        e.rejectUnknown("an event");
        if (date.isEmpty() || what.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PersonEvent(date.get(), what.get(), statedIn, e.position()));
    }
}
