package dev.briefing.cite;

import de.undercouch.citeproc.csl.CSLName;
import dev.briefing.index.SourceEntry;
import dev.briefing.model.PartialDate;
import java.util.List;

/**
 * Writes bibliography entries as RIS, the tagged format EndNote, Zotero and Mendeley import.
 * citeproc-java reads RIS but does not write it. Every source is {@code TY  - ELEC} (a web page,
 * as in {@link CslItems}); dates are {@code PY} (year) and {@code DA} ({@code YYYY/MM/DD/}, with
 * the parts not stated left empty); an undated source has neither. Lines end in CR LF as the
 * format's specification asks.
 */
public final class RisWriter {
    private static final String EOL = "\r\n";

    private RisWriter() {}

    public static String write(List<SourceEntry> sources) {
        StringBuilder b = new StringBuilder();
        for (SourceEntry s : sources) {
            tag(b, "TY", "ELEC");
            tag(b, "ID", s.id());
            tag(b, "TI", s.title());
            s.author().ifPresent(a -> {
                for (CSLName n : CslItems.names(a, s)) {
                    tag(b, "AU", n.getLiteral() != null || n.getFamily() == null
                            ? (n.getLiteral() != null ? n.getLiteral() : n.getGiven())
                            : n.getFamily() + (n.getGiven() == null ? "" : ", " + n.getGiven()));
                }
            });
            s.publisher().ifPresent(p -> tag(b, "PB", p));
            s.date().ifPresent(d -> {
                tag(b, "PY", String.valueOf(d.year()));
                tag(b, "DA", risDate(d));
            });
            s.url().ifPresent(u -> tag(b, "UR", u));
            s.doi().ifPresent(d -> tag(b, "DO", d));
            s.accessed().ifPresent(d -> tag(b, "Y2", risDate(d)));
            tag(b, "ER", "");
            b.append(EOL);
        }
        return b.toString();
    }

    static String risDate(PartialDate d) {
        return String.format(java.util.Locale.ROOT, "%04d/%s/%s/", d.year(),
                d.hasMonth() ? String.format(java.util.Locale.ROOT, "%02d", d.month()) : "",
                d.hasDay() ? String.format(java.util.Locale.ROOT, "%02d", d.day()) : "");
    }

    private static void tag(StringBuilder b, String tag, String value) {
        // One line per tag: a line or paragraph separator (U+2028, U+2029) would start a new one.
        b.append(tag).append("  - ").append(BibTeXWriter.WHITE_SPACE.matcher(value).replaceAll(" ").strip()).append(EOL);
    }
}
