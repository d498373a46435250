package dev.briefing.index;

import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Article;
import dev.briefing.model.Person;
import dev.briefing.model.Role;
import dev.briefing.model.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The site's organizations: every organization a registry role names plus every publisher of a
 * source, one entry per name however it is capitalised or spaced, sorted by name.
 *
 * <pre>
 * Organizations orgs = index.organizations();
 * orgs.byName("Anthropic").map(Organization::slug);   // "anthropic"
 * </pre>
 */
public final class Organizations {
    private final List<Organization> all;
    private final Map<String, Organization> byKey;

    private Organizations(List<Organization> all) {
        this.all = all;
        this.byKey = new LinkedHashMap<>();
        all.forEach(o -> byKey.put(key(o.name()), o));
    }

    /**
     * @param people the registry, sorted as the site lists people
     * @param articles the site's articles by slug, for the publishers they state
     */
    static Organizations of(List<Person> people, List<SourceEntry> sources, Map<String, ParsedArticle> articles) {
        Map<String, Builder> builders = new LinkedHashMap<>();
        for (Person p : people) {
            for (Role r : p.roles()) {
                r.organization().ifPresent(o -> builder(builders, o).affiliations.add(new Organization.Affiliation(p, r)));
            }
        }
        for (SourceEntry s : sources) {
            statedPublisher(s, articles).ifPresent(pub -> builder(builders, pub).published.add(s));
        }
        List<Builder> sorted = builders.values().stream()
                .sorted(Comparator.comparing((Builder b) -> b.name.toLowerCase(Locale.ROOT)).thenComparing(b -> b.name))
                .toList();
        Set<String> slugs = new HashSet<>();
        slugs.add("index"); // organizations/index.html is the list of organizations
        List<Organization> out = new ArrayList<>();
        for (Builder b : sorted) {
            String base = Slugs.of(b.name);
            String slug = base;
            for (int n = 2; !slugs.add(slug); n++) {
                slug = base + "-" + n; // "A.B" and "A B" are different names with the same slug
            }
            out.add(new Organization(b.name, slug, List.copyOf(b.affiliations), List.copyOf(b.published)));
        }
        return new Organizations(List.copyOf(out));
    }

    public List<Organization> all() {
        return all;
    }

    public Optional<Organization> byName(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /**
     * The publisher the content names. A briefing article without one is published by the briefing
     * itself in the bibliography, but the briefing is not an organization its content names.
     */
    private static Optional<String> statedPublisher(SourceEntry s, Map<String, ParsedArticle> articles) {
        if (!s.primary()) {
            return s.publisher();
        }
        return s.articleSlug().map(articles::get).map(ParsedArticle::article).flatMap(Article::publisher);
    }

    private static Builder builder(Map<String, Builder> builders, String name) {
        return builders.computeIfAbsent(key(name), k -> new Builder(name.strip().replaceAll("\\s+", " ")));
    }

    /** Names differing only in case or spacing are the same organization. */
    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static final class Builder {
        final String name;
        final List<Organization.Affiliation> affiliations = new ArrayList<>();
        final List<SourceEntry> published = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }
    }
}
