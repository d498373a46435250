package dev.briefing.errors;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One problem found in the site's input, with the place it was found.
 *
 * <p>Lines and columns are 1-based, as editors show them. A problem about a whole file uses line 1,
 * column 1, so every report keeps the {@code path:line:column: message} shape tools can jump to.
 */
public record Problem(Path file, int line, int column, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file().toString())
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public static Problem error(SourcePosition at, String message) {
        return new Problem(at.file(), at.line(), at.column(), Severity.ERROR, message);
    }

    public static Problem warning(SourcePosition at, String message) {
        return new Problem(at.file(), at.line(), at.column(), Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: message}, with {@code warning: } before a warning's message. */
    public String format() {
        String kind = isError() ? "" : "warning: ";
        return file.toString().replace('\\', '/') + ":" + line + ":" + column + ": " + kind + message;
    }
}
