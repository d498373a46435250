package dev.briefing.check;

import dev.briefing.errors.Problems;
import dev.briefing.index.SiteIndex;
import dev.briefing.markdown.ArticleParser;
import dev.briefing.markdown.MentionFinder;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Person;
import dev.briefing.suggest.PeopleSuggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks for editors about the people registry, run by {@code build} and {@code check} after the
 * index is built. All are warnings:
 * <ul>
 *   <li>a person an article names who is not in the registry, at the first mention in that article
 *       (found by {@link PeopleSuggestions}, which {@code briefing people suggest} turns into
 *       registry entries; registry names, organizations, publishers and the site's
 *       {@code name_stop_list} are never reported);</li>
 *   <li>a registry person no article mentions or lists;</li>
 *   <li>a name or alias two registry people share, so it can never be linked.</li>
 * </ul>
 */
public final class PeopleChecks {
    private PeopleChecks() {}

    /**
     * Reads the people each article names, for the Markdown stage to keep (the tree is gone by the
     * time the checks run).
     */
    public static ArticleParser.NameReader nameCandidates() {
        return PeopleSuggestions.nameReader();
    }

    public static void run(SiteIndex index, Problems problems) {
        unregisteredNames(index, problems);
        neverMentioned(index, problems);
        collidingNames(index, problems);
    }

    /** One warning per unregistered person per article, at the first mention in that article. */
    static void unregisteredNames(SiteIndex index, Problems problems) {
        PeopleSuggestions suggestions = PeopleSuggestions.of(index);
        for (ParsedArticle a : index.articles()) {
            for (ParsedArticle.NameCandidate c : suggestions.byArticle(a.slug())) {
                problems.warning(c.position(), "\"" + c.text() + "\" looks like a person's name but is not in the people registry");
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
}
