package dev.briefing.sitemodel;

import dev.briefing.cite.CitationStyle;
import dev.briefing.cite.FormattedBibliography;
import dev.briefing.index.CoMentions;
import dev.briefing.index.Organization;
import dev.briefing.index.SiteIndex;
import dev.briefing.index.SourceEntry;
import dev.briefing.index.TimelineEvent;
import dev.briefing.markdown.Excerpt;
import dev.briefing.markdown.Mention;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Article;
import dev.briefing.model.PartialDate;
import dev.briefing.model.Person;
import dev.briefing.model.Role;
import dev.briefing.model.SitePaths;
import dev.briefing.sitemodel.Views.AffiliationView;
import dev.briefing.sitemodel.Views.ArticleLink;
import dev.briefing.sitemodel.Views.ArticleRef;
import dev.briefing.sitemodel.Views.ArticlePage;
import dev.briefing.sitemodel.Views.ArticleSummary;
import dev.briefing.sitemodel.Views.BylinePart;
import dev.briefing.sitemodel.Views.EventView;
import dev.briefing.sitemodel.Views.MentionGroup;
import dev.briefing.sitemodel.Views.MentionView;
import dev.briefing.sitemodel.Views.OrganizationPage;
import dev.briefing.sitemodel.Views.OrganizationSummary;
import dev.briefing.sitemodel.Views.PeerView;
import dev.briefing.sitemodel.Views.PersonPage;
import dev.briefing.sitemodel.Views.PersonRef;
import dev.briefing.sitemodel.Views.PersonSummary;
import dev.briefing.sitemodel.Views.PublishedView;
import dev.briefing.sitemodel.Views.RoleView;
import dev.briefing.sitemodel.Views.SiteView;
import dev.briefing.sitemodel.Views.SourceRef;
import dev.briefing.sitemodel.Views.SourceView;
import dev.briefing.sitemodel.Views.TimelineEntry;
import dev.briefing.sitemodel.Views.TimelineYear;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the {@link SiteModel}: every view of every page, once, in parallel where the work is per
 * article or per person. The citations are formatted before (they are the costly part) and passed
 * in, so the model stage itself only assembles.
 */
public final class ModelBuilder {
    /** How many people "appears alongside" shows before "and N more". */
    static final int ALONGSIDE_LIMIT = 5;

    private final SiteIndex index;
    private final FormattedBibliography citations;
    private final Map<String, ArticleSummary> summaries = new HashMap<>();
    private final Map<String, PersonSummary> personSummaries = new HashMap<>();
    private final Map<String, String> shownCitations;

    private ModelBuilder(SiteIndex index, FormattedBibliography citations, Map<String, String> shownCitations) {
        this.index = index;
        this.citations = citations;
        this.shownCitations = shownCitations;
    }

    /**
     * @param contentDir the content folder
     * @param staticFiles the files it publishes as they are ({@code assets/}, files beside articles),
     *     as site paths; the files articles name are added
     */
    public static SiteModel build(SiteIndex index, FormattedBibliography citations, java.nio.file.Path contentDir,
            List<String> staticFiles) {
        return build(index, citations, contentDir, staticFiles, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * @param shownCitations formatted citations as pages show them, by the formatted HTML: filled
     *     here, and kept by a caller that builds again ({@code serve}) so unchanged ones are reused
     */
    public static SiteModel build(SiteIndex index, FormattedBibliography citations, java.nio.file.Path contentDir,
            List<String> staticFiles, Map<String, String> shownCitations) {
        return new ModelBuilder(index, citations, shownCitations).model(contentDir, staticFiles);
    }

    /**
     * The page of one article, edited since {@code index} was built, made against that index: right
     * for an edit that changes nothing the index takes from the article (its people, its sources,
     * its front matter), which {@code serve} checks before it shows the page ahead of a full build.
     */
    public static ArticlePage articlePage(SiteIndex index, FormattedBibliography citations, ParsedArticle edited,
            Map<String, String> shownCitations) {
        ModelBuilder builder = new ModelBuilder(index, citations, shownCitations);
        builder.summaries.put(edited.slug(), builder.summary(edited));
        return builder.articlePage(edited);
    }

    private SiteModel model(java.nio.file.Path contentDir, List<String> staticFiles) {
        List<ArticleSummary> articleSummaries = index.articles().stream().map(this::summary).toList();
        articleSummaries.forEach(s -> summaries.put(s.slug(), s));
        List<PersonSummary> people = index.people().stream().map(this::personSummary).toList();
        people.forEach(p -> personSummaries.put(p.id(), p));

        List<ArticlePage> articlePages = index.articles().parallelStream().map(this::articlePage).toList();
        Map<String, ArticlePage> bySlug = new LinkedHashMap<>();
        articlePages.forEach(p -> bySlug.put(p.article().slug(), p));
        List<PersonPage> personPages = index.people().parallelStream().map(this::personPage).toList();
        Map<String, PersonPage> byId = new LinkedHashMap<>();
        personPages.forEach(p -> byId.put(p.person().id(), p));
        return new SiteModel(index, siteView(), articleSummaries, people, Collections.unmodifiableMap(bySlug),
                Collections.unmodifiableMap(byId),
                index.organizations().all().stream().map(ModelBuilder::organizationSummary).toList(),
                index.organizations().all().stream().map(this::organizationPage).toList(),
                timeline(), sources(), citations, contentDir, files(staticFiles));
    }

    private List<String> files(List<String> staticFiles) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(staticFiles);
        index.articles().forEach(a -> all.addAll(a.files()));
        return List.copyOf(all);
    }

    /** A formatted citation as pages show it: its addresses can break at their punctuation. Made once per entry. */
    private String shown(String citationHtml) {
        return citationHtml == null ? null : shownCitations.computeIfAbsent(citationHtml, UrlBreaks::inCitation);
    }

    private SiteView siteView() {
        var s = index.site();
        return new SiteView(s.title(), s.description(), s.language(), index.articles().size(),
                index.people().size(), index.sources().size(), s.baseUrl().orElse(null), s.extra());
    }

    private ArticleSummary summary(ParsedArticle pa) {
        Article a = pa.article();
        String slug = a.slug();
        return new ArticleSummary(slug, SitePaths.article(slug), a.title(), a.date().map(PartialDate::display).orElse(null),
                a.date().map(PartialDate::iso).orElse(null), a.publisher().orElse(null), a.author().orElse(null),
                a.section().orElse(null), a.summary().orElse(null),
                a.summary().orElseGet(() -> Excerpt.cut(pa.excerpt())), pa.readingMinutes(),
                index.peopleIn(slug).size(), index.sourcesCitedBy(slug).size(),
                index.bylines().getOrDefault(slug, List.of()).stream()
                        .map(b -> new BylinePart(b.text(), b.personId().map(SitePaths::person).orElse(null))).toList(),
                a.draft(), a.extra());
    }

    private ArticlePage articlePage(ParsedArticle pa) {
        Article a = pa.article();
        Map<String, Long> mentionCounts = pa.mentions().stream()
                .collect(Collectors.groupingBy(Mention::personId, Collectors.counting()));
        List<PersonRef> people = index.peopleIn(a.slug()).stream()
                .map(id -> index.person(id).orElseThrow())
                .map(p -> new PersonRef(p.id(), p.name(), SitePaths.person(p.id()), headline(p),
                        mentionCounts.getOrDefault(p.id(), 0L).intValue()))
                .sorted(Comparator.comparingInt(PersonRef::mentionCount).reversed().thenComparing(PersonRef::name))
                .toList();
        List<CitationStyle.Entry> styled = citations.byArticle().getOrDefault(a.slug(), List.of());
        Map<String, String> formatted = new HashMap<>();
        Map<String, Integer> styleOrder = new HashMap<>();
        for (int i = 0; i < styled.size(); i++) {
            formatted.put(styled.get(i).id(), shown(styled.get(i).html()));
            styleOrder.putIfAbsent(styled.get(i).id(), i);
        }
        // In the style's order: the order the article lists them for numeric styles, by author for the others.
        List<SourceRef> sources = index.sourcesCitedBy(a.slug()).stream()
                .sorted(Comparator.comparingInt(s -> styleOrder.getOrDefault(s.id(), -1)))
                .map(s -> sourceRef(s, formatted.get(s.id()))).toList();
        return new ArticlePage(summaries.get(a.slug()), a.url().orElse(null), a.authorDescription().orElse(null),
                index.bodyHtml(pa), people, sources,
                SitePaths.BIBLIOGRAPHY + "#" + index.primarySource(a.slug()).map(SourceEntry::anchor).orElse(""),
                shown(citations.citeThis().get(a.slug())), citations.styleTitle(),
                InlineHtml.of(a.title(), pa.titleMentions()),
                a.summary().map(text -> InlineHtml.of(text, pa.summaryMentions())).orElse(null));
    }

    private PersonSummary personSummary(Person p) {
        return new PersonSummary(p.id(), p.name(), SitePaths.person(p.id()), headline(p),
                index.articlesByPerson().get(p.id()).size(), index.mentionsByPerson().get(p.id()).size());
    }

    private PersonPage personPage(Person p) {
        Map<String, List<Mention>> mentionsByArticle = new LinkedHashMap<>();
        for (Mention m : index.mentionsByPerson().get(p.id())) {
            mentionsByArticle.computeIfAbsent(m.articleSlug(), slug -> new ArrayList<>()).add(m);
        }
        // The articles naming the person, then any that only state a role or an event, numbered once.
        Map<String, ArticleRef> refs = new LinkedHashMap<>();
        List<String> slugs = new ArrayList<>(index.articlesByPerson().get(p.id()));
        p.roles().forEach(r -> slugs.addAll(r.statedIn()));
        p.events().forEach(e -> slugs.addAll(e.statedIn()));
        for (String slug : slugs) {
            if (!refs.containsKey(slug) && index.article(slug).isPresent()) {
                refs.put(slug, new ArticleRef(refs.size() + 1, slug, title(slug), SitePaths.article(slug),
                        mentionsByArticle.getOrDefault(slug, List.of()).size(),
                        index.article(slug).orElseThrow().article().draft()));
            }
        }
        List<RoleView> roles = p.roles().stream().map(r -> role(r, refs)).toList();
        List<EventView> events = p.events().stream().sorted(Comparator.comparing(e -> e.date()))
                .map(e -> new EventView(e.date().display(), e.date().iso(), e.what(), refs(e.statedIn(), refs)))
                .toList();
        List<MentionGroup> mentions = new ArrayList<>();
        int first = 1;
        for (ArticleRef ref : refs.values()) {
            List<Mention> in = mentionsByArticle.getOrDefault(ref.slug(), List.of());
            if (!in.isEmpty()) {
                mentions.add(new MentionGroup(ref, first, in.stream()
                        .map(MentionView::new)
                        .toList()));
                first += in.size();
            }
        }
        List<PeerView> peers = alongside(p);
        return new PersonPage(personSummaries.get(p.id()), p.aliases(), p.description(), roles, events,
                List.copyOf(refs.values()), List.copyOf(mentions),
                peers.subList(0, Math.min(ALONGSIDE_LIMIT, peers.size())),
                peers.subList(Math.min(ALONGSIDE_LIMIT, peers.size()), peers.size()),
                links(index.articlesByAuthor().getOrDefault(p.id(), List.of())));
    }

    private static List<ArticleRef> refs(List<String> slugs, Map<String, ArticleRef> refs) {
        return slugs.stream().map(refs::get).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** Everyone named in the same articles as {@code p}, most shared articles first. */
    private List<PeerView> alongside(Person p) {
        return index.peers().getOrDefault(p.id(), List.of()).stream().map(peer -> {
            PersonSummary q = personSummaries.get(peer.personId());
            return new PeerView(q.id(), q.name(), q.path(), q.headline(), peer.articles());
        }).toList();
    }

    /** Every bibliography entry in the style's order, the briefing's own documents first. */
    private List<SourceView> sources() {
        Map<String, SourceEntry> byId = new HashMap<>();
        index.sources().forEach(s -> byId.put(s.id(), s));
        return citations.site().stream().map(e -> {
            SourceEntry s = byId.get(e.id());
            return new SourceView(s.id(), s.anchor(), s.title(), s.publisher().orElse(null), s.author().orElse(null),
                    s.date().map(PartialDate::display).orElse(null), s.url().orElse(null), s.primary(),
                    s.articleSlug().map(SitePaths::article).orElse(null), citedBy(s), shown(e.html()));
        }).toList();
    }

    private static SourceRef sourceRef(SourceEntry s, String html) {
        return new SourceRef(s.id(), s.anchor(), SitePaths.source(s.anchor()), s.title(), s.publisher().orElse(null),
                s.author().orElse(null), s.date().map(PartialDate::display).orElse(null),
                s.date().map(PartialDate::iso).orElse(null), s.url().orElse(null), s.doi().orElse(null), html);
    }

    /** Links to each citing article, at the exact place: its "Sources" list item, else its sources box. */
    private List<ArticleLink> citedBy(SourceEntry s) {
        return s.citedBy().stream().filter(slug -> index.article(slug).isPresent())
                .map(slug -> new ArticleLink(slug, title(slug), SitePaths.article(slug) + "#cite-" + s.id()))
                .toList();
    }

    private List<ArticleLink> links(List<String> slugs) {
        return slugs.stream().filter(slug -> index.article(slug).isPresent())
                .map(slug -> new ArticleLink(slug, title(slug), SitePaths.article(slug),
                        index.article(slug).orElseThrow().article().draft())).toList();
    }

    private String title(String slug) {
        return index.article(slug).orElseThrow().article().title();
    }

    private RoleView role(Role r, Map<String, ArticleRef> refs) {
        String label = r.current() ? r.title() : "Former " + lowerFirst(r.title());
        return new RoleView(r.title(), r.organization().orElse(null), display(r.from()), display(r.to()), r.current(),
                refs(r.statedIn(), refs), label, r.organization().map(this::organizationPath).orElse(null),
                iso(r.from()), iso(r.to()));
    }

    private String organizationPath(String name) {
        return index.organizations().byName(name).map(o -> SitePaths.organization(o.slug())).orElse(null);
    }

    private static OrganizationSummary organizationSummary(Organization o) {
        int current = (int) o.affiliations().stream().filter(a -> a.role().current()).map(a -> a.person().id()).distinct().count();
        int former = (int) o.affiliations().stream().filter(a -> !a.role().current()).map(a -> a.person().id()).distinct().count();
        return new OrganizationSummary(o.name(), o.slug(), SitePaths.organization(o.slug()), current, former,
                o.published().size());
    }

    private OrganizationPage organizationPage(Organization o) {
        List<AffiliationView> current = new ArrayList<>();
        List<AffiliationView> former = new ArrayList<>();
        for (Organization.Affiliation a : o.affiliations()) {
            Role r = a.role();
            AffiliationView v = new AffiliationView(a.person().name(), SitePaths.person(a.person().id()), r.title(),
                    r.current() ? r.title() : "former " + lowerFirst(r.title()), r.current(), display(r.from()),
                    iso(r.from()), display(r.to()), iso(r.to()), links(r.statedIn()));
            (r.current() ? current : former).add(v);
        }
        List<PublishedView> published = o.published().stream()
                .map(s -> new PublishedView(s.title(), SitePaths.source(s.anchor()),
                        s.articleSlug().map(SitePaths::article).orElse(null), display(s.date())))
                .toList();
        return new OrganizationPage(organizationSummary(o), List.copyOf(current), List.copyOf(former), published);
    }

    /** The timeline, oldest first, grouped by year. */
    private List<TimelineYear> timeline() {
        Map<Integer, List<TimelineEntry>> byYear = new LinkedHashMap<>();
        for (TimelineEvent e : index.timeline()) {
            String kind = e.kind().name().toLowerCase(Locale.ROOT);
            boolean event = e.kind() == TimelineEvent.Kind.EVENT;
            byYear.computeIfAbsent(e.date().year(), y -> new ArrayList<>()).add(new TimelineEntry(e.date().display(),
                    e.date().iso(), e.date().year(), e.person().name(), SitePaths.person(e.person().id()), kind,
                    e.organization().orElse(null), e.organization().map(this::organizationPath).orElse(null),
                    event ? null : e.text(), event ? lowerFirst(e.text()) : null, links(e.statedIn())));
        }
        List<TimelineYear> years = new ArrayList<>();
        byYear.forEach((year, entries) -> years.add(new TimelineYear(year, List.copyOf(entries))));
        return List.copyOf(years);
    }

    /** "Member of Technical Staff, Anthropic": the current role first, else the latest former one. */
    public static String headline(Person p) {
        Optional<Role> role = p.roles().stream().filter(Role::current).findFirst()
                .or(() -> p.roles().stream().findFirst());
        return role.map(r -> (r.current() ? "" : "Former ") + (r.current() ? r.title() : lowerFirst(r.title()))
                + r.organization().map(o -> ", " + o).orElse("")).orElse(p.description());
    }

    /** "Announced his move" → "announced his move"; leaves acronyms ("CTO of Box") alone. */
    public static String lowerFirst(String s) {
        return s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1))) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String display(Optional<PartialDate> d) {
        return d.map(PartialDate::display).orElse(null);
    }

    private static String iso(Optional<PartialDate> d) {
        return d.map(PartialDate::iso).orElse(null);
    }
}
