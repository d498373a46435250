package dev.briefing.site;

import dev.briefing.cite.FormattedBibliography;
import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.markdown.Mention;
import dev.briefing.markdown.MentionSpan;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.markdown.SourceListItem;
import dev.briefing.model.Person;
import dev.briefing.model.SiteConfig;
import dev.briefing.render.Output;
import dev.briefing.render.SitePages;
import dev.briefing.render.Templates;
import dev.briefing.sitemodel.ModelBuilder;
import dev.briefing.sitemodel.SiteModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For {@code serve}: the page of an article just edited, made right after the article is parsed,
 * before the index, the model and the other pages are built again, so the edit shows at once.
 *
 * <p>An article's page reads from the rest of the site only what the index takes from the article
 * itself: the people it names, the works it cites, its front matter. When an edit leaves all of
 * those as they were (a sentence reworded, a paragraph added), the page made against the previous
 * build's index is the page the full build will make. Any other edit (a new name, a new source, a
 * changed title, site settings or people) gets no early page and waits for the full build, as does
 * everything else; the full build always follows, and is what reports problems.
 */
final class EarlyPages {
    /** More edited articles than this at once (a search and replace, a checkout) wait for the full build. */
    private static final int MAX_EDITED = 8;

    /** What the last successful build used and made. */
    private record Previous(SiteConfig site, List<Person> people, Map<String, ParsedArticle> articles,
            SiteModel model, FormattedBibliography citations, Templates templates, boolean drafts) {}

    private final Map<String, String> shownCitations;
    private volatile Previous previous;

    /** @param shownCitations citations as pages show them, kept from build to build */
    EarlyPages(Map<String, String> shownCitations) {
        this.shownCitations = shownCitations;
    }

    /** Remembers a successful build. */
    void remember(SiteConfig site, List<Person> people, List<ParsedArticle> articles, SiteModel model,
            FormattedBibliography citations, Templates templates, boolean drafts) {
        Map<String, ParsedArticle> bySlug = new HashMap<>();
        articles.forEach(a -> bySlug.put(a.slug(), a));
        previous = new Previous(site, people, bySlug, model, citations, templates, drafts);
    }

    /** Forgets the last build: templates, content files or the build's outcome changed. */
    void forget() {
        previous = null;
    }

    /**
     * The pages of the articles edited since the last build, by site path; empty when there is no
     * previous build or the edit changes what other pages read.
     */
    Map<String, byte[]> pages(SiteConfig site, List<Person> people, List<ParsedArticle> articles,
            Templates templates, boolean drafts) {
        Previous last = previous;
        if (last == null || last.templates() != templates || last.drafts() != drafts || !last.site().equals(site)
                || !last.people().equals(people) || articles.size() != last.articles().size()) {
            return Map.of();
        }
        List<ParsedArticle> edited = articles.stream().filter(a -> last.articles().get(a.slug()) != a).toList();
        if (edited.isEmpty() || edited.size() > MAX_EDITED) {
            return Map.of();
        }
        for (ParsedArticle a : edited) {
            ParsedArticle before = last.articles().get(a.slug());
            if (before == null || !sameReferences(before, a)) {
                return Map.of();
            }
        }
        Map<String, byte[]> pages = new ConcurrentHashMap<>();
        // A throwaway memo and problems: the full build that follows renders and reports for real.
        Output out = new Output(templates, pages::put, new Problems(), Output.RenderMemo.none());
        for (ParsedArticle a : edited) {
            SitePages.article(out, last.model(),
                    ModelBuilder.articlePage(last.model().index(), last.citations(), a, shownCitations), a);
        }
        return pages;
    }

    /** Whether the index takes the same from both versions of an article. */
    static boolean sameReferences(ParsedArticle before, ParsedArticle after) {
        return before.article().equals(after.article())
                && before.files().equals(after.files())
                && people(before).equals(people(after))
                && sources(before).equals(sources(after));
    }

    private static TreeSet<String> people(ParsedArticle a) {
        TreeSet<String> ids = new TreeSet<>();
        a.mentions().stream().map(Mention::personId).forEach(ids::add);
        a.titleMentions().stream().map(MentionSpan::mention).map(Mention::personId).forEach(ids::add);
        a.summaryMentions().stream().map(MentionSpan::mention).map(Mention::personId).forEach(ids::add);
        return ids;
    }

    /** The body's "Sources" lists, without where they are: a line added above one moves it. */
    private static List<List<Optional<?>>> sources(ParsedArticle a) {
        SourcePosition nowhere = SourcePosition.startOf(a.article().file());
        return a.sourceItems().stream()
                .map((SourceListItem s) -> List.<Optional<?>>of(s.source().map(c -> c.at(nowhere)), s.articleSlug()))
                .toList();
    }
}
