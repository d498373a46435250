package dev.briefing.index;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.markdown.Mention;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Article;
import dev.briefing.model.PartialDate;
import dev.briefing.model.Person;
import dev.briefing.model.PersonEvent;
import dev.briefing.model.Role;
import dev.briefing.model.SiteConfig;
import dev.briefing.model.Utf8Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cross-reference index of the whole site: articles, people and sources, with every mention
 * and citation resolved and every back-link computed once. Read-only after {@link #build}; built
 * from what the Markdown stage found, never from the Markdown trees.
 *
 * @param articles published articles, newest first (undated last)
 * @param people registry people sorted by family name
 * @param organizations every organization a role names or a source's publisher is
 * @param timeline every dated fact of the registry, oldest first
 * @param peers for each person, everyone named in the same articles, most shared first
 * @param bylines each article's byline as the names it lists, matched to registry people
 * @param articlesByAuthor for each person, the articles whose byline names them, in site order
 */
public record SiteIndex(
        SiteConfig site,
        List<ParsedArticle> articles,
        List<Person> people,
        Map<String, List<Mention>> mentionsByPerson,
        Map<String, List<Mention>> mentionsByArticle,
        Map<String, List<String>> articlesByPerson,
        List<SourceEntry> sources,
        Map<String, List<String>> sourceItemAnchors,
        Organizations organizations,
        List<TimelineEvent> timeline,
        Map<String, List<CoMentions.Peer>> peers,
        Map<String, List<Bylines.Part>> bylines,
        Map<String, List<String>> articlesByAuthor,
        Lookups lookups) {

    /**
     * Per-article and per-id look-ups computed once, so rendering each page costs the same whatever
     * the size of the site (a scan of all sources or people per page would make builds quadratic).
     *
     * @param peopleByArticle ids of the people each article names (mentioned or listed), registry order
     * @param sourcesByArticle the works each article cites, in the order the article cites them
     * @param primaryByArticle each article's own bibliography entry
     */
    public record Lookups(
            Map<String, Person> peopleById,
            Map<String, ParsedArticle> articlesBySlug,
            Map<String, List<String>> peopleByArticle,
            Map<String, List<SourceEntry>> sourcesByArticle,
            Map<String, SourceEntry> primaryByArticle) {

        static Lookups of(List<ParsedArticle> articles, List<Person> people, Map<String, List<String>> articlesByPerson,
                List<SourceEntry> sources) {
            Map<String, Person> peopleById = new LinkedHashMap<>();
            people.forEach(p -> peopleById.put(p.id(), p));
            Map<String, ParsedArticle> bySlug = new LinkedHashMap<>();
            Map<String, List<String>> peopleByArticle = new LinkedHashMap<>();
            Map<String, List<SourceEntry>> sourcesByArticle = new LinkedHashMap<>();
            for (ParsedArticle a : articles) {
                bySlug.put(a.slug(), a);
                peopleByArticle.put(a.slug(), new ArrayList<>());
                sourcesByArticle.put(a.slug(), new ArrayList<>());
            }
            articlesByPerson.forEach((id, slugs) -> slugs.forEach(slug -> peopleByArticle.get(slug).add(id)));
            Map<String, SourceEntry> primary = new LinkedHashMap<>();
            Map<String, Map<SourceEntry, Integer>> order = new HashMap<>();
            for (SourceEntry s : sources) {
                s.articleSlug().ifPresent(slug -> primary.putIfAbsent(slug, s));
                for (SourceEntry.Citation c : s.citations()) {
                    order.computeIfAbsent(c.articleSlug(), k -> new IdentityHashMap<>()).merge(s, c.order(), Math::min);
                }
            }
            order.forEach((slug, works) -> {
                List<SourceEntry> list = sourcesByArticle.get(slug);
                if (list != null) {
                    works.entrySet().stream().sorted(Map.Entry.comparingByValue())
                            .forEach(e -> list.add(e.getKey()));
                }
            });
            return new Lookups(peopleById, bySlug, freeze(peopleByArticle), freeze(sourcesByArticle), primary);
        }
    }

    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.date().orElse(null), Comparator.nullsLast(Comparator.<PartialDate>reverseOrder()))
            .thenComparing(Article::title)
            .thenComparing(Article::slug);

    public static final Comparator<Person> BY_FAMILY_NAME = Comparator
            .comparing((Person p) -> p.familyName().toLowerCase(Locale.ROOT))
            .thenComparing(Person::name)
            .thenComparing(Person::id);

    /** Combines the articles' mentions and citations with the registry, and checks every reference. */
    public static SiteIndex build(SiteConfig site, List<ParsedArticle> parsed, List<Person> registry, Problems problems) {
        return build(site, parsed, registry, Set.of(), problems);
    }

    /**
     * @param draftSlugs drafts left out of this build: {@code stated_in} may name them (the link is
     *     simply not shown), so marking an article as a draft never breaks the build
     */
    public static SiteIndex build(SiteConfig site, List<ParsedArticle> parsed, List<Person> registry,
            Set<String> draftSlugs, Problems problems) {
        return build(site, parsed, registry, draftSlugs, Set.of(), problems);
    }

    /**
     * @param unreadSlugs articles whose files could not be read, their errors reported: references
     *     to them ({@code stated_in}, links) are not reported again, so one typo is one error
     */
    public static SiteIndex build(SiteConfig site, List<ParsedArticle> parsed, List<Person> registry,
            Set<String> draftSlugs, Set<String> unreadSlugs, Problems problems) {
        List<ParsedArticle> articles = parsed.stream()
                .sorted(Comparator.comparing(ParsedArticle::article, NEWEST_FIRST)).toList();
        Map<String, List<Mention>> mentionsByArticle = new LinkedHashMap<>();
        Map<String, ParsedArticle> bySlug = new HashMap<>();
        articles.forEach(a -> {
            mentionsByArticle.put(a.slug(), a.mentions());
            bySlug.put(a.slug(), a);
        });

        Map<String, Person> peopleById = new HashMap<>();
        registry.forEach(p -> peopleById.put(p.id(), p));
        Set<String> slugs = new java.util.HashSet<>(draftSlugs);
        slugs.addAll(unreadSlugs);
        slugs.addAll(bySlug.keySet());
        checkReferences(articles, registry, peopleById, slugs, problems);
        ArticleLinkChecker.check(articles, bySlug, unreadSlugs, problems);

        List<Person> people = registry.stream().sorted(BY_FAMILY_NAME).toList();
        Map<String, List<Mention>> byPerson = new LinkedHashMap<>();
        Map<String, List<String>> articlesByPerson = new LinkedHashMap<>();
        for (Person p : people) {
            byPerson.put(p.id(), new ArrayList<>());
            articlesByPerson.put(p.id(), new ArrayList<>());
        }
        for (ParsedArticle a : articles) {
            Set<String> inArticle = new LinkedHashSet<>();
            for (Mention m : a.mentions()) {
                byPerson.get(m.personId()).add(m);
                inArticle.add(m.personId());
            }
            a.article().people().stream().filter(peopleById::containsKey).forEach(inArticle::add);
            inArticle.forEach(id -> articlesByPerson.get(id).add(a.slug()));
        }
        Bylines byline = new Bylines(registry);
        Map<String, List<Bylines.Part>> bylines = new LinkedHashMap<>();
        Map<String, List<String>> articlesByAuthor = new LinkedHashMap<>();
        people.forEach(p -> articlesByAuthor.put(p.id(), new ArrayList<>()));
        for (ParsedArticle a : articles) {
            List<Bylines.Part> parts = a.article().author().map(byline::parse).orElse(List.of());
            bylines.put(a.slug(), parts);
            parts.stream().map(Bylines.Part::personId).flatMap(Optional::stream).distinct()
                    .forEach(id -> articlesByAuthor.get(id).add(a.slug()));
        }
        SourceRegistry.Result sources = SourceRegistry.build(site, articles, problems);
        // The index keeps each article with its source-list links pointing at their entries, and
        // only that copy of its body: pages, feed and emails all show it so.
        articles = articles.stream()
                .map(a -> a.withSourceAnchors(sources.itemAnchors().getOrDefault(a.slug(), List.of()))).toList();
        Map<String, List<String>> frozenArticlesByPerson = freeze(articlesByPerson);
        Lookups lookups = Lookups.of(articles, people, frozenArticlesByPerson, sources.entries());
        return new SiteIndex(site, articles, people, freeze(byPerson), Collections.unmodifiableMap(mentionsByArticle),
                frozenArticlesByPerson, sources.entries(), sources.itemAnchors(),
                Organizations.of(people, sources.entries(), lookups.articlesBySlug()), Timeline.of(people),
                CoMentions.all(people, lookups.peopleByArticle()), Collections.unmodifiableMap(bylines),
                freeze(articlesByAuthor), lookups);
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(lookups.peopleById().get(id));
    }

    public Optional<ParsedArticle> article(String slug) {
        return Optional.ofNullable(lookups.articlesBySlug().get(slug));
    }

    /** Sources an article cites, as bibliography entries, in the order the article lists them. */
    public List<SourceEntry> sourcesCitedBy(String slug) {
        return lookups.sourcesByArticle().getOrDefault(slug, List.of());
    }

    public Optional<SourceEntry> primarySource(String slug) {
        return Optional.ofNullable(lookups.primaryByArticle().get(slug));
    }

    /** Ids of the people an article names, in registry order. */
    public List<String> peopleIn(String slug) {
        return lookups.peopleByArticle().getOrDefault(slug, List.of());
    }

    /**
     * The article's body HTML with its "Sources" list items linked to their bibliography entries:
     * the index's own copy for an article of this index, made for one parsed since (an early page).
     */
    public Utf8Text bodyHtml(ParsedArticle a) {
        ParsedArticle indexed = lookups.articlesBySlug().get(a.slug());
        return (indexed == a ? a : a.withSourceAnchors(sourceItemAnchors.getOrDefault(a.slug(), List.of()))).html();
    }

    private static void checkReferences(List<ParsedArticle> articles, List<Person> registry,
            Map<String, Person> peopleById, Set<String> slugs, Problems problems) {
        for (ParsedArticle a : articles) {
            List<String> ids = a.article().people();
            List<SourcePosition> at = a.article().peoplePositions();
            for (int i = 0; i < ids.size(); i++) {
                if (!peopleById.containsKey(ids.get(i))) {
                    problems.error(i < at.size() ? at.get(i) : a.article().position(),
                            "unknown person '" + ids.get(i) + "': not in the people registry");
                }
            }
        }
        for (Person p : registry) {
            for (Role r : p.roles()) {
                checkStatedIn(r.statedIn(), r.position(), slugs, problems);
            }
            for (PersonEvent e : p.events()) {
                checkStatedIn(e.statedIn(), e.position(), slugs, problems);
            }
        }
    }

    private static void checkStatedIn(List<String> statedIn, SourcePosition at, Set<String> slugs, Problems problems) {
        for (String slug : statedIn) {
            if (!slugs.contains(slug)) {
                problems.error(at, "unknown article '" + slug + "' in 'stated_in'");
            }
        }
    }

    private static <V> Map<String, List<V>> freeze(Map<String, List<V>> map) {
        Map<String, List<V>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }
}
