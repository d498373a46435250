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
     * @param names display names by person id, for breaking ties alphabetically
     * @return at most {@code limit} peers, most shared articles first, then by name
     */
    public static List<Peer> of(String personId, Map<String, List<String>> articlesByPerson, Map<String, String> names,
            int limit) {
        List<String> mine = articlesByPerson.getOrDefault(personId, List.of());
        Map<String, Integer> counts = new TreeMap<>();
        articlesByPerson.forEach((other, theirs) -> {
            if (!other.equals(personId)) {
                int shared = (int) theirs.stream().filter(mine::contains).count();
                if (shared > 0) {
                    counts.put(other, shared);
                }
            }
        });
        List<Peer> peers = new ArrayList<>();
        counts.forEach((id, n) -> peers.add(new Peer(id, n)));
        peers.sort(Comparator.comparingInt(Peer::articles).reversed()
                .thenComparing(p -> names.getOrDefault(p.personId(), p.personId()))
                .thenComparing(Peer::personId));
        return List.copyOf(peers.subList(0, Math.min(limit, peers.size())));
    }
}
