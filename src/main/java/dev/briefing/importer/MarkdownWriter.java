package dev.briefing.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes body blocks as CommonMark. Text is escaped so that it renders exactly as written: a
 * {@code *} or {@code _} in a sentence stays a character, a line starting "1." stays a sentence.
 * Typography (quotes, dashes, arrows) is written as is; nothing is smartened or straightened.
 */
final class MarkdownWriter {
    private static final Pattern INLINE_SPECIAL = Pattern.compile("[\\\\*_`\\[\\]<~]|&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern BLOCK_START = Pattern.compile("^(#|>|[-+*](?=\\s|$)|=+$|-+$|(\\d{1,9})([.)])(?=\\s|$))");

    private static final Pattern TRAILING_HASHES = Pattern.compile("#+$");

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
        return ordered((Block.OrderedList) block);
    }

    private static String ordered(Block.OrderedList list) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            items.add((list.start() + i) + ". " + text(list.items().get(i)));
        }
        return String.join("\n", items);
    }

    /** One line of Markdown for a text: specials escaped, marked links written as Markdown links. */
    static String text(String line) {
        StringBuilder sb = new StringBuilder();
        Matcher link = InlineLinks.LINK.matcher(line);
        int last = 0;
        while (link.find()) {
            sb.append(escapeInline(line.substring(last, link.start())));
            sb.append('[').append(escapeInline(link.group(1))).append("](").append(destination(link.group(2))).append(')');
            last = link.end();
        }
        sb.append(escapeInline(line.substring(last)));
        return escapeBlockStart(sb.toString());
    }

    private static String escapeInline(String text) {
        return INLINE_SPECIAL.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
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
