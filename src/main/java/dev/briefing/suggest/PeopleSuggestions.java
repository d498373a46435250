package dev.briefing.suggest;

import dev.briefing.index.Organization;
import dev.briefing.index.SiteIndex;
import dev.briefing.markdown.ArticleParser;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.markdown.ParsedArticle.NameCandidate;
import dev.briefing.model.Person;
import dev.briefing.model.Role;
import dev.briefing.model.Slugs;
import dev.briefing.model.StatedRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registry entries to propose for every person the site's articles name who is not in the
 * registry. The Markdown stage finds the people each article names ({@link #nameReader}, one pass
 * per article); this leaves out those the site knows (registry names and aliases, organisations,
 * publishers, the site's {@code name_stop_list}) and merges the rest by name across articles.
 *
 * <pre>
 * PeopleSuggestions s = PeopleSuggestions.of(index);
 * s.all();               // one Suggestion per unregistered person, in order of first mention
 * s.byArticle("slug");   // the unregistered people one article names
 * </pre>
 */
public final class PeopleSuggestions {
    private final Map<String, List<NameCandidate>> byArticle;
    private final List<Suggestion> all;

    private PeopleSuggestions(Map<String, List<NameCandidate>> byArticle, List<Suggestion> all) {
        this.byArticle = byArticle;
        this.all = all;
    }

    /** The Markdown stage's reader of the people an article names. */
    public static ArticleParser.NameReader nameReader() {
        PersonFinder finder = new PersonFinder(NameLexicon.builtIn());
        return finder::find;
    }

    public static PeopleSuggestions of(SiteIndex index) {
        KnownNames known = KnownNames.of(knownNames(index), organizationNames(index));
        Map<String, List<NameCandidate>> byArticle = new LinkedHashMap<>();
        for (ParsedArticle a : index.articles()) {
            byArticle.put(a.slug(), a.nameCandidates().stream()
                    .filter(c -> !known.covers(List.of(NameLexicon.key(c.text()).split(" ")))).toList());
        }
        Set<String> ids = new HashSet<>();
        index.people().forEach(p -> ids.add(p.id()));
        return new PeopleSuggestions(byArticle, merge(byArticle, ids));
    }

    /** Names that are never suggested, nor any phrase containing them: registry people and the stop list. */
    static List<String> knownNames(SiteIndex index) {
        List<String> known = new ArrayList<>(index.site().nameStopList());
        for (Person p : index.people()) {
            known.addAll(p.allNames());
        }
        return known;
    }

    /** Organisations never suggested: registry people's organisations and the publishers. */
    static List<String> organizationNames(SiteIndex index) {
        List<String> known = new ArrayList<>();
        for (Person p : index.people()) {
            p.roles().stream().map(Role::organization).flatMap(Optional::stream).forEach(known::add);
        }
        index.organizations().all().stream().map(Organization::name).forEach(known::add);
        return known;
    }

    private static List<Suggestion> merge(Map<String, List<NameCandidate>> byArticle, Set<String> ids) {
        Map<String, Builder> byName = new LinkedHashMap<>();
        byArticle.forEach((slug, found) -> {
            for (NameCandidate f : found) {
                byName.computeIfAbsent(NameLexicon.key(f.text()), k -> new Builder(f)).add(slug, f);
            }
        });
        List<Suggestion> out = new ArrayList<>();
        for (Builder b : byName.values()) {
            String base = Slugs.of(transliterated(b.first.text()));
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

    /** The unregistered people an article names, in order of first mention. */
    public List<NameCandidate> byArticle(String slug) {
        return byArticle.getOrDefault(slug, List.of());
    }

    private static final class Builder {
        final NameCandidate first;
        final Map<StatedRole, List<String>> roles = new LinkedHashMap<>();
        final List<String> articles = new ArrayList<>();
        int mentions;

        Builder(NameCandidate first) {
            this.first = first;
        }

        Builder add(String slug, NameCandidate f) {
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
                    List.copyOf(new LinkedHashSet<>(slugs)))));
            return new Suggestion(id, first.text(), List.copyOf(out), mentions, List.copyOf(articles), first.position());
        }
    }
}
