package dev.briefing.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import dev.briefing.index.SiteIndex;
import dev.briefing.index.SourceEntry;
import dev.briefing.markdown.ParsedArticle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's sources formatted in its citation style, once per build: the whole bibliography in
 * the style's order, each article's own list of sources, and each article cited on its own for
 * its "Cite this article" box. HTML comes from citeproc-java, which escapes the content's text.
 *
 * @param site every entry, primary documents first, each group in the style's order
 * @param byArticle each article's sources in the style's order (numbered in the article's order)
 * @param citeThis each article, formatted as a citation on its own
 */
public record FormattedBibliography(String style, String styleTitle, List<CitationProcessor.Entry> site,
        Map<String, List<CitationProcessor.Entry>> byArticle, Map<String, String> citeThis) {

    /** No formatted citations: for outputs that show none (the search index). */
    public static FormattedBibliography none(String style) {
        return new FormattedBibliography(style, "", List.of(), Map.of(), Map.of());
    }

    public static FormattedBibliography of(SiteIndex index, CitationProcessor processor) {
        List<SourceEntry> ordered = index.sources().stream().filter(SourceEntry::primary).toList();
        List<SourceEntry> cited = index.sources().stream().filter(s -> !s.primary()).toList();
        List<CSLItemData> all = java.util.stream.Stream.concat(ordered.stream(), cited.stream())
                .map(CslItems::forFormatting).toList();
        List<CitationProcessor.Entry> formatted = processor.bibliography(all);
        // Keep the two groups apart (the briefing's own documents first), each in the style's order.
        List<String> primaryIds = ordered.stream().map(SourceEntry::id).toList();
        List<CitationProcessor.Entry> site = java.util.stream.Stream.concat(
                formatted.stream().filter(e -> primaryIds.contains(e.id())),
                formatted.stream().filter(e -> !primaryIds.contains(e.id()))).toList();

        Map<String, List<CitationProcessor.Entry>> byArticle = new LinkedHashMap<>();
        Map<String, String> citeThis = new LinkedHashMap<>();
        for (ParsedArticle a : index.articles()) {
            String slug = a.article().slug();
            byArticle.put(slug, processor.bibliography(
                    index.sourcesCitedBy(slug).stream().map(CslItems::forFormatting).toList()));
            index.primarySource(slug).ifPresent(p ->
                    citeThis.put(slug, processor.bibliography(List.of(CslItems.forFormatting(p))).get(0).html()));
        }
        return new FormattedBibliography(processor.style(), processor.title(), site, Map.copyOf(byArticle), Map.copyOf(citeThis));
    }

    /** The entry's HTML as the bibliography page shows it. */
    public String html(String id) {
        return site.stream().filter(e -> e.id().equals(id)).map(CitationProcessor.Entry::html).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source '" + id + "'"));
    }
}
