package dev.briefing.importer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Text to import as lines, whatever it was read from.
 *
 * @param lines the text's lines; a blank line separates blocks; links are marked with {@link InlineLinks}
 * @param headings indexes of lines the input marked as headings (HTML {@code h1}–{@code h6})
 * @param siteName the site's name where the input states it as data (HTML {@code og:site_name})
 * @param url the page's own address where the input states it (HTML canonical link or {@code og:url})
 */
record SourceText(List<String> lines, Set<Integer> headings, Optional<String> siteName, Optional<String> url) {

    /** Plain text as copied from a web page: one paragraph, heading or list item per line. */
    static SourceText ofPlainText(String text) {
        String clean = InlineLinks.removeMarks(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<String> lines = clean.replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(String::stripTrailing).toList();
        return new SourceText(lines, Set.of(), Optional.empty(), Optional.empty());
    }
}
