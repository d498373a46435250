package dev.briefing.newsletter;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the email body's HTML into plain text: paragraphs as single logical lines (wrapped later by
 * {@link TextWrap}), headings underlined, list items with {@code - } or {@code 1. }, quotes with
 * {@code > }, and every link as its text followed by a numbered reference {@code [n]}.
 */
final class PlainText {
    private final References references;

    PlainText(References references) {
        this.references = references;
    }

    /** The blocks of {@code container}'s children, separated by blank lines. */
    String blocks(Element container) {
        List<String> blocks = new ArrayList<>();
        for (Element child : container.children()) {
            String block = block(child, "");
            if (!block.isBlank()) {
                blocks.add(block);
            }
        }
        return String.join("\n\n", blocks);
    }

    private String block(Element e, String indent) {
        return switch (e.normalName()) {
            case "h1" -> underline(inline(e), '=');
            case "h2" -> underline(inline(e), '-');
            case "h3", "h4", "h5", "h6" -> inline(e);
            case "ul", "ol" -> list(e, indent);
            case "blockquote" -> quote(e);
            case "pre" -> e.wholeText().stripTrailing().lines().map(l -> "    " + l)
                    .reduce((a, b) -> a + "\n" + b).orElse("");
            case "hr" -> "* * *";
            case "table" -> table(e);
            default -> indent + inline(e);
        };
    }

    private String list(Element list, String indent) {
        boolean ordered = list.normalName().equals("ol");
        int n = ordered && list.hasAttr("start") ? parseStart(list.attr("start")) : 1;
        List<String> items = new ArrayList<>();
        for (Element li : list.children()) {
            String marker = ordered ? (n++) + ". " : "- ";
            StringBuilder item = new StringBuilder(indent + marker);
            List<String> nested = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (Node child : li.childNodes()) {
                if (child instanceof Element c && (c.normalName().equals("ul") || c.normalName().equals("ol"))) {
                    nested.add(list(c, indent + " ".repeat(marker.length())));
                } else if (child instanceof Element c && c.normalName().equals("p")) {
                    text.append(text.isEmpty() ? "" : " ").append(inline(c));
                } else {
                    inlineNode(child, text);
                }
            }
            item.append(collapse(text.toString()));
            nested.forEach(s -> item.append('\n').append(s));
            items.add(item.toString());
        }
        return String.join("\n", items);
    }

    private String quote(Element e) {
        String inner = blocks(e);
        return inner.lines().map(l -> l.isEmpty() ? ">" : "> " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private String table(Element table) {
        List<String> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            rows.add(String.join(" | ", tr.children().stream().map(this::inline).toList()));
        }
        return String.join("\n", rows);
    }

    private String inline(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node child : e.childNodes()) {
            inlineNode(child, out);
        }
        return collapse(out.toString());
    }

    private void inlineNode(Node node, StringBuilder out) {
        if (node instanceof TextNode t) {
            out.append(t.getWholeText());
        } else if (node instanceof Element e) {
            switch (e.normalName()) {
                case "br" -> out.append('\n');
                case "a" -> {
                    String text = inline(e);
                    out.append(text).append(text.isEmpty() ? "" : " ")
                            .append('[').append(references.number(e.attr("href"))).append(']');
                }
                case "img" -> out.append("[image: ").append(e.attr("alt")).append(']');
                default -> e.childNodes().forEach(c -> inlineNode(c, out));
            }
        }
    }

    /**
     * Runs of spaces, tabs, form feeds and carriage returns as one space, none beside a line
     * break, nothing at either end: what {@code replaceAll("[ \\t\\x0B\\f\\r]+", " ")} then
     * {@code replaceAll(" ?\n ?", "\n")} then {@code strip()} make, in one pass (it runs for every
     * block and link of every email).
     */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        boolean afterBreak = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else if (c == '\n') {
                out.append('\n');
                space = false;
                afterBreak = true;
            } else {
                if (space && !afterBreak) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
                afterBreak = false;
            }
        }
        return out.toString().strip();
    }

    private static String underline(String text, char c) {
        return text + "\n" + String.valueOf(c).repeat(Math.min(text.length(), TextWrap.WIDTH));
    }

    private static int parseStart(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
