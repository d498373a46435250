package dev.briefing.index;

import dev.briefing.model.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who appears alongside whom: for each person, the other people named in the same articles, counted
 * by article (two people in one article count once, however often each is named). Computed for
 * everyone at once from each article's people, so the cost grows with the pairs that exist, not
 * with the number of people squared.
 */
public final class CoMentions {
    private CoMentions() {}

    /** A person named in {@code articles} of the same articles as another. */
    public record Peer(String personId, int articles) {}

    /**
     * @param people the registry, in the order the result lists them
     * @param peopleByArticle the distinct people each article names
     * @return for each person, every peer: most shared articles first, then by name and id
     */
    public static Map<String, List<Peer>> all(List<Person> people, Map<String, List<String>> peopleByArticle) {
        Map<String, Map<String, Integer>> shared = new HashMap<>();
        for (List<String> named : peopleByArticle.values()) {
            for (String a : named) {
                for (String b : named) {
                    if (!a.equals(b)) {
                        shared.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        people.forEach(p -> names.put(p.id(), p.name()));
        Comparator<Peer> order = Comparator.comparingInt(Peer::articles).reversed()
                .thenComparing(p -> names.getOrDefault(p.personId(), p.personId()))
                .thenComparing(Peer::personId);
        Map<String, List<Peer>> out = new LinkedHashMap<>();
        for (Person p : people) {
            List<Peer> peers = new ArrayList<>();
            shared.getOrDefault(p.id(), Map.of()).forEach((id, n) -> peers.add(new Peer(id, n)));
            peers.sort(order);
            out.put(p.id(), List.copyOf(peers));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
