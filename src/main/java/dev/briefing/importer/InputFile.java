package dev.briefing.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the file to import as text, refusing what is not: a missing file or a folder, an empty
 * file, a binary file (a NUL byte), text that is not valid UTF-8. A saved page that declares
 * another character set in a {@code <meta>} tag is read in it, as a browser would.
 */
final class InputFile {
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");
    private static final Pattern LEADING_COMMENT = Pattern.compile("(?s)\\s*<!--.*?-->");
    private static final Pattern HTML_START = Pattern.compile("(?i)\\s*(<!doctype html|<html)");
    /** How far into a page its charset declaration may be (browsers look at the first 1024 bytes). */
    private static final int CHARSET_PREFIX = 1024;

    private InputFile() {}

    static String read(Path file) throws ImportException, IOException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException("is a folder, not a file to import");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException("no such file");
        } catch (AccessDeniedException e) {
            throw new ImportException("cannot read the file: permission denied");
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw new ImportException("UTF-16 text, not UTF-8: save the file as UTF-8 and import it again");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] at = position(bytes, i);
                throw new ImportException("binary file (a NUL byte here): import plain text or a saved HTML page",
                        at[0], at[1]);
            }
        }
        String text = decode(bytes);
        if (text.replace("\uFEFF", "").isBlank()) {
            throw new ImportException("the file is empty: nothing to import");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static boolean looksLikeHtml(String text) {
        // Comments are skipped one at a time: a repeated group would recurse once per comment.
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        Matcher comment = LEADING_COMMENT.matcher(head);
        int start = 0;
        while (comment.region(start, head.length()).lookingAt()) {
            start = comment.end();
        }
        return HTML_START.matcher(head).region(start, head.length()).lookingAt();
    }

    private static String decode(byte[] bytes) throws ImportException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            Optional<Charset> declared = declaredCharset(bytes);
            if (declared.isPresent()) {
                return new String(bytes, declared.get());
            }
            int bad = firstInvalidUtf8(bytes);
            int[] at = position(bytes, bad);
            throw new ImportException(String.format(Locale.ROOT,
                    "not UTF-8 text (byte 0x%02X here): save the file as UTF-8 and import it again", bytes[bad] & 0xFF),
                    at[0], at[1]);
        }
    }

    /** A page's own {@code <meta charset>} when it names a character set other than UTF-8. */
    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_PREFIX), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(m.group(1));
            return charset.equals(StandardCharsets.UTF_8) ? Optional.empty() : Optional.of(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int firstInvalidUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                return i;
            }
            for (int k = 1; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            String decoded = new String(bytes, i, length, StandardCharsets.UTF_8);
            if (decoded.contains("\uFFFD")) {
                return i;
            }
            i += length;
        }
        return Math.max(0, bytes.length - 1);
    }

    /** Line and column (1-based, counting characters of the valid text before) of byte {@code index}. */
    private static int[] position(byte[] bytes, int index) {
        String before = new String(bytes, 0, index, StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, before.codePointCount(lineStart, before.length()) + 1};
    }
}
