package dev.briefing.index;

import dev.briefing.model.PartialDate;
import java.util.List;
import java.util.Optional;

/**
 * One work in the site's bibliography. The same work cited by several articles is one entry.
 *
 * @param primary true for the briefing's own articles (documents the site publishes), false for
 *     the reporting they cite
 * @param articleSlug for a primary entry, the article it is
 * @param citedBy slugs of the articles that cite it, in site order
 */
public record SourceEntry(
        String id,
        String title,
        Optional<String> publisher,
        Optional<String> author,
        Optional<PartialDate> date,
        Optional<String> url,
        boolean primary,
        Optional<String> articleSlug,
        List<String> citedBy) {

    public String anchor() {
        return "src-" + id;
    }
}
