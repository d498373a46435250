package dev.briefing.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One citation style, formatting whole bibliographies: each work once per build, on every core,
 * and only works the cache does not already hold. The style is parsed once per thread that formats
 * with it ({@link StyleWorker}) and kept for later builds of the same process.
 *
 * <pre>{@code
 * List<CitationStyle.Entry> entries = styles.forStyle("apa").bibliography(items, cache);
 * }</pre>
 */
public final class CitationStyle {
    /** Below this many works to format, a second parsed copy of the style costs more than it saves. */
    private static final int ITEMS_PER_EXTRA_WORKER = 400;

    private final String name;
    private final String title;
    private final boolean numeric;
    private final String styleXml;
    private final String localeXml;
    private final CitationStyleId id;
    private final ConcurrentLinkedDeque<StyleWorker> idle = new ConcurrentLinkedDeque<>();
    private volatile SortKeys order;
    /** The last bibliography's item keys and the order they sorted into: an unchanged list keeps it. */
    private volatile Sorted lastSorted;

    private record Sorted(String[] keys, String[] ids, List<Integer> order) {}

    CitationStyle(String name, String styleXml, String localeXml) {
        this.name = name;
        Matcher m = Pattern.compile("<title>([^<]+)</title>").matcher(styleXml);
        this.title = m.find() ? m.group(1) : name;
        this.numeric = styleXml.contains("citation-format=\"numeric\"");
        this.styleXml = styleXml;
        this.localeXml = localeXml;
        this.id = CitationStyleId.of(name, styleXml, localeXml);
    }

    public String name() {
        return name;
    }

    /** The style's own title, e.g. "APA Style 7th edition". */
    public String title() {
        return title;
    }

    /** Whether the style numbers its entries ("[1]") rather than sorting them by author. */
    public boolean numeric() {
        return numeric;
    }

    /** One formatted bibliography entry: the item's id and its HTML, escaped by citeproc-java. */
    public record Entry(String id, String html) {}

    /**
     * Formats {@code list} as one bibliography: entries in the order the style sorts them, and
     * numbered (in numeric styles) in the order given.
     *
     * @param cache entries formatted before; updated with every entry of this list
     */
    public List<Entry> bibliography(List<CSLItemData> list, CitationCache cache) {
        int n = list.size();
        if (n == 0) {
            return List.of();
        }
        String[] keys = cache.keys(id, list);
        Map<String, CitationCache.Formatted> known = cache.of(id);
        CitationCache.Formatted[] formatted = new CitationCache.Formatted[n];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            formatted[i] = known.get(keys[i]);
            if (formatted[i] == null) {
                missing.add(i);
            }
        }
        format(list, missing, formatted);
        Map<String, CitationCache.Formatted> used = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            used.put(keys[i], formatted[i]);
        }
        cache.remember(id, used);

        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        String[] ids = list.stream().map(CSLItemData::getId).toArray(String[]::new);
        Sorted last = lastSorted;
        if (!numeric && last != null && java.util.Arrays.equals(last.keys(), keys)
                && java.util.Arrays.equals(last.ids(), ids)) {
            order = last.order();
        } else if (!numeric) {
            SortKeys style = sortOrder();
            // Works the style cannot tell apart keep the order citeproc-java's processor gave them.
            String[] tieBreak = new String[n];
            for (int i = 0; i < n; i++) {
                tieBreak[i] = approximateSortKey(list.get(i)) + '\u0000' + list.get(i).getId();
            }
            order.sort(Comparator.<Integer, String[]>comparing(i -> formatted[i].sortKeys(), style)
                    .thenComparing(i -> tieBreak[i]));
            lastSorted = new Sorted(keys, ids, List.copyOf(order));
        }
        List<Entry> out = new ArrayList<>(n);
        for (int position = 0; position < n; position++) {
            int i = order.get(position);
            String html = numeric ? FormattedBibliography.renumber(formatted[i].html(), position + 1) : formatted[i].html();
            out.add(new Entry(list.get(i).getId(), html));
        }
        return List.copyOf(out);
    }

    /** Formats the works the cache lacks, in parallel chunks, one parsed style per thread. */
    private void format(List<CSLItemData> list, List<Integer> missing, CitationCache.Formatted[] formatted) {
        if (missing.isEmpty()) {
            return;
        }
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
                missing.size() / ITEMS_PER_EXTRA_WORKER + 1));
        int chunk = (missing.size() + workers - 1) / workers;
        IntStream.range(0, workers).parallel().forEach(w -> {
            StyleWorker worker = borrow();
            try {
                for (int k = w * chunk; k < Math.min(missing.size(), (w + 1) * chunk); k++) {
                    int i = missing.get(k);
                    CSLItemData item = list.get(i);
                    String html = linkDoi(repairAcronyms(worker.entry(item, 1).strip(), item), item);
                    formatted[i] = new CitationCache.Formatted(html, numeric ? new String[0] : worker.sortKeys(item));
                }
            } finally {
                idle.push(worker);
            }
        });
    }

    private StyleWorker borrow() {
        StyleWorker worker = idle.poll();
        if (worker == null) {
            worker = new StyleWorker(styleXml, localeXml);
            if (order == null) {
                order = new SortKeys(worker.sortDirections(), worker.language());
            }
        }
        return worker;
    }

    private SortKeys sortOrder() {
        if (order == null) {
            idle.push(borrow());
        }
        return order;
    }

    /** Author (or, without one, title), then year and title: what author-date and MLA styles sort by. */
    private static String approximateSortKey(CSLItemData item) {
        StringBuilder key = new StringBuilder();
        if (item.getAuthor() != null && item.getAuthor().length > 0) {
            var a = item.getAuthor()[0];
            key.append(a.getLiteral() != null ? a.getLiteral() : a.getFamily() + " " + a.getGiven());
        } else if (item.getTitle() != null) {
            key.append(item.getTitle());
        }
        key.append('\u0000');
        if (item.getIssued() != null && item.getIssued().getDateParts() != null && item.getIssued().getDateParts().length > 0) {
            for (int part : item.getIssued().getDateParts()[0]) {
                key.append(String.format(Locale.ROOT, "%05d", part));
            }
        }
        key.append('\u0000').append(item.getTitle() == null ? "" : item.getTitle());
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * CSL title-cases a string written all in capitals by lowercasing it first, so a site named
     * "CNBC" prints as "Cnbc". Puts back names the content wrote in capitals.
     */
    static String repairAcronyms(String html, CSLItemData item) {
        String out = html;
        List<String> names = Stream.of(item.getContainerTitle(), item.getPublisher(), item.getTitle())
                .filter(s -> s != null && s.matches("[\\p{Lu}\\p{N} &.'-]*\\p{Lu}[\\p{Lu}\\p{N} &.'-]*")).toList();
        for (String n : names) {
            String mangled = titleCase(n);
            if (!mangled.equals(n)) {
                out = out.replace(escape(mangled), escape(n));
            }
        }
        return out;
    }

    /** citeproc-java links URLs but not always DOIs: link the DOI's resolver address when it is printed. */
    static String linkDoi(String html, CSLItemData item) {
        if (item.getDOI() == null) {
            return html;
        }
        String doiUrl = escape("https://doi.org/" + item.getDOI());
        if (!html.contains(doiUrl) || html.contains("\"" + doiUrl + "\"")) {
            return html;
        }
        return html.replace(doiUrl, "<a href=\"" + doiUrl + "\">" + doiUrl + "</a>");
    }

    private static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : upper.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return sb.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
