package dev.briefing.importer;

import java.util.Optional;

/**
 * A work an import found, how it was found and where in the input, so the command can say what it
 * took from the text and the user can check it there.
 *
 * @param place where the citation starts in the input file, when the input allows saying so
 */
public record FoundSource(ImportedSource source, How how, Optional<InputPlace> place) {

    /** How the work was found. */
    public enum How {
        SOURCE_LIST("source list"),
        FOOTNOTE("footnote"),
        LINK("link"),
        STATED("stated in text");

        private final String label;

        How(String label) {
            this.label = label;
        }

        /** As the command prints it: "source list", "stated in text". */
        public String label() {
            return label;
        }
    }

    /** A 1-based line and column of the input file. */
    public record InputPlace(int line, int column) {}
}
