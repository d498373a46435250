package dev.briefing.render;

import dev.briefing.index.CoMentions;
import dev.briefing.index.Organization;
import dev.briefing.index.Organizations;
import dev.briefing.index.SiteIndex;
import dev.briefing.index.TimelineEvent;
import dev.briefing.index.Timeline;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.PartialDate;
import dev.briefing.model.Person;
import dev.briefing.model.Role;
import dev.briefing.render.Views.AffiliationView;
import dev.briefing.render.Views.ArticleLink;
import dev.briefing.render.Views.OrganizationPage;
import dev.briefing.render.Views.OrganizationSummary;
import dev.briefing.render.Views.PeerView;
import dev.briefing.render.Views.PublishedView;
import dev.briefing.render.Views.RoleView;
import dev.briefing.render.Views.TimelineEntry;
import dev.briefing.render.Views.TimelineYear;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Views of who is who: roles, organizations, the timeline, and who appears alongside whom. */
public final class PeopleViews {
    public static final String ORGANIZATIONS_INDEX = "organizations/index.html";
    public static final String TIMELINE = "timeline.html";
    /** How many people "appears alongside" lists. */
    static final int ALONGSIDE_LIMIT = 5;

    private final SiteIndex index;
    private final Organizations organizations;
    private final Map<String, ParsedArticle> bySlug;
    private final Map<String, String> names;

    public PeopleViews(SiteIndex index) {
        this.index = index;
        this.organizations = Organizations.of(index);
        this.bySlug = index.articles().stream().collect(Collectors.toMap(a -> a.article().slug(), Function.identity()));
        this.names = index.people().stream().collect(Collectors.toMap(Person::id, Person::name));
    }

    public static String organizationPath(String slug) {
        return "organizations/" + slug + ".html";
    }

    public Organizations organizations() {
        return organizations;
    }

    public List<OrganizationSummary> organizationSummaries() {
        return organizations.all().stream().map(PeopleViews::summary).toList();
    }

    public OrganizationPage organizationPage(Organization o) {
        List<AffiliationView> current = new ArrayList<>();
        List<AffiliationView> former = new ArrayList<>();
        for (Organization.Affiliation a : o.affiliations()) {
            Role r = a.role();
            AffiliationView v = new AffiliationView(a.person().name(), ViewFactory.personPath(a.person().id()), r.title(),
                    r.current() ? r.title() : "former " + lowerFirst(r.title()), r.current(), display(r.from()), iso(r.from()), display(r.to()), iso(r.to()), links(r.statedIn()));
            (r.current() ? current : former).add(v);
        }
        List<PublishedView> published = o.published().stream()
                .map(s -> new PublishedView(s.title(), ViewFactory.BIBLIOGRAPHY + "#" + s.anchor(),
                        s.articleSlug().map(ViewFactory::articlePath).orElse(null), display(s.date())))
                .toList();
        return new OrganizationPage(summary(o), List.copyOf(current), List.copyOf(former), published);
    }

    /** The page of the organization with this name, or null when the site has none. */
    public String organizationPathFor(String name) {
        return organizations.byName(name).map(o -> organizationPath(o.slug())).orElse(null);
    }

    public RoleView role(Role r) {
        String label = r.current() ? r.title() : "Former " + lowerFirst(r.title());
        return new RoleView(r.title(), r.organization().orElse(null), display(r.from()), display(r.to()), r.current(),
                links(r.statedIn()), label, r.organization().map(this::organizationPathFor).orElse(null),
                iso(r.from()), iso(r.to()));
    }

    public List<PeerView> alongside(Person p) {
        List<PeerView> out = new ArrayList<>();
        for (CoMentions.Peer peer : CoMentions.of(p.id(), index.articlesByPerson(),
                index.lookups().peopleByArticle(), names, ALONGSIDE_LIMIT)) {
            Person q = index.person(peer.personId()).orElseThrow();
            out.add(new PeerView(q.id(), q.name(), ViewFactory.personPath(q.id()), ViewFactory.headline(q), peer.articles()));
        }
        return List.copyOf(out);
    }

    /** The timeline, oldest first, grouped by year. */
    public List<TimelineYear> timeline() {
        Map<Integer, List<TimelineEntry>> byYear = new LinkedHashMap<>();
        for (TimelineEvent e : Timeline.of(index.people())) {
            String kind = e.kind().name().toLowerCase(Locale.ROOT);
            boolean event = e.kind() == TimelineEvent.Kind.EVENT;
            byYear.computeIfAbsent(e.date().year(), y -> new ArrayList<>()).add(new TimelineEntry(e.date().display(),
                    e.date().iso(), e.date().year(), e.person().name(), ViewFactory.personPath(e.person().id()), kind,
                    e.organization().orElse(null), e.organization().map(this::organizationPathFor).orElse(null),
                    event ? null : e.text(), event ? lowerFirst(e.text()) : null, links(e.statedIn())));
        }
        List<TimelineYear> years = new ArrayList<>();
        byYear.forEach((year, entries) -> years.add(new TimelineYear(year, List.copyOf(entries))));
        return List.copyOf(years);
    }

    private static OrganizationSummary summary(Organization o) {
        int current = (int) o.affiliations().stream().filter(a -> a.role().current()).map(a -> a.person().id()).distinct().count();
        int former = (int) o.affiliations().stream().filter(a -> !a.role().current()).map(a -> a.person().id()).distinct().count();
        return new OrganizationSummary(o.name(), o.slug(), organizationPath(o.slug()), current, former, o.published().size());
    }

    private List<ArticleLink> links(List<String> slugs) {
        return slugs.stream().map(bySlug::get).filter(Objects::nonNull)
                .map(a -> new ArticleLink(a.article().slug(), a.article().title(), ViewFactory.articlePath(a.article().slug())))
                .toList();
    }

    private static String display(java.util.Optional<PartialDate> d) {
        return d.map(PartialDate::display).orElse(null);
    }

    private static String iso(java.util.Optional<PartialDate> d) {
        return d.map(PartialDate::iso).orElse(null);
    }

    /** "Announced his move" → "announced his move"; leaves acronyms ("CTO of Box") alone. */
    static String lowerFirst(String s) {
        return s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1))) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
