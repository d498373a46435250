package dev.briefing.importer;

/**
 * The input cannot be read as an article: it is missing, empty, binary or not UTF-8, or it holds
 * no text. {@link #line()} and {@link #column()} say where (1-based; 1:1 for the file as a whole).
 */
public final class ImportException extends Exception {
    private final int line;
    private final int column;

    public ImportException(String message) {
        this(message, 1, 1);
    }

    public ImportException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
