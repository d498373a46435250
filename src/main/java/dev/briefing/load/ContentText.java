package dev.briefing.load;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one file of the content folder as text, refusing what a content folder must not hold: a
 * symbolic link to a file outside the folder (building someone else's content must not publish
 * the builder's own files), a file too large for any real article, and bytes that are not UTF-8
 * (reported at the first bad byte). Line ends become {@code \n}, a byte order mark is dropped,
 * and characters no output may carry are removed with a warning ({@link UnsafeCharacters}).
 *
 * <pre>
 * Optional&lt;String&gt; text = ContentText.read(contentDir.resolve("site.yaml"), contentDir, problems);
 * </pre>
 */
final class ContentText {
    /** 10 MiB: a long article is well under 1 MB; a registry of 100,000 people about 5 MB. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private ContentText() {}

    /**
     * @param root the content folder: the file, once symbolic links are followed, must be inside it
     * @return the text, or empty when the file cannot be used (reported)
     */
    static Optional<String> read(Path file, Path root, Problems problems) {
        SourcePosition start = SourcePosition.startOf(file);
        try {
            if (!insideRoot(file, root, "content folder", problems)) {
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(positionOfByte(file, MAX_BYTES), "file is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB (" + size + " bytes); no article or settings file needs to be, so it is not read");
                return Optional.empty();
            }
            return decode(file, Files.readAllBytes(file), problems)
                    .map(ContentText::normalizeLines)
                    .map(text -> UnsafeCharacters.clean(text, file, problems));
        } catch (IOException e) {
            problems.error(start, "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Whether {@code file}, with every symbolic link on its way followed, lies inside {@code root};
     * reported when it does not.
     *
     * @param folder what {@code root} is, for the message: "content folder"
     */
    static boolean insideRoot(Path file, Path root, String folder, Problems problems) throws IOException {
        Path real = file.toRealPath();
        if (real.startsWith(root.toRealPath())) {
            return true;
        }
        problems.error(SourcePosition.startOf(file), "symbolic link to " + real + ", outside the " + folder + " "
                + root + "; refusing to read it (copy the file into the folder instead)");
        return false;
    }

    /** Strict UTF-8: the first malformed byte is reported at its line and column. */
    private static Optional<String> decode(Path file, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            problems.error(position(file, bytes, at), "file is not valid UTF-8: byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF) + " cannot appear here; save the file as UTF-8");
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }

    private static String normalizeLines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Line and column (in characters) of byte {@code offset} of a UTF-8 file. */
    static SourcePosition position(Path file, byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) { // a continuation byte does not start a character
                column++;
            }
        }
        return new SourcePosition(file, line, column);
    }

    /** Where byte {@code offset} of a file lies, reading no more of the file than that. */
    private static SourcePosition positionOfByte(Path file, int offset) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return position(file, in.readNBytes(offset), offset);
        }
    }
}
