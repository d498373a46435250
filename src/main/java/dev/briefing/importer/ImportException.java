package dev.briefing.importer;

/** The input cannot be read as an article (for example, it holds no text). */
public final class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }
}
