package dev.briefing.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One citation style, parsed once (a CSL processor costs 0.2–0.9 s to build) and reused for every
 * list a build formats. citeproc-java's processor keeps the registered items as state, so calls
 * are serialised; each call starts from a clean slate.
 */
public final class CitationProcessor {
    private final String style;
    private final String title;
    private final SwappableItems items = new SwappableItems();
    private final CSL csl;
    private final boolean numeric;

    CitationProcessor(String style, String styleXml, String localeXml) {
        this.style = style;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<title>([^<]+)</title>").matcher(styleXml);
        this.title = m.find() ? m.group(1) : style;
        this.numeric = styleXml.contains("citation-format=\"numeric\"");
        try {
            csl = new CSL(items, lang -> localeXml, new DefaultAbbreviationProvider(), styleXml, "en-US");
        } catch (IOException e) {
            throw new IllegalStateException("bundled citation style '" + style + "' cannot be read", e);
        }
        csl.setOutputFormat("html");
        csl.setConvertLinks(true);
    }

    public String style() {
        return style;
    }

    /** The style's own title, e.g. "APA Style 7th edition". */
    public String title() {
        return title;
    }

    /** One formatted bibliography entry: the item's id and its HTML, escaped by citeproc-java. */
    public record Entry(String id, String html) {}

    /**
     * Formats {@code list} as one bibliography: entries in the order the style sorts them, and
     * numbered (in numeric styles) in the order given.
     */
    public synchronized List<Entry> bibliography(List<CSLItemData> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        // citeproc-java's pure-Java engine gives entries without their item ids. Each title carries
        // an invisible marker (the item's index in control characters, which no case transform
        // touches and which sort below any printable character, so "Title" still sorts before
        // "Title’s") and one formatting pass tells which entry is which; asking for each item alone
        // would re-sort the whole list once per item.
        List<CSLItemData> marked = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            marked.add(withMarker(list.get(i), i));
        }
        items.set(marked);
        csl.reset();
        csl.registerCitationItems(registrationOrder(list));
        List<Entry> out = new ArrayList<>(list.size());
        for (String raw : csl.makeBibliography().getEntries()) {
            Matcher m = MARKER.matcher(raw);
            if (!m.find()) {
                throw new IllegalStateException("citeproc-java formatted an entry without its title: " + raw.strip());
            }
            CSLItemData item = list.get(decode(m.group(1)));
            String html = MARKER.matcher(raw).replaceAll("").strip();
            out.add(new Entry(item.getId(), linkDoi(repairAcronyms(html, item), item)));
        }
        return List.copyOf(out);
    }

    /**
     * The order to register items in. citeproc-java inserts each item into its sorted list and
     * then rebuilds every item after it to renumber them, so registering in random order costs
     * time quadratic in the number of items. The result does not depend on this order for sorted
     * styles (each item is placed by the style's comparator), so they are registered in an
     * approximation of that order, making most inserts appends; numeric styles keep the given
     * order, which is their numbering.
     */
    private List<String> registrationOrder(List<CSLItemData> list) {
        if (numeric) {
            return list.stream().map(CSLItemData::getId).toList();
        }
        return list.stream().sorted(java.util.Comparator.comparing(CitationProcessor::approximateSortKey)
                .thenComparing(CSLItemData::getId)).map(CSLItemData::getId).toList();
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
                key.append(String.format(java.util.Locale.ROOT, "%05d", part));
            }
        }
        key.append('\u0000').append(item.getTitle() == null ? "" : item.getTitle());
        return key.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the style numbers its entries ("[1]") rather than sorting them by author. */
    public boolean numeric() {
        return numeric;
    }

    private static final char MARK = '\u0001';
    /** Hex digits as U+000E..U+001D: control characters that are not white space. */
    private static final char DIGIT_ZERO = '\u000E';
    private static final Pattern MARKER = Pattern.compile(MARK + "([\\u000E-\\u001D]+)" + MARK);

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{Pf}\\p{Pe}\\s]+$");

    private static CSLItemData withMarker(CSLItemData item, int index) {
        StringBuilder code = new StringBuilder().append(MARK);
        for (char c : Integer.toHexString(index).toCharArray()) {
            code.append((char) (DIGIT_ZERO + Character.digit(c, 16)));
        }
        // Before any closing punctuation, so the style still sees "Title." and does not add a period.
        String title = item.getTitle() == null ? "" : item.getTitle();
        Matcher end = TRAILING_PUNCTUATION.matcher(title);
        int at = end.find() ? end.start() : title.length();
        return new CSLItemDataBuilder(item).title(title.substring(0, at) + code.append(MARK) + title.substring(at)).build();
    }

    private static int decode(String code) {
        int n = 0;
        for (char c : code.toCharArray()) {
            n = n * 16 + (c - DIGIT_ZERO);
        }
        return n;
    }

    /**
     * CSL title-cases a string written all in capitals by lowercasing it first, so a site named
     * "CNBC" prints as "Cnbc". Puts back names the content wrote in capitals.
     */
    static String repairAcronyms(String html, CSLItemData item) {
        String out = html;
        List<String> names = Stream.of(item.getContainerTitle(), item.getPublisher(), item.getTitle())
                .filter(s -> s != null && s.matches("[\\p{Lu}\\p{N} &.'-]*\\p{Lu}[\\p{Lu}\\p{N} &.'-]*")).toList();
        for (String name : names) {
            String mangled = titleCase(name);
            if (!mangled.equals(name)) {
                out = out.replace(escape(mangled), escape(name));
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

    /** The processor's item source; replaced before every call, since the processor outlives a build. */
    private static final class SwappableItems implements ItemDataProvider {
        private Map<String, CSLItemData> byId = Map.of();

        void set(List<CSLItemData> list) {
            Map<String, CSLItemData> m = new LinkedHashMap<>();
            list.forEach(i -> m.put(i.getId(), i));
            byId = m;
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return byId.get(id);
        }

        @Override
        public Collection<String> getIds() {
            return byId.keySet();
        }
    }
}
