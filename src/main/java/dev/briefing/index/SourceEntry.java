package dev.briefing.index;

import dev.briefing.errors.SourcePosition;
import dev.briefing.model.PartialDate;
import java.util.List;
import java.util.Optional;

/**
 * One work in the site's bibliography. The same work cited by several articles is one entry, its
 * facts merged from every citation (a date one article gives, a URL another gives); nothing else
 * is added.
 *
 * @param primary true for the briefing's own articles (documents the site publishes), false for
 *     the reporting they cite
 * @param articleSlug for a primary entry, the article it is
 * @param doi bare DOI ({@code 10.xxxx/...}) when one is stated
 * @param accessed the stated access date, when one is stated
 * @param citedBy slugs of the articles that cite it, in site order
 * @param citations every place the work is cited, in site order
 */
public record SourceEntry(
        String id,
        String title,
        Optional<String> publisher,
        Optional<String> author,
        Optional<PartialDate> date,
        Optional<String> url,
        Optional<String> doi,
        Optional<PartialDate> accessed,
        boolean primary,
        Optional<String> articleSlug,
        List<String> citedBy,
        List<Citation> citations) {

    /** One place an article cites this work. */
    public record Citation(String articleSlug, int order, SourcePosition position, boolean inText) {}

    public String anchor() {
        return "src-" + id;
    }

    /** What the entry says of the work, without where it is cited: all the exports print. */
    public record Facts(String id, String title, Optional<String> publisher, Optional<String> author,
            Optional<PartialDate> date, Optional<String> url, Optional<String> doi, Optional<PartialDate> accessed) {}

    public Facts facts() {
        return new Facts(id, title, publisher, author, date, url, doi, accessed);
    }
}
