package dev.briefing.render;

import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import dev.briefing.cite.BibTeXWriter;
import dev.briefing.cite.CslItems;
import dev.briefing.cite.RisWriter;
import dev.briefing.index.SourceEntry;
import dev.briefing.model.SitePaths;
import dev.briefing.sitemodel.SiteModel;
import dev.briefing.sitemodel.Views.ExportLink;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The whole bibliography as files reference managers import: BibTeX, RIS and CSL-JSON, under
 * {@code sources/}. Entries in site order: the briefing's own documents, then the works they cite.
 */
public final class BibliographyExports implements OutputFormat {
    public static final String BIBTEX = SitePaths.BIBTEX;
    public static final String RIS = SitePaths.RIS;
    public static final String CSL_JSON = SitePaths.CSL_JSON;

    /** What the bibliography page offers for download. */
    public static final List<ExportLink> LINKS = List.of(
            new ExportLink("BibTeX", BIBTEX, "for LaTeX, BibDesk and JabRef"),
            new ExportLink("RIS", RIS, "for EndNote, Zotero and Mendeley"),
            new ExportLink("CSL-JSON", CSL_JSON, "for Zotero, Pandoc and citeproc tools"));

    @Override
    public boolean runsBeside() {
        return true;
    }

    @Override
    public String name() {
        return "exports";
    }

    @Override
    public void write(SiteModel model, Output out) {
        List<SourceEntry> sources = model.index().sources();
        List<SourceEntry.Facts> facts = sources.stream().map(SourceEntry::facts).toList();
        out.write(BIBTEX, out.memo(BIBTEX, facts, () -> BibTeXWriter.write(sources)));
        out.write(RIS, out.memo(RIS, facts, () -> RisWriter.write(sources)));
        out.write(CSL_JSON, out.memo(CSL_JSON, facts, () -> cslJson(sources)));
    }

    /** A JSON array of CSL items, one per line, as citeproc-java serialises them. */
    static String cslJson(List<SourceEntry> sources) {
        StringJsonBuilderFactory json = new StringJsonBuilderFactory();
        return sources.stream().map(s -> "  " + CslItems.of(s).toJson(json.createJsonBuilder()))
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }
}
