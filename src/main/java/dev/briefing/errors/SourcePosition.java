package dev.briefing.errors;

import java.nio.file.Path;

/** A place in an input file: 1-based line and column. */
public record SourcePosition(Path file, int line, int column) {

    public static SourcePosition startOf(Path file) {
        return new SourcePosition(file, 1, 1);
    }

    public SourcePosition plusLines(int lines) {
        return new SourcePosition(file, line + lines, column);
    }
}
