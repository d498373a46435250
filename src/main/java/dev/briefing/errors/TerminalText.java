package dev.briefing.errors;

/**
 * Text made safe to print on a terminal: control characters (escape sequences could move the
 * cursor, retitle the window or hide a line), line breaks that could fake another report line,
 * and bidirectional controls are written as visible {@code \u001B}-style escapes. Messages quote
 * content and file names, and either may come from anywhere.
 */
public final class TerminalText {
    private TerminalText() {}

    public static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = c < 0x20 || c >= 0x7F && c <= 0x9F || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069' || c == '\u2028' || c == '\u2029';
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (!unsafe) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\t') {
                    out.append("\\t");
                } else {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
