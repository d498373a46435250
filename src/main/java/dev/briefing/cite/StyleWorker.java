package dev.briefing.cite;

import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SKey;
import de.undercouch.citeproc.csl.internal.SStyle;
import de.undercouch.citeproc.csl.internal.format.HtmlFormat;
import de.undercouch.citeproc.csl.internal.locale.LLocale;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * One parsed copy of a citation style, used by one thread at a time: citeproc-java reads the
 * style's XML tree while it renders, and that tree is not safe to share between threads.
 *
 * <p>Each bibliography entry depends only on its item (citeproc-java applies no disambiguation and
 * no author substitution across entries), so entries are rendered one by one with citeproc-java's
 * own renderer and the HTML format {@code CSL.makeBibliography} uses, without registering items in
 * a processor: registering sorts them with a comparator that renders every sort key afresh on every
 * comparison, which made formatting cost grow faster than the bibliography. The sort keys are
 * rendered here once per item instead, exactly as that comparator renders them, and sorted by
 * {@link SortKeys}.
 */
final class StyleWorker {
    private final SStyle style;
    private final LLocale locale;
    private final List<SKey> sortKeys;
    private final HtmlFormat format = new HtmlFormat();
    private final DefaultAbbreviationProvider abbreviations = new DefaultAbbreviationProvider();

    StyleWorker(String styleXml, String localeXml) {
        Document styleDocument = parse(styleXml);
        this.style = new SStyle(styleDocument);
        this.locale = locale(style, new LLocale(parse(localeXml)));
        this.sortKeys = sortKeys(styleDocument);
    }

    /** The item's bibliography entry, as {@code CSL.makeBibliography} writes it. */
    String entry(CSLItemData item, int citationNumber) {
        CSLItemData numbered = new CSLItemDataBuilder(item).citationNumber(String.valueOf(citationNumber)).build();
        RenderContext ctx = new RenderContext(style, locale, numbered, abbreviations);
        style.getBibliography().render(ctx);
        return format.formatBibliographyEntry(ctx, citationNumber - 1);
    }

    /** The item's sort keys in the style's bibliography order, as citeproc-java's comparator renders them. */
    String[] sortKeys(CSLItemData item) {
        String[] out = new String[sortKeys.size()];
        for (int i = 0; i < out.length; i++) {
            RenderContext ctx = new RenderContext(style, locale, item, abbreviations);
            sortKeys.get(i).render(ctx);
            out[i] = ctx.getResult().toString();
        }
        return out;
    }

    /** Ascending (1) or descending (-1), per sort key. */
    int[] sortDirections() {
        return sortKeys.stream().mapToInt(SKey::getSort).toArray();
    }

    Locale language() {
        return locale.getLang();
    }

    private static List<SKey> sortKeys(Document styleDocument) {
        List<SKey> keys = new ArrayList<>();
        Element bibliography = child(styleDocument.getDocumentElement(), "bibliography");
        Element sort = bibliography == null ? null : child(bibliography, "sort");
        if (sort != null) {
            for (Node n = sort.getFirstChild(); n != null; n = n.getNextSibling()) {
                if ("key".equals(n.getNodeName())) {
                    keys.add(new SKey(n));
                }
            }
        }
        return List.copyOf(keys);
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getNodeName())) {
                return e;
            }
        }
        return null;
    }

    /**
     * The locale file merged with the style's own locale sections, in the priority CSL specifies
     * (and {@code CSL}'s constructor applies): a section without a language, then one for the
     * language, then one for the language and country.
     */
    private static LLocale locale(SStyle style, LLocale fromFile) {
        LLocale locale = fromFile;
        Locale lang = locale.getLang();
        for (LLocale l : style.getLocales()) {
            if (l.getLang() == null) {
                locale = locale.merge(l);
                break;
            }
        }
        for (LLocale l : style.getLocales()) {
            if (l.getLang() != null && l.getLang().getCountry().isEmpty()
                    && l.getLang().getLanguage().equals(lang.getLanguage())) {
                locale = locale.merge(l);
                break;
            }
        }
        for (LLocale l : style.getLocales()) {
            if (l.getLang() != null && l.getLang().getLanguage().equals(lang.getLanguage())
                    && l.getLang().getCountry().equals(lang.getCountry())) {
                locale = locale.merge(l);
                break;
            }
        }
        return locale;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("bundled citation style cannot be read", e);
        }
    }
}
