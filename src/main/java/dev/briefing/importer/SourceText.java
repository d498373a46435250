package dev.briefing.importer;

import java.util.List;
import java.util.Set;

/**
 * Text to import as lines, whatever it was read from.
 *
 * @param lines the text's lines; a blank line separates blocks; links and emphasis are marked with {@link InlineMarks}
 * @param headings indexes of lines the input marked as headings (HTML {@code h1}–{@code h6})
 * @param quoted indexes of lines the input marked as quoted (HTML {@code blockquote})
 * @param facts what the input states about the article as data (saved pages only)
 * @param places where each line begins in the input, for reporting what was found on it
 */
record SourceText(List<String> lines, Set<Integer> headings, Set<Integer> quoted, PageFacts facts, InputPlaces places) {

    /** Plain text as copied from a web page: one paragraph, heading or list item per line. */
    static SourceText ofPlainText(String text) {
        String clean = InlineMarks.removeMarks(text.startsWith("\uFEFF") ? text.substring(1) : text)
                .replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = clean.lines().map(String::stripTrailing).toList();
        return new SourceText(lines, Set.of(), Set.of(), PageFacts.NONE, InputPlaces.ofText(clean));
    }
}
