package dev.briefing.discover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefing.model.SitePaths;
import dev.briefing.render.Output;
import dev.briefing.render.OutputFormat;
import dev.briefing.sitemodel.SiteModel;
import dev.briefing.sitemodel.Views.ArticleSummary;
import dev.briefing.sitemodel.Views.PersonSummary;
import java.util.List;

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
public final class SearchIndex implements OutputFormat {
    public static final String JSON_PATH = SitePaths.SEARCH_INDEX_JSON;
    public static final String SCRIPT_PATH = SitePaths.SEARCH_INDEX_SCRIPT;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "search index";
    }

    @Override
    public void write(SiteModel model, Output out) {
        String json = out.memo(JSON_PATH, List.of(model.articleSummaries(), model.personSummaries(),
                model.index().people()), () -> json(model));
        out.write(JSON_PATH, json + "\n");
        // In a script, "</script" or "<!--" inside a string would still end or confuse the element.
        out.write(SCRIPT_PATH, "window.briefingSearchIndex = " + json.replace("<", "\\u003c") + ";\n");
    }

    private static String json(SiteModel model) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (ArticleSummary a : model.articleSummaries()) {
            ObjectNode n = articles.addObject();
            n.put("title", a.title());
            if (a.summary() != null) {
                n.put("summary", a.summary());
            }
            n.put("path", a.path());
        }
        ArrayNode persons = root.putArray("people");
        for (PersonSummary p : model.personSummaries()) {
            ObjectNode n = persons.addObject();
            n.put("name", p.name());
            ArrayNode aliases = n.putArray("aliases");
            model.index().person(p.id()).orElseThrow().aliases().forEach(aliases::add);
            n.put("headline", p.headline());
            n.put("path", p.path());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
    }
}
