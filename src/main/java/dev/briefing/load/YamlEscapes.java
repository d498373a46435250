package dev.briefing.load;

import java.util.Optional;

/**
 * Finds the escape in a double-quoted YAML string that writes a character no output may carry
 * ({@code "\e"}, {@code "\x1b"}, {@code "\0"}, {@code "\v"}, {@code "\u202E"}). The loader removes
 * such characters when they are written as themselves ({@link UnsafeCharacters}), but an escape
 * makes them only when the YAML is read, after that: an imported title holding {@code \e[31m}
 * reached every page and made {@code feed.xml} unreadable.
 */
final class YamlEscapes {
    /** An escape at {@code offset} of the quoted source, and the character it writes. */
    record Found(int offset, String escape, char written) {}

    private YamlEscapes() {}

    /** Whether a string read from YAML holds a character no output may carry. */
    static boolean holdsUnsafe(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (UnsafeCharacters.isUnsafe(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first escape in {@code source} (a double-quoted string as written) that writes such a character. */
    static Optional<Found> firstUnsafe(String source) {
        for (int i = 0; i < source.length() - 1; i++) {
            if (source.charAt(i) != '\\') {
                continue;
            }
            char kind = source.charAt(i + 1);
            int digits = switch (kind) {
                case 'x' -> 2;
                case 'u' -> 4;
                case 'U' -> 8;
                default -> 0;
            };
            int end = Math.min(source.length(), i + 2 + digits);
            String escape = source.substring(i, end);
            int written = digits == 0 ? single(kind) : hex(escape.substring(2));
            if (written >= 0 && written <= 0xFFFF && UnsafeCharacters.isUnsafe((char) written)) {
                return Optional.of(new Found(i, escape, (char) written));
            }
            i = end - 1; // "\\" is one escape: the second backslash starts nothing
        }
        return Optional.empty();
    }

    /** The character a one-letter escape writes, or -1 for one that writes a safe character or none. */
    private static int single(char kind) {
        return switch (kind) {
            case '0' -> 0;
            case 'a' -> 7;
            case 'b' -> 8;
            case 'v' -> 0x0B;
            case 'f' -> 0x0C;
            case 'r' -> 0x0D;
            case 'e' -> 0x1B;
            case 'N' -> 0x85;
            default -> -1;
        };
    }

    private static int hex(String digits) {
        try {
            return Integer.parseInt(digits, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
