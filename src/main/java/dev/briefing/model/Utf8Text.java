package dev.briefing.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text kept as UTF-8 bytes, for the large texts a build holds from the parse to the last output
 * (every article's body HTML and plain text). A Java string takes two bytes a character as soon as
 * it holds one character beyond Latin-1, and news text always does (curly quotes, dashes); as UTF-8
 * the same text takes little more than one. Reading it back makes a string each time, which costs
 * far less than keeping the strings of a whole site.
 */
public final class Utf8Text {
    private static final Utf8Text EMPTY = new Utf8Text(new byte[0]);

    private final byte[] bytes;

    private Utf8Text(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Utf8Text of(String text) {
        return text.isEmpty() ? EMPTY : new Utf8Text(text.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** The text as a string, made anew on each call. */
    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Utf8Text other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
