package dev.briefing.importer;

import dev.briefing.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts one import has found so far. The first rule to find a fact wins: the page's data
 * (JSON-LD, meta) is read first, then the header's lines, then the closing blocks.
 */
final class Findings {
    String title;
    /** The header line that reads as the title, whether or not the title was given. */
    Optional<String> titleLine = Optional.empty();
    Optional<PartialDate> date = Optional.empty();
    Optional<String> section = Optional.empty();
    Optional<String> publisher = Optional.empty();
    List<String> authors = List.of();
    Optional<String> authorDescription = Optional.empty();
    Optional<String> summary = Optional.empty();
    Optional<String> url = Optional.empty();
    /** The works found so far, each with how and where it was found. */
    final List<FoundSource> sources = new ArrayList<>();
    final List<String> notices = new ArrayList<>();

    Findings(PageFacts facts) {
        title = facts.title().orElse(null);
        date = facts.date();
        section = facts.section();
        publisher = facts.publisher();
        authors = facts.authors();
        authorDescription = facts.authorDescription();
        url = facts.url();
    }

    void date(Optional<PartialDate> d) {
        if (date.isEmpty()) {
            date = d;
        }
    }

    void section(Optional<String> s) {
        if (section.isEmpty()) {
            section = s.map(String::strip).filter(t -> !t.isEmpty());
        }
    }

    void publisher(Optional<String> p) {
        if (publisher.isEmpty()) {
            publisher = p.map(String::strip).filter(t -> !t.isEmpty());
        }
    }

    void authors(List<String> names) {
        if (authors.isEmpty()) {
            authors = List.copyOf(names);
        }
    }

    void summary(Optional<String> s) {
        if (summary.isEmpty()) {
            summary = s.map(String::strip).filter(t -> !t.isEmpty());
        }
    }

    Optional<String> author() {
        return authors.isEmpty() ? Optional.empty() : Optional.of(Byline.join(authors));
    }
}
