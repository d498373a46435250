package dev.briefing.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names the site already knows: registry people's names and aliases, their roles' organisations,
 * publishers, and the site's {@code name_stop_list}. A phrase is covered when it is one of them,
 * part of one ("Eureka" of "Eureka Labs"), or contains one ("Acme Labs Chief Scientist"). An
 * organisation does not cover a longer phrase that it ends: people are named by their family name,
 * firms by their first words, so a publisher "Ford" leaves "Harrison Ford" a person.
 *
 * <p>Every run of consecutive words of the known names is hashed once, so a look-up costs the
 * same whatever the number of names; scanning the list per phrase would cost phrases × names.
 */
public final class KnownNames {
    private final Set<List<String>> whole = new HashSet<>();
    private final Set<List<String>> organizations = new HashSet<>();
    private final Set<List<String>> parts = new HashSet<>();

    private KnownNames(Collection<String> names, Collection<String> organizationNames) {
        for (String n : names) {
            add(n, whole);
        }
        for (String n : organizationNames) {
            add(n, organizations);
        }
    }

    private void add(String name, Set<List<String>> into) {
        List<String> k = words(name);
        if (!k.isEmpty()) {
            into.add(k);
            parts.addAll(runs(k));
        }
    }

    /** Names that cover every phrase containing them: registry names and aliases, the stop list. */
    public static KnownNames of(Collection<String> names) {
        return new KnownNames(names, List.of());
    }

    /** Names as {@link #of(Collection)}, and organisations, which do not cover a longer phrase they end. */
    public static KnownNames of(Collection<String> names, Collection<String> organizationNames) {
        return new KnownNames(names, organizationNames);
    }

    public boolean covers(List<String> phrase) {
        List<String> normal = phrase.stream().map(NameLexicon::key).toList();
        if (parts.contains(normal)) {
            return true;
        }
        for (int i = 0; i < normal.size(); i++) {
            for (int j = i + 1; j <= normal.size(); j++) {
                List<String> run = normal.subList(i, j);
                if (whole.contains(run) || organizations.contains(run) && !(i > 0 && j == normal.size())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        String k = NameLexicon.key(text);
        return k.isEmpty() ? List.of() : List.of(k.split(" "));
    }

    private static List<List<String>> runs(List<String> words) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j <= words.size(); j++) {
                out.add(words.subList(i, j));
            }
        }
        return out;
    }
}
