package dev.briefing.errors;

import java.util.Arrays;

/**
 * Line and column of any offset in a text, in logarithmic time: the start of every line is found
 * once. Looking positions up by scanning the text from its start made reports on long articles
 * quadratic.
 *
 * <pre>
 * LineIndex lines = LineIndex.of(body);
 * int line = lines.line(offset);     // 0-based
 * int column = lines.column(offset); // 0-based, in chars
 * </pre>
 */
public final class LineIndex {
    private final int[] starts;

    private LineIndex(int[] starts) {
        this.starts = starts;
    }

    /** Lines end at {@code \n}; a {@code \r} before it belongs to the line. */
    public static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count));
    }

    /** 0-based line of {@code offset}. */
    public int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** 0-based column of {@code offset} in its line. */
    public int column(int offset) {
        return offset - starts[line(offset)];
    }

    /** Offset where 0-based {@code line} starts. */
    public int lineStart(int line) {
        return starts[line];
    }

    public int lineCount() {
        return starts.length;
    }
}
