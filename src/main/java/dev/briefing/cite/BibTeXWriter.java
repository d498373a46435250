package dev.briefing.cite;

import de.undercouch.citeproc.csl.CSLName;
import dev.briefing.index.SourceEntry;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes bibliography entries as biblatex-style BibTeX, UTF-8. citeproc-java reads BibTeX but does
 * not write it.
 *
 * <ul>
 *   <li>{@code @online} for a source with a URL, {@code @misc} for one without; the site a page
 *       belongs to is {@code organization} ({@code publisher} for {@code @misc}).</li>
 *   <li>Dates go in {@code date} exactly as precise as stated ({@code 2026}, {@code 2026-05},
 *       {@code 2026-05-19}). An undated source has no date field: bibliography styles print their
 *       own "n.d.", so writing it into a field would be wrong.</li>
 *   <li>{@code urldate} only when an access date is stated; it is never guessed.</li>
 *   <li>Text fields escape {@code \ { } % & $ # _ ~ ^}; non-ASCII text stays as UTF-8 (biber and
 *       modern BibTeX read it). Titles are braced so styles keep their capitals; an organisation
 *       as author is braced so it is not split into given and family names.</li>
 *   <li>{@code url} and {@code doi} are verbatim fields: written as they are, with the few
 *       characters that would unbalance the entry percent-encoded.</li>
 * </ul>
 */
public final class BibTeXWriter {
    /** White space, line and paragraph separators and control characters: all become one space. */
    static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("[\\s\\p{Cc}\\u2028\\u2029]+");

    private BibTeXWriter() {}

    public static String write(List<SourceEntry> sources) {
        return sources.stream().map(BibTeXWriter::entry).collect(Collectors.joining("\n"));
    }

    static String entry(SourceEntry s) {
        boolean online = s.url().isPresent();
        StringBuilder b = new StringBuilder();
        b.append(online ? "@online{" : "@misc{").append(s.id()).append(",\n");
        field(b, "title", "{" + escape(s.title()) + "}");
        s.author().ifPresent(a -> field(b, "author", authors(a, s)));
        s.publisher().ifPresent(p -> field(b, online ? "organization" : "publisher", escape(p)));
        s.date().ifPresent(d -> field(b, "date", d.iso()));
        s.url().ifPresent(u -> field(b, "url", verbatim(u)));
        s.doi().ifPresent(d -> field(b, "doi", verbatim(d)));
        s.accessed().ifPresent(d -> field(b, "urldate", d.iso()));
        b.append("}\n");
        return b.toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    private static String authors(String author, SourceEntry s) {
        if (CslItems.isOrganization(author, s)) {
            return "{" + escape(author) + "}";
        }
        return Arrays.stream(CslItems.names(author, s)).map(BibTeXWriter::name).collect(Collectors.joining(" and "));
    }

    private static String name(CSLName n) {
        if (n.getLiteral() != null || n.getFamily() == null) {
            return "{" + escape(n.getLiteral() != null ? n.getLiteral() : n.getGiven()) + "}";
        }
        String family = (n.getNonDroppingParticle() == null ? "" : n.getNonDroppingParticle() + " ") + n.getFamily();
        return escape(family) + (n.getGiven() == null ? "" : ", " + escape(n.getGiven()));
    }

    /**
     * Escapes the characters TeX gives a meaning to. Braces need care: BibTeX counts {@code \{}
     * as an opening brace too, so a title with one {@code {} and no {@code }} swallowed the rest
     * of the file. Braces that pair up are written {@code \{ \}}; one without its partner is
     * written {@code \textbraceleft{}} or {@code \textbraceright{}}, which are balanced.
     */
    static String escape(String text) {
        String flat = WHITE_SPACE.matcher(text).replaceAll(" ");
        boolean[] paired = pairedBraces(flat);
        StringBuilder out = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append(paired[i] ? "\\{" : "\\textbraceleft{}");
                case '}' -> out.append(paired[i] ? "\\}" : "\\textbraceright{}");
                case '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Which braces of {@code text} have a partner: each {@code }} closes the nearest open {@code {}. */
    private static boolean[] pairedBraces(String text) {
        boolean[] paired = new boolean[text.length()];
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                open.push(i);
            } else if (text.charAt(i) == '}' && !open.isEmpty()) {
                paired[open.pop()] = true;
                paired[i] = true;
            }
        }
        return paired;
    }

    /** URLs and DOIs are read verbatim; only braces, backslashes and spaces could break the entry. */
    static String verbatim(String text) {
        return text.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20");
    }
}
