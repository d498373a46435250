package dev.briefing.model;

import dev.briefing.errors.SourcePosition;
import java.util.Optional;

/**
 * A document an article cites, as the article states it: in its front matter {@code sources:}, or
 * in a "Sources" list in its text. Missing facts stay empty: a source with no URL in the original
 * is shown with no link, never a guessed one.
 *
 * @param id stable id for the bibliography anchor; derived from the title when not given
 * @param idStated whether the content gave the id; a derived one is made unique by the index
 * @param doi a bare DOI such as {@code 10.1000/182}, without the resolver prefix
 * @param accessed when the author last read the source online, if stated
 * @param position where the citation is written: the front matter item or the list item
 */
public record CitedSource(
        String id,
        boolean idStated,
        String title,
        Optional<String> publisher,
        Optional<String> author,
        Optional<PartialDate> date,
        Optional<String> url,
        Optional<String> doi,
        Optional<PartialDate> accessed,
        SourcePosition position) {

    /** The same work cited elsewhere: what the citation says, wherever it is written. */
    public CitedSource at(SourcePosition where) {
        return new CitedSource(id, idStated, title, publisher, author, date, url, doi, accessed, where);
    }
}
