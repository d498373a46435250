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
    record Score(int expected, int suggested, int correct, int rolesExpected, int rolesCorrect, List<String> missed,
            List<String> wrong, List<String> nonPeopleSuggested, List<String> roleMisses) {
        double recall() {
            return expected == 0 ? 1 : (double) correct / expected;
        }

        double precision() {
            return suggested == 0 ? 1 : (double) correct / suggested;
        }

        String summary(String label) {
            return String.format("%-28s recall %5.1f%% (%d/%d)  precision %5.1f%% (%d/%d)  roles %d/%d  non-people suggested %d",
                    label, 100 * recall(), correct, expected, 100 * precision(), correct, suggested, rolesCorrect,
                    rolesExpected, nonPeopleSuggested.size());
        }
    }

    private DiscoveryEvaluation() {}

    static SiteIndex index(Path content) throws BuildFailedException {
        return new SiteBuilder().build(new SiteBuilder.Options(content, Path.of("templates"), Path.of("unused"),
                Optional.empty(), false)).index();
    }

    static Score score(Path content, Path expectedDir, NameLexicon lexicon) throws IOException, BuildFailedException {
        SiteIndex index = index(content);
        PeopleSuggestions suggestions = PeopleSuggestions.of(index, lexicon);
        int expected = 0;
        int suggested = 0;
        int correct = 0;
        int rolesExpected = 0;
        int rolesCorrect = 0;
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> nonPeople = new ArrayList<>();
        List<String> roleMisses = new ArrayList<>();
        Load load = new Load(LoadSettings.builder().build());
        for (var article : index.articles()) {
            String slug = article.article().slug();
            Path labels = expectedDir.resolve(slug + ".yaml");
            if (!Files.exists(labels)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> y = (Map<String, Object>) load.loadFromString(Files.readString(labels));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> people = (List<Map<String, Object>>) y.getOrDefault("people", List.of());
            Set<String> want = new LinkedHashSet<>();
            people.forEach(p -> want.add(NameLexicon.key((String) p.get("name"))));
            Set<String> notPeople = new TreeSet<>();
            for (Object o : (List<?>) y.getOrDefault("not_people", List.of())) {
                notPeople.add(NameLexicon.key(o.toString()));
            }
            for (Object o : (List<?>) y.getOrDefault("registered", List.of())) {
                notPeople.add(NameLexicon.key(o.toString()));
            }
            List<FoundPerson> found = suggestions.byArticle(slug);
            Set<String> got = new LinkedHashSet<>();
            for (FoundPerson f : found) {
                got.add(NameLexicon.key(f.name()));
            }
            expected += want.size();
            suggested += got.size();
            for (String g : got) {
                if (want.contains(g)) {
                    correct++;
                } else {
                    wrong.add(slug + ": " + g);
                    if (notPeople.contains(g)) {
                        nonPeople.add(slug + ": " + g);
                    }
                }
            }
            for (String w : want) {
                if (!got.contains(w)) {
                    missed.add(slug + ": " + w);
                }
            }
            for (Map<String, Object> p : people) {
                if (p.get("role") == null) {
                    continue;
                }
                rolesExpected++;
                String key = NameLexicon.key((String) p.get("name"));
                List<String> accepted = p.get("role") instanceof List<?> l ? l.stream().map(Object::toString).toList()
                        : List.of(p.get("role").toString());
                Object org = p.get("organization");
                boolean ok = found.stream().filter(f -> NameLexicon.key(f.name()).equals(key)).flatMap(f -> f.roles().stream())
                        .filter(r -> accepted.stream().anyMatch(a -> NameLexicon.key(a).equals(NameLexicon.key(r.title()))))
                        .anyMatch(r -> org == null || r.organization().map(NameLexicon::key).equals(Optional.of(NameLexicon.key(org.toString()))));
                if (ok) {
                    rolesCorrect++;
                } else {
                    roleMisses.add(slug + ": " + key + " expected " + accepted + (org == null ? "" : " at " + org) + ", found "
                            + found.stream().filter(f -> NameLexicon.key(f.name()).equals(key)).flatMap(f -> f.roles().stream()).toList());
                }
            }
        }
        return new Score(expected, suggested, correct, rolesExpected, rolesCorrect, missed, wrong, nonPeople, roleMisses);
    }
}
