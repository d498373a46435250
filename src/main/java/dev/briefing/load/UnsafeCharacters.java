package dev.briefing.load;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Removes from content the characters no output may carry, each reported as a warning at its
 * line and column, so every output built from the text is safe whatever it came from:
 *
 * <ul>
 *   <li>control characters other than tab and line feed (NUL, ESC, DEL, the C1 range): XML
 *       forbids most of them, so one made {@code feed.xml} unreadable, and escape sequences could
 *       drive the terminal that prints an error; a vertical tab or form feed becomes a space, as
 *       the text meant;</li>
 *   <li>bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069):
 *       they make text display in an order other than the one it is read in ("Trojan source");
 *       the ordinary marks U+200E, U+200F and U+061C stay;</li>
 *   <li>U+FFFE and U+FFFF, which are not characters and which XML forbids.</li>
 * </ul>
 *
 * Warnings are capped per file; the last one says how many more there were.
 */
public final class UnsafeCharacters {
    /** The most warnings one file gets; a binary file pasted as text would otherwise flood the report. */
    static final int MAX_WARNINGS = 10;

    private UnsafeCharacters() {}

    static String clean(String text, Path file, Problems problems) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        int line = 1 + (int) text.substring(0, first).chars().filter(c -> c == '\n').count();
        int lineStart = text.lastIndexOf('\n', first - 1) + 1;
        int warned = 0;
        int more = 0;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            if (!isUnsafe(c)) {
                out.append(c);
                continue;
            }
            if (c == '\u000B' || c == '\u000C') {
                out.append(' ');
            }
            if (warned < MAX_WARNINGS) {
                warned++;
                problems.warning(new SourcePosition(file, line, i - lineStart + 1), "removed " + describe(c)
                        + (isBidiControl(c) ? ": it makes text display in another order than it is read" : ""));
            } else {
                more++;
            }
        }
        if (more > 0) {
            problems.warning(SourcePosition.startOf(file), "removed " + more + " more control or bidirectional "
                    + "characters than the " + MAX_WARNINGS + " reported");
        }
        return out.toString();
    }

    /**
     * The text without those characters, as {@link #clean} leaves it but without warnings: for
     * text Briefing writes itself (an imported article), which must never hold one.
     */
    public static String strip(String text) {
        if (firstUnsafe(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c)) {
                out.append(c);
            } else if (c == '\u000B' || c == '\u000C') {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** The character as U+XXXX with its name, e.g. {@code U+001B (ESCAPE)}. */
    static String describe(char c) {
        String name = Character.getName(c);
        return String.format(Locale.ROOT, "U+%04X", (int) c) + (name == null ? "" : " (" + name + ")");
    }

    static boolean isUnsafe(char c) {
        return c < 0x20 && c != '\t' && c != '\n'
                || c >= 0x7F && c <= 0x9F
                || isBidiControl(c)
                || c == '\uFFFE' || c == '\uFFFF';
    }

    static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
