package dev.briefing.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

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
        /**
         * @return false when the file could not be made whole (the problem is reported): a sink
         *     then keeps nothing of it
         */
        boolean writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file as its bytes are made. The few files that grow with the whole site (the feed,
     * people.json: over 100 MB each at 10,000 articles) go to disk this way instead of being held
     * whole, several times over, while they are made. A sink that keeps files in memory collects
     * the bytes.
     */
    default void stream(String path, Content content) {
        collect(content).ifPresent(bytes -> write(path, bytes));
    }

    /** The bytes of a file, made in memory; empty when it could not be made whole. */
    static Optional<byte[]> collect(Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        return make(content, bytes) ? Optional.of(bytes.toByteArray()) : Optional.empty();
    }

    /** A sink that keeps nothing: everything is made and checked, nothing is written. */
    static Sink discard() {
        return new Sink() {
            @Override
            public void write(String path, byte[] content) {}

            @Override
            public void stream(String path, Content content) {
                make(content, OutputStream.nullOutputStream());
            }
        };
    }

    private static boolean make(Content content, OutputStream out) {
        try {
            return content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
