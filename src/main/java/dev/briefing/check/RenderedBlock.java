package dev.briefing.check;

import java.util.Map;

/**
 * One top-level block of a Markdown body as one renderer shows it.
 *
 * @param line 1-based line in the body where the block starts
 * @param endLine 1-based line where the block ends
 * @param column 1-based column where the block starts
 * @param html the block's HTML in {@link HtmlCanonicalizer canonical form}
 */
record RenderedBlock(int line, int endLine, int column, String html) {
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("p", "a paragraph"), Map.entry("ul", "a bulleted list"), Map.entry("ol", "a numbered list"),
            Map.entry("blockquote", "a quote"), Map.entry("pre", "a code block"), Map.entry("table", "a table"),
            Map.entry("hr", "a rule"), Map.entry("h1", "a heading"), Map.entry("h2", "a heading"),
            Map.entry("h3", "a heading"), Map.entry("h4", "a heading"), Map.entry("h5", "a heading"),
            Map.entry("h6", "a heading"));

    /** What a reader would call the block: "a paragraph", "a numbered list", "an HTML div", "text". */
    String kind() {
        if (!html.startsWith("<")) {
            return "text";
        }
        String tag = html.substring(1).split("[ >]", 2)[0];
        return KINDS.getOrDefault(tag, "an HTML " + tag);
    }
}
