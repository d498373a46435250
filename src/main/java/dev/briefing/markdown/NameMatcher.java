package dev.briefing.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of a set of names in a text, as whole words, the longer of two
 * overlapping occurrences kept (then the first): what the Aho–Corasick automaton this replaced
 * found, at a fraction of its cost. Names are looked up only where a word starts, by the word's
 * leading letters, and compared in place; nothing is built per character.
 *
 * <pre>
 * NameMatcher m = new NameMatcher(List.of("Andrej Karpathy", "Karpathy"));
 * m.find("Andrej Karpathy met Karpathy’s team"); // [0, 15) and [20, 28)
 * </pre>
 */
final class NameMatcher {
    /** One occurrence: characters {@code [start, end)} are {@code name}. */
    record Match(int start, int end, String name) {}

    private static final Comparator<Match> LONGEST_THEN_FIRST = Comparator
            .comparingInt((Match m) -> m.start() - m.end()).thenComparingInt(Match::start);

    /** Names by their leading letters; each list longest first. */
    private final Map<String, List<String>> byLead = new HashMap<>();
    /** Names that do not start with a letter, tried at every word start. */
    private final List<String> unlettered = new ArrayList<>();

    NameMatcher(Iterable<String> names) {
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            String lead = name.substring(0, letters(name, 0));
            if (lead.isEmpty()) {
                unlettered.add(name);
            } else {
                byLead.computeIfAbsent(lead, k -> new ArrayList<>()).add(name);
            }
        }
        byLead.values().forEach(list -> list.sort(Comparator.comparingInt(String::length).reversed()));
    }

    /** Every whole-word occurrence, overlaps resolved, in text order. */
    List<Match> find(String text) {
        return resolveOverlaps(findAll(text));
    }

    /** Every whole-word occurrence, overlapping ones included, in text order. */
    List<Match> findAll(String text) {
        List<Match> all = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && Character.isAlphabetic(text.charAt(i - 1))) {
                continue; // inside a word: no name starts here
            }
            int end = letters(text, i);
            if (end > i) {
                List<String> candidates = byLead.get(text.substring(i, end));
                if (candidates != null) {
                    match(text, i, candidates, all);
                }
            }
            if (!unlettered.isEmpty()) {
                match(text, i, unlettered, all);
            }
            if (end > i) {
                i = end - 1; // the rest of this word starts nothing
            }
        }
        return all;
    }

    private static void match(String text, int at, List<String> names, List<Match> into) {
        for (String name : names) {
            int end = at + name.length();
            if (text.startsWith(name, at) && (end == text.length() || !Character.isAlphabetic(text.charAt(end)))) {
                into.add(new Match(at, end, name));
            }
        }
    }

    /** Keeps the longest of overlapping occurrences (the first of equally long ones). */
    private static List<Match> resolveOverlaps(List<Match> all) {
        if (all.size() < 2) {
            return all;
        }
        List<Match> bySize = new ArrayList<>(all);
        bySize.sort(LONGEST_THEN_FIRST);
        java.util.TreeMap<Integer, Match> kept = new java.util.TreeMap<>();
        for (Match m : bySize) {
            var before = kept.floorEntry(m.start());
            var after = kept.ceilingEntry(m.start());
            boolean overlaps = (before != null && before.getValue().end() > m.start())
                    || (after != null && after.getValue().start() < m.end());
            if (!overlaps) {
                kept.put(m.start(), m);
            }
        }
        return List.copyOf(kept.values());
    }

    /** The end of the run of letters starting at {@code from}. */
    private static int letters(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && Character.isAlphabetic(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
