package dev.briefing.suggest;

import dev.briefing.errors.BuildFailedException;
import dev.briefing.index.SiteIndex;
import dev.briefing.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import dev.briefing.markdown.ParsedArticle.NameCandidate;
import dev.briefing.model.StatedRole;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Scores people discovery on a labelled corpus: a content folder whose articles each have an
 * {@code expected/<slug>.yaml} listing the people they name ({@code people}: name, and the role as
 * stated), the registered people ({@code registered}) and the capitalised names that are not
 * people ({@code not_people}).
 */
final class DiscoveryEvaluation {
    /** The figures over a whole corpus, with what was missed and what was wrongly suggested. */
    record Score(int expected, int suggested, int correct, int rolesExpected, int rolesCorrect, int countsExpected,
            int countsCorrect, List<String> missed, List<String> wrong, List<String> nonPeopleSuggested, List<String> roleMisses) {
        double recall() {
            return expected == 0 ? 1 : (double) correct / expected;
        }

        double precision() {
            return suggested == 0 ? 1 : (double) correct / suggested;
        }

        String summary(String label) {
            return String.format("%-28s recall %5.1f%% (%d/%d)  precision %5.1f%% (%d/%d)  roles %d/%d%s  non-people suggested %d",
                    label, 100 * recall(), correct, expected, 100 * precision(), correct, suggested, rolesCorrect,
                    rolesExpected, countsExpected == 0 ? "" : "  mention counts " + countsCorrect + "/" + countsExpected,
                    nonPeopleSuggested.size());
        }
    }

    private DiscoveryEvaluation() {}

    static SiteIndex index(Path content) throws BuildFailedException {
        return new SiteBuilder().build(new SiteBuilder.Options(content, Path.of("templates"), Path.of("unused"),
                Optional.empty(), false)).index();
    }

    /**
     * What one article is labelled with.
     *
     * @param roles expected role per person key: accepted titles, and the organisation when stated
     */
    record Labels(List<String> people, Map<String, ExpectedRole> roles, Set<String> notPeople, Map<String, Integer> mentions) {}

    record ExpectedRole(List<String> titles, Optional<String> organization) {}

    static Score score(Path content, Path expectedDir) throws IOException, BuildFailedException {
        SiteIndex index = index(content);
        Map<String, Labels> labels = new java.util.LinkedHashMap<>();
        for (var article : index.articles()) {
            String slug = article.article().slug();
            Path file = expectedDir.resolve(slug + ".yaml");
            if (Files.exists(file)) {
                labels.put(slug, discoveryLabels(file));
            }
        }
        return score(index, labels);
    }

    /** The format of {@code src/test/resources/discovery/expected/}: {@code role} a title or a list of accepted titles. */
    static Labels discoveryLabels(Path file) throws IOException {
        return labels(file, p -> {
            Object role = p.get("role");
            if (role == null) {
                return Optional.empty();
            }
            List<String> titles = role instanceof List<?> l ? l.stream().map(Object::toString).toList() : List.of(role.toString());
            return Optional.of(new ExpectedRole(titles, Optional.ofNullable((String) p.get("organization"))));
        }, Object::toString);
    }

    /** The format of the import corpus, {@code src/test/resources/import/<case>/expected.yaml}. */
    static Labels importLabels(Path file) throws IOException {
        return labels(file, p -> p.get("role") instanceof Map<?, ?> r && r.get("title") != null
                ? Optional.of(new ExpectedRole(List.of(r.get("title").toString()), Optional.ofNullable((String) r.get("organization"))))
                : Optional.empty(), n -> ((Map<?, ?>) n).get("name").toString());
    }

    /** People with their expected roles, and non-people (plus {@code registered} people) by name. */
    @SuppressWarnings("unchecked")
    private static Labels labels(Path file, Function<Map<String, Object>, Optional<ExpectedRole>> role,
            Function<Object, String> nonPersonName) throws IOException {
        Map<String, Object> y = (Map<String, Object>) LOAD.loadFromString(Files.readString(file));
        List<String> people = new ArrayList<>();
        Map<String, ExpectedRole> roles = new java.util.LinkedHashMap<>();
        Map<String, Integer> mentions = new java.util.LinkedHashMap<>();
        for (Map<String, Object> p : (List<Map<String, Object>>) y.getOrDefault("people", List.of())) {
            String name = (String) p.get("name");
            people.add(name);
            role.apply(p).ifPresent(r -> roles.put(NameLexicon.key(name), r));
            if (p.get("mentions") instanceof Integer n) {
                mentions.put(NameLexicon.key(name), n);
            }
        }
        Set<String> notPeople = new TreeSet<>();
        for (Object o : (List<?>) y.getOrDefault("not_people", List.of())) {
            notPeople.add(NameLexicon.key(nonPersonName.apply(o)));
        }
        for (Object o : (List<?>) y.getOrDefault("registered", List.of())) {
            notPeople.add(NameLexicon.key(o.toString()));
        }
        return new Labels(people, roles, notPeople, mentions);
    }

    static Score score(SiteIndex index, Map<String, Labels> labelsBySlug) {
        PeopleSuggestions suggestions = PeopleSuggestions.of(index);
        int expected = 0;
        int suggested = 0;
        int correct = 0;
        int rolesExpected = 0;
        int rolesCorrect = 0;
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> nonPeople = new ArrayList<>();
        List<String> roleMisses = new ArrayList<>();
        int countsExpected = 0;
        int countsCorrect = 0;
        for (Map.Entry<String, Labels> e : labelsBySlug.entrySet()) {
            String slug = e.getKey();
            Labels labels = e.getValue();
            Set<String> want = new LinkedHashSet<>();
            labels.people().forEach(p -> want.add(NameLexicon.key(p)));
            List<NameCandidate> found = suggestions.byArticle(slug);
            Set<String> got = new LinkedHashSet<>();
            found.forEach(f -> got.add(NameLexicon.key(f.text())));
            expected += want.size();
            suggested += got.size();
            for (String g : got) {
                if (want.contains(g)) {
                    correct++;
                } else {
                    wrong.add(slug + ": " + g);
                    if (labels.notPeople().contains(g)) {
                        nonPeople.add(slug + ": " + g);
                    }
                }
            }
            for (String w : want) {
                if (!got.contains(w)) {
                    missed.add(slug + ": " + w);
                }
            }
            for (Map.Entry<String, Integer> m : labels.mentions().entrySet()) {
                if (m.getValue() == 0) {
                    continue; // named in the byline only
                }
                countsExpected++;
                if (found.stream().anyMatch(f -> NameLexicon.key(f.text()).equals(m.getKey()) && f.mentions() == m.getValue())) {
                    countsCorrect++;
                }
            }
            for (Map.Entry<String, ExpectedRole> r : labels.roles().entrySet()) {
                rolesExpected++;
                String key = r.getKey();
                ExpectedRole role = r.getValue();
                List<StatedRole> stated = found.stream().filter(f -> NameLexicon.key(f.text()).equals(key))
                        .flatMap(f -> f.roles().stream()).toList();
                boolean ok = stated.stream()
                        .filter(s -> role.titles().stream().anyMatch(t -> NameLexicon.key(t).equals(NameLexicon.key(s.title()))))
                        .anyMatch(s -> role.organization().isEmpty()
                                || s.organization().map(NameLexicon::key).equals(role.organization().map(NameLexicon::key)));
                if (ok) {
                    rolesCorrect++;
                } else {
                    roleMisses.add(slug + ": " + key + " expected " + role.titles()
                            + role.organization().map(o -> " at " + o).orElse("") + ", found " + stated);
                }
            }
        }
        return new Score(expected, suggested, correct, rolesExpected, rolesCorrect, countsExpected, countsCorrect, missed, wrong,
                nonPeople, roleMisses);
    }

    private static final Load LOAD = new Load(LoadSettings.builder().build());
}
