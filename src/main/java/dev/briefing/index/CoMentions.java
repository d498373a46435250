package dev.briefing.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who appears alongside whom: for a person, the other people named in the same articles, counted
 * by article (two people in one article count once, however often each is named).
 */
public final class CoMentions {
    private CoMentions() {}

    /** A person named in {@code articles} of the same articles as another. */
    public record Peer(String personId, int articles) {}

    /**
     * Counts only the people of the person's own articles, so each person page costs what its
     * articles hold, not the size of the registry (looking at every other person made a registry
     * of 20,000 people take minutes).
     *
     * @param peopleByArticle the people each article names, without repeats
     * @param names display names by person id, for breaking ties alphabetically
     * @return at most {@code limit} peers, most shared articles first, then by name
     */
    public static List<Peer> of(String personId, Map<String, List<String>> articlesByPerson,
            Map<String, List<String>> peopleByArticle, Map<String, String> names, int limit) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String slug : new java.util.LinkedHashSet<>(articlesByPerson.getOrDefault(personId, List.of()))) {
            for (String other : peopleByArticle.getOrDefault(slug, List.of())) {
                if (!other.equals(personId)) {
                    counts.merge(other, 1, Integer::sum);
                }
            }
        }
        List<Peer> peers = new ArrayList<>();
        counts.forEach((id, n) -> peers.add(new Peer(id, n)));
        peers.sort(Comparator.comparingInt(Peer::articles).reversed()
                .thenComparing(p -> names.getOrDefault(p.personId(), p.personId()))
                .thenComparing(Peer::personId));
        return List.copyOf(peers.subList(0, Math.min(limit, peers.size())));
    }
}
