package dev.briefing.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ahocorasick.trie.Emit;

/**
 * Keeps the matches that do not overlap a longer one, as the automaton's own
 * {@code ignoreOverlaps()} does: longest first, then leftmost, each kept unless it overlaps one
 * kept before. The library removes the others from a list one by one, which is quadratic in the
 * matches of one paragraph (16,000 names took most of a minute); kept matches here sit in a
 * sorted map, so each test looks at two neighbours.
 */
final class NonOverlapping {
    private static final Comparator<Emit> LONGEST_THEN_LEFTMOST =
            Comparator.comparingInt(Emit::size).reversed().thenComparingInt(Emit::getStart);

    private NonOverlapping() {}

    /** @return the kept matches in text order */
    static List<Emit> of(List<Emit> emits) {
        List<Emit> bySize = new ArrayList<>(emits);
        bySize.sort(LONGEST_THEN_LEFTMOST);
        TreeMap<Integer, Emit> kept = new TreeMap<>();
        for (Emit e : bySize) {
            Map.Entry<Integer, Emit> before = kept.floorEntry(e.getStart());
            Map.Entry<Integer, Emit> after = kept.ceilingEntry(e.getStart());
            boolean overlaps = before != null && before.getValue().getEnd() >= e.getStart()
                    || after != null && after.getKey() <= e.getEnd();
            if (!overlaps) {
                kept.put(e.getStart(), e);
            }
        }
        return List.copyOf(kept.values());
    }
}
