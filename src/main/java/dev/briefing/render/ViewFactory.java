package dev.briefing.render;

import dev.briefing.cite.CitationProcessor;
import dev.briefing.cite.FormattedBibliography;
import dev.briefing.index.Mention;
import dev.briefing.index.SiteIndex;
import dev.briefing.index.SourceEntry;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Article;
import dev.briefing.model.PartialDate;
import dev.briefing.model.Person;
import dev.briefing.model.Role;
import dev.briefing.render.Views.ArticleLink;
import dev.briefing.render.Views.ArticleSummary;
import dev.briefing.render.Views.EventView;
import dev.briefing.render.Views.MentionView;
import dev.briefing.render.Views.PersonPage;
import dev.briefing.render.Views.PersonRef;
import dev.briefing.render.Views.PersonSummary;
import dev.briefing.render.Views.RoleView;
import dev.briefing.render.Views.SiteView;
import dev.briefing.render.Views.SourceRef;
import dev.briefing.render.Views.SourceView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the index into the view records templates receive. */
public final class ViewFactory {
    /** Words a reader gets through in a minute, for "N min read". */
    static final int WORDS_PER_MINUTE = 230;

    private final SiteIndex index;
    private final FormattedBibliography citations;
    private final Map<String, ParsedArticle> bySlug;
    private final PeopleViews peopleViews;

    public ViewFactory(SiteIndex index, FormattedBibliography citations) {
        this.index = index;
        this.citations = citations;
        this.peopleViews = new PeopleViews(index);
        this.bySlug = index.articles().stream()
                .collect(Collectors.toMap(a -> a.article().slug(), Function.identity()));
    }

    public static String articlePath(String slug) {
        return "articles/" + slug + ".html";
    }

    public static String personPath(String id) {
        return "people/" + id + ".html";
    }

    public static final String BIBLIOGRAPHY = "bibliography.html";
    public static final String PEOPLE_INDEX = "people/index.html";

    /** Views of organizations, the timeline and who appears alongside whom. */
    public PeopleViews people() {
        return peopleViews;
    }

    public SiteView site() {
        var s = index.site();
        return new SiteView(s.title(), s.description(), s.language(), index.articles().size(),
                index.people().size(), index.sources().size(), s.baseUrl().orElse(null));
    }

    public List<ArticleSummary> articleSummaries() {
        return index.articles().stream().map(this::summary).toList();
    }

    public ArticleSummary summary(ParsedArticle pa) {
        Article a = pa.article();
        String slug = a.slug();
        return new ArticleSummary(slug, articlePath(slug), a.title(), a.date().map(PartialDate::display).orElse(null),
                a.date().map(PartialDate::iso).orElse(null), a.publisher().orElse(null), a.author().orElse(null),
                a.section().orElse(null), a.summary().orElse(null), readingMinutes(a.body()),
                index.peopleIn(slug).size(),
                index.sourcesCitedBy(slug).size(), a.draft());
    }

    public Views.ArticlePage articlePage(ParsedArticle pa, String bodyHtml) {
        Article a = pa.article();
        List<Mention> mentions = index.mentionsByArticle().get(a.slug());
        Map<String, Long> mentionCounts = mentions.stream()
                .collect(Collectors.groupingBy(Mention::personId, Collectors.counting()));
        List<PersonRef> people = index.peopleIn(a.slug()).stream()
                .map(id -> index.person(id).orElseThrow())
                .map(p -> new PersonRef(p.id(), p.name(), personPath(p.id()), headline(p),
                        mentionCounts.getOrDefault(p.id(), 0L).intValue()))
                .sorted(Comparator.comparingInt(PersonRef::mentionCount).reversed().thenComparing(PersonRef::name))
                .toList();
        Map<String, String> formatted = citations.byArticle().getOrDefault(a.slug(), List.of()).stream()
                .collect(Collectors.toMap(CitationProcessor.Entry::id, CitationProcessor.Entry::html));
        // In the style's order: the order the article lists them for numeric styles, by author for the others.
        List<String> styleOrder = citations.byArticle().getOrDefault(a.slug(), List.of()).stream()
                .map(CitationProcessor.Entry::id).toList();
        List<SourceRef> sources = index.sourcesCitedBy(a.slug()).stream()
                .sorted(Comparator.comparingInt(s -> styleOrder.indexOf(s.id())))
                .map(s -> sourceRef(s, formatted.get(s.id()))).toList();
        return new Views.ArticlePage(summary(pa), a.url().orElse(null), a.authorDescription().orElse(null), bodyHtml,
                people, sources, BIBLIOGRAPHY + "#" + index.primarySource(a.slug()).map(SourceEntry::anchor).orElse(""),
                citations.citeThis().get(a.slug()), citations.styleTitle());
    }

    public List<PersonSummary> personSummaries() {
        return index.people().stream().map(this::personSummary).toList();
    }

    public PersonSummary personSummary(Person p) {
        return new PersonSummary(p.id(), p.name(), personPath(p.id()), headline(p),
                index.articlesByPerson().get(p.id()).size(), index.mentionsByPerson().get(p.id()).size());
    }

    public PersonPage personPage(Person p) {
        List<RoleView> roles = p.roles().stream().map(peopleViews::role).toList();
        List<EventView> events = p.events().stream().sorted(Comparator.comparing(e -> e.date()))
                .map(e -> new EventView(e.date().display(), e.date().iso(), e.what(), links(e.statedIn()))).toList();
        List<MentionView> mentions = index.mentionsByPerson().get(p.id()).stream()
                .map(m -> new MentionView(bySlug.get(m.articleSlug()).article().title(),
                        articlePath(m.articleSlug()) + "#" + m.anchorId(), m.before(), m.written(), m.after()))
                .toList();
        return new PersonPage(personSummary(p), p.aliases(), p.description(), roles, events,
                links(index.articlesByPerson().get(p.id())), mentions, peopleViews.alongside(p));
    }

    /** Every bibliography entry in the style's order, the briefing's own documents first. */
    public List<SourceView> sources() {
        Map<String, SourceEntry> byId = index.sources().stream()
                .collect(Collectors.toMap(SourceEntry::id, Function.identity()));
        return citations.site().stream().map(e -> {
            SourceEntry s = byId.get(e.id());
            return new SourceView(s.id(), s.anchor(), s.title(), s.publisher().orElse(null), s.author().orElse(null),
                    s.date().map(PartialDate::display).orElse(null), s.url().orElse(null), s.primary(),
                    s.articleSlug().map(ViewFactory::articlePath).orElse(null), citedBy(s), e.html());
        }).toList();
    }

    /** Facts and formatted citation of each source an article cites, in the article's order. */
    public List<SourceRef> sourcesCitedBy(String slug) {
        return index.sourcesCitedBy(slug).stream().map(s -> sourceRef(s, citations.html(s.id()))).toList();
    }

    private SourceRef sourceRef(SourceEntry s, String html) {
        return new SourceRef(s.id(), s.anchor(), BIBLIOGRAPHY + "#" + s.anchor(), s.title(), s.publisher().orElse(null),
                s.author().orElse(null), s.date().map(PartialDate::display).orElse(null),
                s.date().map(PartialDate::iso).orElse(null), s.url().orElse(null), s.doi().orElse(null), html);
    }

    /** Links to each citing article, at the exact place: its "Sources" list item, else its sources box. */
    private List<ArticleLink> citedBy(SourceEntry s) {
        return s.citedBy().stream().map(bySlug::get).filter(java.util.Objects::nonNull).map(a -> {
            String slug = a.article().slug();
            return new ArticleLink(slug, a.article().title(), articlePath(slug) + "#cite-" + s.id());
        }).toList();
    }

    private List<ArticleLink> links(List<String> slugs) {
        return slugs.stream().map(bySlug::get).filter(java.util.Objects::nonNull)
                .map(a -> new ArticleLink(a.article().slug(), a.article().title(), articlePath(a.article().slug()),
                        a.article().draft()))
                .toList();
    }

    /** "Member of Technical Staff, Anthropic": the current role first, else the latest former one. */
    static String headline(Person p) {
        Optional<Role> role = p.roles().stream().filter(Role::current).findFirst()
                .or(() -> p.roles().stream().findFirst());
        return role.map(r -> (r.current() ? "" : "Former ") + (r.current() ? r.title() : lowerFirst(r.title()))
                + r.organization().map(o -> ", " + o).orElse("")).orElse(p.description());
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1))) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static int readingMinutes(String markdown) {
        long words = java.util.Arrays.stream(markdown.split("\\s+")).filter(w -> w.chars().anyMatch(Character::isLetterOrDigit)).count();
        return (int) Math.max(1, Math.round((double) words / WORDS_PER_MINUTE));
    }
}
