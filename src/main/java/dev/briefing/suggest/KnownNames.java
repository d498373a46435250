package dev.briefing.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names the site already knows: registry people's names and aliases, their roles' organisations,
 * publishers, and the site's {@code name_stop_list}. A phrase is covered when it is one of them,
 * part of one ("Eureka" of "Eureka Labs"), or contains one ("Acme Labs Chief Scientist").
 *
 * <p>Every run of consecutive words of the known names is hashed once, so a look-up costs the
 * same whatever the number of names; scanning the list per phrase would cost phrases × names.
 */
public final class KnownNames {
    private final Set<List<String>> whole = new HashSet<>();
    private final Set<List<String>> parts = new HashSet<>();

    private KnownNames(Collection<String> names) {
        for (String n : names) {
            List<String> k = words(n);
            if (k.isEmpty()) {
                continue;
            }
            whole.add(k);
            parts.addAll(runs(k));
        }
    }

    public static KnownNames of(Collection<String> names) {
        return new KnownNames(names);
    }

    public boolean covers(List<String> phrase) {
        List<String> normal = phrase.stream().map(NameLexicon::key).toList();
        return parts.contains(normal) || runs(normal).stream().anyMatch(whole::contains);
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
