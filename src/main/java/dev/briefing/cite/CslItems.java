package dev.briefing.cite;

import de.undercouch.citeproc.bibtex.NameParser;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import dev.briefing.index.SourceEntry;
import dev.briefing.model.PartialDate;

/**
 * Bibliography entries as CSL items, the data model every citation style and CSL-JSON use.
 *
 * <p>Every source is a {@code webpage}: the briefing's articles and the reporting they cite are
 * read online, and APA 7 formats news websites (as opposed to printed newspapers) as web pages —
 * {@code article-newspaper} would italicise and title-case the site name ("Cnbc"). The publisher
 * is the item's {@code container-title}, the site the page belongs to. A date is exactly as precise
 * as stated; an item with no date has none, and each style prints its own "n.d.".
 */
public final class CslItems {
    private CslItems() {}

    /** The item with every fact the entry has, for CSL-JSON export. */
    public static CSLItemData of(SourceEntry s) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(s.id()).type(CSLType.WEBPAGE).title(s.title());
        s.author().ifPresent(a -> b.author(names(a, s)));
        s.publisher().ifPresent(b::containerTitle);
        s.date().ifPresent(d -> b.issued(date(d)));
        s.accessed().ifPresent(d -> b.accessed(date(d)));
        s.url().ifPresent(b::URL);
        s.doi().ifPresent(b::DOI);
        return b.build();
    }

    /**
     * The item as styles should print it. When the author is the site itself (an organisation
     * writing on its own site), the site name is left out: APA, MLA and Chicago all say to name it
     * once, as the author.
     */
    static CSLItemData forFormatting(SourceEntry s) {
        CSLItemData item = of(s);
        if (s.author().isPresent() && s.author().equals(s.publisher())) {
            return new CSLItemDataBuilder(item).containerTitle(null).build();
        }
        return item;
    }

    /** An author written like the publisher is an organisation; otherwise names as BibTeX parses them. */
    static CSLName[] names(String author, SourceEntry s) {
        if (isOrganization(author, s)) {
            return new CSLName[] {new CSLNameBuilder().literal(author).build()};
        }
        return NameParser.parse(author);
    }

    static boolean isOrganization(String author, SourceEntry s) {
        return s.publisher().filter(author::equals).isPresent();
    }

    static CSLDate date(PartialDate d) {
        int[] parts = d.hasDay() ? new int[] {d.year(), d.month(), d.day()}
                : d.hasMonth() ? new int[] {d.year(), d.month()} : new int[] {d.year()};
        return new CSLDateBuilder().dateParts(parts).build();
    }
}
