package dev.briefing.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes body blocks as CommonMark. Text is escaped so that it renders exactly as written: a
 * {@code *} or {@code _} in a sentence stays a character, a line starting "1." stays a sentence.
 * Marked links become Markdown links and marked emphasis {@code *…*} or {@code **…**} (left out
 * where CommonMark would not read the delimiters as emphasis, so the words stay as they are).
 * Typography (quotes, dashes, arrows) is written as is; nothing is smartened or straightened.
 */
final class MarkdownWriter {
    private static final Pattern INLINE_SPECIAL = Pattern.compile("[\\\\*_`\\[\\]<~]|&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern BLOCK_START = Pattern.compile("^(#|>|[-+*](?=\\s|$)|=+$|-+$|(\\d{1,9})([.)])(?=\\s|$))");
    private static final Pattern TRAILING_HASHES = Pattern.compile("#+$");
    private static final Pattern EMPHASIS = Pattern.compile(
            "([" + InlineMarks.EM_OPEN + InlineMarks.STRONG_OPEN + "])([^\uE003-\uE006]*)([" + InlineMarks.EM_CLOSE
                    + InlineMarks.STRONG_CLOSE + "])");

    /** Kept emphasis, between choosing it and escaping the text (never in input: marks are removed on reading). */
    private static final char KEPT_EM = '\uE007';
    private static final char KEPT_STRONG = '\uE008';

    private MarkdownWriter() {}

    static String write(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block block : blocks) {
            out.add(block(block));
        }
        return String.join("\n\n", out) + "\n";
    }

    private static String block(Block block) {
        if (block instanceof Block.Paragraph p) {
            return text(p.text());
        }
        if (block instanceof Block.Heading h) {
            // A heading's trailing #s would read as its closing sequence.
            return "## " + TRAILING_HASHES.matcher(text(h.text())).replaceAll(m -> Matcher.quoteReplacement(
                    "\\#".repeat(m.group().length())));
        }
        if (block instanceof Block.BulletList l) {
            return String.join("\n", l.items().stream().map(i -> "- " + text(i)).toList());
        }
        if (block instanceof Block.Quote q) {
            return String.join("\n>\n", q.paragraphs().stream().map(p -> "> " + text(p)).toList());
        }
        return ordered((Block.OrderedList) block);
    }

    private static String ordered(Block.OrderedList list) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            items.add((list.start() + i) + ". " + text(list.items().get(i)));
        }
        return String.join("\n", items);
    }

    /** One line of Markdown for a text: specials escaped, marked links and emphasis written as Markdown. */
    static String text(String line) {
        String marked = keepableEmphasis(line);
        StringBuilder sb = new StringBuilder();
        Matcher link = InlineMarks.LINK.matcher(marked);
        int last = 0;
        while (link.find()) {
            sb.append(inline(marked.substring(last, link.start())));
            sb.append('[').append(inline(link.group(1))).append("](").append(destination(link.group(2))).append(')');
            last = link.end();
        }
        sb.append(inline(marked.substring(last)));
        return escapeBlockStart(sb.toString());
    }

    /** Escapes a text and writes its kept emphasis as delimiters. */
    private static String inline(String text) {
        String escaped = INLINE_SPECIAL.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
        return escaped.replace(String.valueOf(KEPT_EM), "*").replace(String.valueOf(KEPT_STRONG), "**");
    }

    /**
     * The line with the emphasis CommonMark would honour turned into kept delimiters, and every
     * other mark removed (the words stay): an opening delimiter must be followed by a non-space
     * and, before punctuation, preceded by a space or punctuation; a closing one mirrored. Nested
     * emphasis keeps only its innermost marks.
     */
    private static String keepableEmphasis(String line) {
        StringBuilder sb = new StringBuilder();
        Matcher m = EMPHASIS.matcher(line);
        int last = 0;
        while (m.find()) {
            sb.append(line, last, m.start());
            String inner = m.group(2);
            String plainInner = InlineMarks.plain(inner);
            char before = visibleBefore(line, m.start());
            char after = visibleAfter(line, m.end());
            boolean ok = !plainInner.isEmpty() && opens(before, plainInner.charAt(0))
                    && closes(plainInner.charAt(plainInner.length() - 1), after);
            char kept = m.group(1).charAt(0) == InlineMarks.EM_OPEN ? KEPT_EM : KEPT_STRONG;
            sb.append(ok ? kept + inner + kept : inner);
            last = m.end();
        }
        sb.append(line.substring(last));
        return InlineMarks.withoutEmphasis(sb.toString());
    }

    private static char visibleBefore(String line, int at) {
        String before = InlineMarks.plain(line.substring(0, at));
        return before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
    }

    private static char visibleAfter(String line, int at) {
        String after = InlineMarks.plain(line.substring(at));
        return after.isEmpty() ? ' ' : after.charAt(0);
    }

    private static boolean opens(char before, char first) {
        return !Character.isWhitespace(first) && (!isPunctuation(first) || Character.isWhitespace(before) || isPunctuation(before));
    }

    private static boolean closes(char lastChar, char after) {
        return !Character.isWhitespace(lastChar) && (!isPunctuation(lastChar) || Character.isWhitespace(after) || isPunctuation(after));
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL
                || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
    }

    /** A text that would start a heading, quote, list or rule is escaped at its first character. */
    private static String escapeBlockStart(String text) {
        Matcher m = BLOCK_START.matcher(text);
        if (!m.find()) {
            return text;
        }
        if (m.group(2) != null) {
            return m.group(2) + "\\" + text.substring(m.group(2).length());
        }
        return "\\" + text;
    }

    private static String destination(String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
    }
}
