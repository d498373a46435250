package dev.briefing.newsletter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps plain text to a readable width. Continuation lines keep the indentation of list items
 * ({@code - }, {@code 1. }, {@code [3] }) and the {@code > } of quotes; words longer than the
 * width (URLs) are never broken; lines indented by four spaces (code) are left as they are.
 */
final class TextWrap {
    static final int WIDTH = 72;

    private static final Pattern PREFIX = Pattern.compile("^((?:> ?)*)( *)((?:[-*] |\\d+\\. |\\[\\d+] )?)");

    private TextWrap() {}

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            wrapLine(line.stripTrailing(), width, out);
        }
        return out.toString();
    }

    private static void wrapLine(String line, int width, StringBuilder out) {
        Matcher m = PREFIX.matcher(line);
        m.find();
        if (line.length() <= width || (m.group(2).length() >= 4 && m.group(3).isEmpty())) {
            out.append(line);
            return;
        }
        String first = line.substring(0, m.end());
        String hanging = m.group(1) + " ".repeat(m.group(2).length() + m.group(3).length());
        String[] words = line.substring(m.end()).trim().split(" +");
        StringBuilder current = new StringBuilder(first);
        int start = first.length();
        for (String word : words) {
            if (current.length() > start && current.length() + 1 + word.length() > width) {
                out.append(current).append('\n');
                current = new StringBuilder(hanging);
                start = hanging.length();
            }
            if (current.length() > start) {
                current.append(' ');
            }
            current.append(word);
        }
        out.append(current);
    }
}
