package dev.briefing.discover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefing.index.SiteIndex;
import dev.briefing.model.Person;
import dev.briefing.render.OutputFile;
import dev.briefing.cite.FormattedBibliography;
import dev.briefing.render.ViewFactory;
import dev.briefing.render.Views.ArticleSummary;
import dev.briefing.render.Views.PersonSummary;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The static search index: {@code search-index.json} for other tools, and the same data as
 * {@code assets/search-index.js} for the search page's script. A script file, not fetched JSON,
 * because browsers refuse {@code fetch()} on {@code file://} pages.
 *
 * <pre>
 * {"articles": [{"title": …, "summary": …, "path": "articles/x.html"}],
 *  "people":   [{"name": …, "aliases": […], "headline": …, "path": "people/y.html"}]}
 * </pre>
 */
public final class SearchIndex {
    public static final String JSON_PATH = "search-index.json";
    public static final String SCRIPT_PATH = "assets/search-index.js";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndex() {}

    public static List<OutputFile> render(SiteIndex index) {
        ViewFactory views = new ViewFactory(index, FormattedBibliography.none(index.site().citationStyle()));
        Map<String, Person> people = index.people().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        ObjectNode root = JSON.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (ArticleSummary a : views.articleSummaries()) {
            ObjectNode n = articles.addObject();
            n.put("title", a.title());
            if (a.summary() != null) {
                n.put("summary", a.summary());
            }
            n.put("path", a.path());
        }
        ArrayNode persons = root.putArray("people");
        for (PersonSummary p : views.personSummaries()) {
            ObjectNode n = persons.addObject();
            n.put("name", p.name());
            ArrayNode aliases = n.putArray("aliases");
            people.get(p.id()).aliases().forEach(aliases::add);
            n.put("headline", p.headline());
            n.put("path", p.path());
        }
        String json;
        try {
            json = JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
        // In a script, "</script" or "<!--" inside a string would still end or confuse the element.
        String script = "window.briefingSearchIndex = " + json.replace("<", "\\u003c") + ";\n";
        return List.of(OutputFile.text(JSON_PATH, json + "\n"), OutputFile.text(SCRIPT_PATH, script));
    }
}
