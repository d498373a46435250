package dev.briefing.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import dev.briefing.index.SiteIndex;
import dev.briefing.index.SourceEntry;
import dev.briefing.markdown.ParsedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * @param byId every entry by source id
 */
public record FormattedBibliography(String style, String styleTitle, List<CitationStyle.Entry> site,
        Map<String, List<CitationStyle.Entry>> byArticle, Map<String, String> citeThis,
        Map<String, CitationStyle.Entry> byId) {

    /** No formatted citations: for outputs that show none (the search index). */
    public static FormattedBibliography none(String style) {
        return new FormattedBibliography(style, "", List.of(), Map.of(), Map.of(), Map.of());
    }

    /** @param cache entries formatted by earlier builds; updated with this build's */
    public static FormattedBibliography of(SiteIndex index, CitationStyle processor, CitationCache cache) {
        List<SourceEntry> ordered = index.sources().stream().filter(SourceEntry::primary).toList();
        List<SourceEntry> cited = index.sources().stream().filter(s -> !s.primary()).toList();
        List<CSLItemData> all = java.util.stream.Stream.concat(ordered.stream(), cited.stream())
                .map(CslItems::forFormatting).toList();
        List<CitationStyle.Entry> formatted = processor.bibliography(all, cache);
        // Keep the two groups apart (the briefing's own documents first), each in the style's order.
        Set<String> primaryIds = ordered.stream().map(SourceEntry::id).collect(Collectors.toSet());
        List<CitationStyle.Entry> site = java.util.stream.Stream.concat(
                formatted.stream().filter(e -> primaryIds.contains(e.id())),
                formatted.stream().filter(e -> !primaryIds.contains(e.id()))).toList();
        Map<String, CitationStyle.Entry> byId = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < formatted.size(); i++) {
            byId.put(formatted.get(i).id(), formatted.get(i));
            position.put(formatted.get(i).id(), i);
        }

        // Each article's list and "cite this" box reuse the site-wide entries, so every work is
        // formatted once per build. A numeric style numbers an article's list in the article's order.
        Map<String, List<CitationStyle.Entry>> byArticle = new LinkedHashMap<>();
        Map<String, String> citeThis = new LinkedHashMap<>();
        for (ParsedArticle a : index.articles()) {
            String slug = a.slug();
            List<SourceEntry> sources = index.sourcesCitedBy(slug);
            List<CitationStyle.Entry> list = new ArrayList<>(sources.size());
            if (processor.numeric()) {
                for (int k = 0; k < sources.size(); k++) {
                    CitationStyle.Entry e = byId.get(sources.get(k).id());
                    list.add(new CitationStyle.Entry(e.id(), renumber(e.html(), k + 1)));
                }
            } else {
                sources.stream().map(s -> byId.get(s.id())).sorted(Comparator.comparingInt(e -> position.get(e.id())))
                        .forEach(list::add);
            }
            byArticle.put(slug, List.copyOf(list));
            index.primarySource(slug).ifPresent(p -> citeThis.put(slug,
                    processor.numeric() ? renumber(byId.get(p.id()).html(), 1) : byId.get(p.id()).html()));
        }
        return new FormattedBibliography(processor.name(), processor.title(), site, Map.copyOf(byArticle),
                Map.copyOf(citeThis), Map.copyOf(byId));
    }

    private static final Pattern NUMBER_LABEL = Pattern.compile("(class=\"csl-left-margin\">\\s*\\[)\\d+(])");

    /** A numeric style's entry with its label changed to {@code [n]}. */
    static String renumber(String html, int n) {
        return NUMBER_LABEL.matcher(html).replaceFirst("$1" + n + "$2");
    }

    /** The entry's HTML as the bibliography page shows it. */
    public String html(String id) {
        CitationStyle.Entry e = byId.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no source '" + id + "'");
        }
        return e.html();
    }
}
