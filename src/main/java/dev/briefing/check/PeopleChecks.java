package dev.briefing.check;

import dev.briefing.errors.Problems;
import dev.briefing.index.Organization;
import dev.briefing.index.SiteIndex;
import dev.briefing.markdown.ArticleParser;
import dev.briefing.markdown.MentionFinder;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Person;
import dev.briefing.model.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks for editors about the people registry, run by {@code build} and {@code check} after the
 * index is built. All are warnings:
 * <ul>
 *   <li>a phrase in an article that looks like a person's name but is no one in the registry (a
 *       heuristic: see {@link NameLikePhrases}; registry names, organizations, role titles, the
 *       built-in list of generic phrases and the site's {@code name_stop_list} are not reported);</li>
 *   <li>a registry person no article mentions or lists;</li>
 *   <li>a name or alias two registry people share, so it can never be linked.</li>
 * </ul>
 */
public final class PeopleChecks {
    private static final String GENERIC_PHRASES = "generic-phrases.txt";

    private PeopleChecks() {}

    /**
     * Reads the name-like phrases of an article's tree, for the Markdown stage to keep (the tree is
     * gone by the time the checks run).
     */
    public static ArticleParser.NameReader nameCandidates() {
        Set<String> notNameWords = genericPhrases().stream().filter(p -> !p.contains(" ")).collect(Collectors.toSet());
        return (document, positions, mentions) -> NameLikePhrases.in(document, notNameWords, mentions).stream()
                .map(p -> new ParsedArticle.NameCandidate(p.text(), positions.of(p.offset()))).toList();
    }

    public static void run(SiteIndex index, Problems problems) {
        unregisteredNames(index, problems);
        neverMentioned(index, problems);
        collidingNames(index, problems);
    }

    static void unregisteredNames(SiteIndex index, Problems problems) {
        List<String> generic = genericPhrases();
        List<List<String>> known = new ArrayList<>();
        generic.stream().filter(p -> p.contains(" ")).forEach(p -> known.add(words(p)));
        index.site().nameStopList().forEach(p -> known.add(words(p)));
        for (Person p : index.people()) {
            p.allNames().forEach(n -> known.add(words(n)));
            p.roles().stream().map(Role::title).forEach(t -> known.add(words(t)));
        }
        index.organizations().all().stream().map(Organization::name).forEach(o -> known.add(words(o)));

        KnownPhrases knownPhrases = new KnownPhrases(known);
        for (ParsedArticle a : index.articles()) {
            Set<String> reported = new HashSet<>();
            for (ParsedArticle.NameCandidate phrase : a.nameCandidates()) {
                boolean isKnown = knownPhrases.matches(words(phrase.text()));
                if (!isKnown && reported.add(phrase.text())) {
                    problems.warning(phrase.position(),
                            "\"" + phrase.text() + "\" looks like a person's name but is not in the people registry");
                }
            }
        }
    }

    static void neverMentioned(SiteIndex index, Problems problems) {
        for (Person p : index.people()) {
            if (index.articlesByPerson().getOrDefault(p.id(), List.of()).isEmpty()
                    && index.articlesByAuthor().getOrDefault(p.id(), List.of()).isEmpty()) {
                problems.warning(p.position(), p.name() + " (" + p.id() + ") is not mentioned in any article");
            }
        }
    }

    static void collidingNames(SiteIndex index, Problems problems) {
        Map<String, Person> byId = new LinkedHashMap<>();
        index.people().forEach(p -> byId.put(p.id(), p));
        MentionFinder.collidingNames(index.people()).forEach((name, ids) -> {
            for (String id : ids) {
                String others = ids.stream().filter(o -> !o.equals(id))
                        .map(o -> byId.get(o).name() + " (" + o + ")").collect(Collectors.joining(" and "));
                problems.warning(byId.get(id).position(),
                        "the name \"" + name + "\" is also used by " + others + ": mentions of it are never linked");
            }
        });
    }

    /** Whether {@code phrase} appears in {@code words} as whole consecutive words, ignoring case. */
    /**
     * Answers "is this phrase part of a known name, or does it contain one?" in constant time per
     * phrase, by hashing every run of consecutive words of the known names once; scanning the list
     * for every phrase would cost phrases × names on a large site.
     */
    private static final class KnownPhrases {
        private final Set<List<String>> whole = new HashSet<>();
        private final Set<List<String>> parts = new HashSet<>();

        KnownPhrases(List<List<String>> known) {
            for (List<String> k : known) {
                if (k.isEmpty()) {
                    continue;
                }
                whole.add(k);
                parts.addAll(runs(k));
            }
        }

        boolean matches(List<String> phrase) {
            return parts.contains(phrase) || runs(phrase).stream().anyMatch(whole::contains);
        }

        private static List<List<String>> runs(List<String> words) {
            List<List<String>> out = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                for (int j = i + 1; j <= words.size(); j++) {
                    out.add(words.subList(i, j));
                }
            }
            return out;
        }
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).replace('’', '\'').strip().split("[\\s\\u00A0]+"));
    }

    private static List<String> genericPhrases() {
        try (InputStream in = PeopleChecks.class.getResourceAsStream(GENERIC_PHRASES);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in list " + GENERIC_PHRASES + " is missing from the jar", e);
        }
    }
}
