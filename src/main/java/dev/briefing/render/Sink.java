package dev.briefing.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Where outputs put the files they make, as they make them: the staging folder of a build, the
 * memory of the preview, or nowhere for {@code check}. Thread-safe; each path is written once.
 */
public interface Sink {
    /**
     * @param path relative to the site root, with {@code /} separators
     */
    void write(String path, byte[] content);

    /** A file's bytes, written to a stream as they are made. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file as its bytes are made. The few files that grow with the whole site (the feed,
     * people.json: over 100 MB each at 10,000 articles) go to disk this way instead of being held
     * whole, several times over, while they are made. A sink that keeps files in memory collects
     * the bytes.
     */
    default void stream(String path, Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            content.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(path, bytes.toByteArray());
    }

    /** A sink that keeps nothing: everything is made and checked, nothing is written. */
    static Sink discard() {
        return new Sink() {
            @Override
            public void write(String path, byte[] content) {}

            @Override
            public void stream(String path, Content content) {
                try {
                    content.writeTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
