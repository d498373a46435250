package dev.briefing.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * What a template writes, kept for one page at a time on each rendering thread. A
 * {@link java.io.StringWriter} takes a lock on every one of the thousands of small writes a page
 * makes and starts from an empty buffer each time; this buffer takes no lock and keeps the
 * capacity the largest page needed, so a site's pages are rendered without regrowing it.
 */
final class TextBuffer extends Writer {
    /** A buffer grown by one very large page is dropped rather than kept for the rest of the build. */
    private static final int KEPT_CAPACITY = 1 << 20;
    private static final ThreadLocal<TextBuffer> PER_THREAD = ThreadLocal.withInitial(TextBuffer::new);

    private StringBuilder text = new StringBuilder(1 << 14);

    private TextBuffer() {}

    /** The calling thread's buffer, emptied. */
    static TextBuffer forThisThread() {
        TextBuffer buffer = PER_THREAD.get();
        if (buffer.text.capacity() > KEPT_CAPACITY) {
            buffer.text = new StringBuilder(1 << 14);
        }
        buffer.text.setLength(0);
        return buffer;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public Writer append(CharSequence s, int start, int end) {
        text.append(s, start, end);
        return this;
    }

    @Override
    public Writer append(char c) {
        text.append(c);
        return this;
    }

    /** What was written, as UTF-8. */
    byte[] utf8() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
