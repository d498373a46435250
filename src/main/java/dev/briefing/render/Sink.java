package dev.briefing.render;

/**
 * Where outputs put the files they make, as they make them: the staging folder of a build, the
 * memory of the preview, or nowhere for {@code check}. Thread-safe; each path is written once.
 */
public interface Sink {
    /**
     * @param path relative to the site root, with {@code /} separators
     */
    void write(String path, byte[] content);

    /** A sink that keeps nothing: everything is made and checked, nothing is written. */
    static Sink discard() {
        return (path, content) -> {};
    }
}
