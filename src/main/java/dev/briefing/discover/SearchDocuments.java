package dev.briefing.discover;

import dev.briefing.discover.SearchDocument.Field;
import dev.briefing.discover.SearchDocument.Kind;
import dev.briefing.model.SitePaths;
import dev.briefing.model.Utf8Text;
import dev.briefing.sitemodel.SiteModel;
import dev.briefing.sitemodel.Views.ArticleSummary;
import dev.briefing.sitemodel.Views.OrganizationSummary;
import dev.briefing.sitemodel.Views.PersonPage;
import dev.briefing.sitemodel.Views.SourceView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the search finds, read from the site model in the order the index numbers it: articles
 * (title, summary, byline, section and body), people (names, other names, roles, organizations,
 * description), organizations, and the cited sources (title, publisher, author). The briefing's
 * own documents are found as articles, not again as sources.
 */
final class SearchDocuments {
    static final float TITLE = 3f;
    static final float SUMMARY = 1.5f;
    static final float BYLINE = 1.5f;
    static final float BODY = 1f;

    private SearchDocuments() {}

    static List<SearchDocument> of(SiteModel model) {
        List<SearchDocument> docs = new ArrayList<>();
        for (ArticleSummary a : model.articleSummaries()) {
            Utf8Text body = model.index().article(a.slug()).orElseThrow().plainText();
            docs.add(new SearchDocument(Kind.ARTICLE, a.path(), a.title(),
                    facts(a.date(), a.publisher() != null ? a.publisher() : a.author()),
                    List.of(new Field(a.title(), TITLE), new Field(nullToEmpty(a.summary()), SUMMARY),
                            new Field(words(a.author(), a.publisher(), a.section()), BYLINE),
                            new Field(body, BODY)),
                    a.summary() == null ? List.of(body) : List.of(Utf8Text.of(a.summary()), body)));
        }
        for (PersonPage p : model.personPages().values()) {
            List<String> roles = p.roles().stream()
                    .map(r -> r.organization() == null ? r.label() : r.label() + ", " + r.organization()).toList();
            List<String> lines = new ArrayList<>();
            if (!p.aliases().isEmpty()) {
                lines.add(String.join(", ", p.aliases()));
            }
            // The headline is shown above the quote already: quote the other roles.
            roles.stream().filter(r -> !r.equals(p.person().headline())).forEach(lines::add);
            if (p.description() != null) {
                lines.add(p.description());
            }
            docs.add(new SearchDocument(Kind.PERSON, p.person().path(), p.person().name(), p.person().headline(),
                    List.of(new Field(p.person().name(), TITLE), new Field(String.join(" ", p.aliases()), TITLE),
                            new Field(String.join(" ", roles), BODY),
                            new Field(nullToEmpty(p.description()), BODY)),
                    lines.stream().map(Utf8Text::of).toList()));
        }
        for (OrganizationSummary o : model.organizationSummaries()) {
            docs.add(new SearchDocument(Kind.ORGANIZATION, o.path(), o.name(), null,
                    List.of(new Field(o.name(), TITLE)), List.of()));
        }
        for (SourceView s : model.bibliography()) {
            if (s.primary()) {
                continue;
            }
            docs.add(new SearchDocument(Kind.SOURCE, SitePaths.source(s.anchor()), s.title(),
                    facts(s.publisher(), s.author(), s.date()),
                    List.of(new Field(s.title(), TITLE), new Field(words(s.publisher(), s.author()), BODY)),
                    List.of()));
        }
        return List.copyOf(docs);
    }

    /** The parts that are there, joined by " · ", or null when none is. */
    private static String facts(String... parts) {
        String line = Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" · "));
        return line.isEmpty() ? null : line;
    }

    private static String words(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
