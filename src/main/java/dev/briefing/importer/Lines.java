package dev.briefing.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The input's lines during one import, and which of them are used up: a line taken as metadata
 * or dropped as chrome is used; what is left becomes the body. A line may be rewritten once its
 * artifact is cut off (a heading's trailing {@code #}).
 */
final class Lines {
    private final List<String> lines;
    private final boolean[] used;
    private final Set<Integer> headings;
    private final Set<Integer> quoted;
    private final InputPlaces places;

    Lines(SourceText source) {
        this.lines = new ArrayList<>(source.lines());
        this.used = new boolean[lines.size()];
        this.headings = source.headings();
        this.quoted = source.quoted();
        this.places = source.places();
    }

    /** Where {@code phrase} starts in the input on line {@code i}, else where the line starts. */
    java.util.Optional<FoundSource.InputPlace> place(int i, String phrase) {
        return places.at(i, phrase);
    }

    int size() {
        return lines.size();
    }

    String raw(int i) {
        return lines.get(i);
    }

    /** A line as metadata rules read it: stripped, links reduced to their text. */
    String text(int i) {
        return InlineMarks.plain(lines.get(i)).strip();
    }

    boolean isUsed(int i) {
        return used[i];
    }

    void use(int i) {
        used[i] = true;
    }

    void useFrom(int i) {
        for (int k = i; k < used.length; k++) {
            used[k] = true;
        }
    }

    void rewrite(int i, String text) {
        lines.set(i, text);
    }

    boolean isMarkedHeading(int i) {
        return headings.contains(i);
    }

    boolean isQuoted(int i) {
        return quoted.contains(i);
    }

    /** Indexes of the unused, non-blank lines from {@code from} on. */
    List<Integer> filled(int from) {
        List<Integer> filled = new ArrayList<>();
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (!used[i] && !lines.get(i).isBlank()) {
                filled.add(i);
            }
        }
        return filled;
    }
}
