package dev.briefing.suggest;

import dev.briefing.index.Organization;
import dev.briefing.index.Organizations;
import dev.briefing.index.SiteIndex;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Person;
import dev.briefing.model.Role;
import dev.briefing.model.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registry entries to propose for every person the site's articles name who is not in the
 * registry: each article read once by {@link PersonFinder} (in parallel), the findings merged by
 * name across articles.
 *
 * <pre>
 * PeopleSuggestions s = PeopleSuggestions.of(index);
 * s.all();               // one Suggestion per unregistered person, in order of first mention
 * s.byArticle("slug");   // what one article names
 * </pre>
 */
public final class PeopleSuggestions {
    private final Map<String, List<FoundPerson>> byArticle;
    private final List<Suggestion> all;

    private PeopleSuggestions(Map<String, List<FoundPerson>> byArticle, List<Suggestion> all) {
        this.byArticle = byArticle;
        this.all = all;
    }

    public static PeopleSuggestions of(SiteIndex index) {
        return of(index, NameLexicon.builtIn());
    }

    public static PeopleSuggestions of(SiteIndex index, NameLexicon lexicon) {
        PersonFinder finder = new PersonFinder(lexicon, KnownNames.of(knownNames(index)));
        List<ParsedArticle> articles = index.articles();
        List<List<FoundPerson>> found = articles.parallelStream().map(finder::find).toList();
        Map<String, List<FoundPerson>> byArticle = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            byArticle.put(articles.get(i).article().slug(), found.get(i));
        }
        Set<String> ids = new HashSet<>();
        index.people().forEach(p -> ids.add(p.id()));
        return new PeopleSuggestions(byArticle, merge(articles, found, ids));
    }

    /** Names that are never suggested: registry people, their organisations, publishers, the stop list. */
    static List<String> knownNames(SiteIndex index) {
        List<String> known = new ArrayList<>(index.site().nameStopList());
        for (Person p : index.people()) {
            known.addAll(p.allNames());
            p.roles().stream().map(Role::organization).flatMap(java.util.Optional::stream).forEach(known::add);
        }
        Organizations.of(index).all().stream().map(Organization::name).forEach(known::add);
        return known;
    }

    private static List<Suggestion> merge(List<ParsedArticle> articles, List<List<FoundPerson>> found, Set<String> ids) {
        Map<String, Builder> byName = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            ParsedArticle a = articles.get(i);
            for (FoundPerson f : found.get(i)) {
                byName.computeIfAbsent(NameLexicon.key(f.name()), k -> new Builder(f.name(), a, f)).add(a, f);
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (Builder b : byName.values()) {
            String base = Slugs.of(transliterated(b.name));
            String id = base;
            for (int n = 2; !ids.add(id); n++) {
                id = base + "-" + n;
            }
            out.add(b.build(id));
        }
        return List.copyOf(out);
    }

    /** Letters that do not decompose into a base letter and an accent ("Sørensen" → "Sorensen"). */
    private static String transliterated(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            switch (c) {
                case 'ø', 'Ø' -> b.append('o');
                case 'æ', 'Æ' -> b.append("ae");
                case 'œ', 'Œ' -> b.append("oe");
                case 'ß' -> b.append("ss");
                case 'ł', 'Ł' -> b.append('l');
                case 'đ', 'Đ', 'ð', 'Ð' -> b.append('d');
                case 'þ', 'Þ' -> b.append("th");
                case 'ı' -> b.append('i');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    public List<Suggestion> all() {
        return all;
    }

    public List<FoundPerson> byArticle(String slug) {
        return byArticle.getOrDefault(slug, List.of());
    }

    private static final class Builder {
        final String name;
        final ParsedArticle firstArticle;
        final FoundPerson first;
        final Map<StatedRole, List<String>> roles = new LinkedHashMap<>();
        final List<String> articles = new ArrayList<>();
        int mentions;

        Builder(String name, ParsedArticle firstArticle, FoundPerson first) {
            this.name = name;
            this.firstArticle = firstArticle;
            this.first = first;
        }

        Builder add(ParsedArticle a, FoundPerson f) {
            String slug = a.article().slug();
            articles.add(slug);
            mentions += f.mentions();
            for (StatedRole r : f.roles()) {
                roles.computeIfAbsent(r, k -> new ArrayList<>()).add(slug);
            }
            return this;
        }

        Suggestion build(String id) {
            List<Suggestion.Role> out = new ArrayList<>();
            roles.forEach((r, slugs) -> out.add(new Suggestion.Role(r.title(), r.organization(), r.current(),
                    List.copyOf(new java.util.LinkedHashSet<>(slugs)))));
            var at = first.firstOffset() >= 0 ? firstArticle.positionOf(first.firstOffset())
                    : firstArticle.article().position();
            return new Suggestion(id, name, List.copyOf(out), mentions, List.copyOf(articles), at);
        }
    }
}
