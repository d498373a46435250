package dev.briefing.discover;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefing.discover.SearchDocument.Kind;
import dev.briefing.model.SitePaths;
import dev.briefing.model.Utf8Text;
import dev.briefing.render.Output;
import dev.briefing.render.OutputFormat;
import dev.briefing.sitemodel.SiteModel;
import dev.briefing.sitemodel.Views.ArticleSummary;
import dev.briefing.sitemodel.Views.PersonSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The search page's data, built once at build time, and {@code search-index.json} (articles and
 * people, for other tools).
 *
 * <p>The full-text index is made of script files, not JSON to fetch, because browsers refuse
 * {@code fetch()} on {@code file://} pages; the search page's script adds a {@code <script>}
 * element for each file it needs. A search loads the small {@code assets/search-index.js} (where
 * each shard starts, how documents are numbered), the term shards of the words typed
 * ({@code assets/search/t<n>.js}, see {@link FullTextIndex}), then the quotable text of the
 * results it shows ({@code assets/search/<kind><n>.js}: one article, or 50 people, organizations or
 * sources, a file), to pick and highlight the sentence that matched.
 *
 * <pre>
 * search-index.js: window.briefingSearchIndex = {"version": 2, "shards": ["0", "cieslak", …],
 *                    "kinds": [{"code": "a", "count": 1000, "perFile": 1}, …], "scale": 10};
 * t3.js:           briefingSearch.add("t3", ["cieslak", "cieslaks", …], ["BcDq…", …]);
 * a17.js:          briefingSearch.add("a17", [{"t": title, "u": path, "m": "June 12, 2024 · Lab Notes",
 *                    "s": [sentence, …]}]);
 * </pre>
 */
public final class SearchIndex implements OutputFormat {
    public static final String JSON_PATH = SitePaths.SEARCH_INDEX_JSON;
    public static final String SCRIPT_PATH = SitePaths.SEARCH_INDEX_SCRIPT;
    /** Folder of the term shards and the quotable text, beside the manifest. */
    public static final String FOLDER = "assets/search/";
    /** About this many characters of index a shard: a search for one word loads one or two. */
    static final int SHARD_CHARS = 16_000;
    static final int VERSION = 2;

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
        List<SearchDocument> docs = SearchDocuments.of(model);
        Locale locale = Locale.forLanguageTag(model.site().language());
        Map<String, byte[]> files = out.memo(FOLDER, List.of(docs, locale), () -> files(docs, locale));
        files.forEach(out::write);
    }

    /** Every file of the full-text index, by path. */
    static Map<String, byte[]> files(List<SearchDocument> docs, Locale locale) {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        List<FullTextIndex.Shard> shards = FullTextIndex.build(docs, SHARD_CHARS);
        IntStream.range(0, shards.size()).parallel().forEach(i -> files.put(FOLDER + "t" + i + ".js",
                ScriptData.write("briefingSearch.add(\"t" + i + "\", ", out -> {
                    out.writeStartArray();
                    for (String t : shards.get(i).terms()) {
                        out.writeString(t);
                    }
                    out.writeEndArray();
                    out.writeRaw(", ");
                    out.writeStartArray();
                    for (String p : shards.get(i).postings()) {
                        out.writeString(p);
                    }
                    out.writeEndArray();
                }, ");\n")));

        List<Group> groups = groups(docs);
        groups.parallelStream().forEach(g -> files.put(FOLDER + g.name() + ".js",
                ScriptData.write("briefingSearch.add(\"" + g.name() + "\", ", out -> {
                    out.writeStartArray();
                    for (SearchDocument d : g.docs()) {
                        quotable(d, locale, out);
                    }
                    out.writeEndArray();
                }, ");\n")));

        files.put(SCRIPT_PATH, ScriptData.write("window.briefingSearchIndex = ", out -> {
            out.writeStartObject();
            out.writeNumberField("version", VERSION);
            out.writeArrayFieldStart("shards");
            for (FullTextIndex.Shard s : shards) {
                out.writeString(s.terms().get(0));
            }
            out.writeEndArray();
            out.writeArrayFieldStart("kinds");
            for (Kind k : Kind.values()) {
                out.writeStartObject();
                out.writeStringField("code", k.code);
                out.writeNumberField("count", docs.stream().filter(d -> d.kind() == k).count());
                out.writeNumberField("perFile", k.perFile);
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeNumberField("scale", FullTextIndex.SCALE);
            out.writeEndObject();
        }, ";\n"));
        return Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** Documents of one file of quotable text, named by kind and number: {@code a17}, {@code p0}. */
    private record Group(String name, List<SearchDocument> docs) {}

    private static List<Group> groups(List<SearchDocument> docs) {
        List<Group> groups = new ArrayList<>();
        int i = 0;
        while (i < docs.size()) {
            Kind kind = docs.get(i).kind();
            int first = i;
            while (i < docs.size() && docs.get(i).kind() == kind) {
                i++;
            }
            for (int from = first, n = 0; from < i; from += kind.perFile, n++) {
                groups.add(new Group(kind.code + n, docs.subList(from, Math.min(i, from + kind.perFile))));
            }
        }
        return groups;
    }

    private static void quotable(SearchDocument d, Locale locale, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("t", d.title());
        out.writeStringField("u", d.path());
        if (d.meta() != null) {
            out.writeStringField("m", d.meta());
        }
        out.writeArrayFieldStart("s");
        for (Utf8Text text : d.text()) {
            for (String line : text.toString().split("\n")) {
                for (String sentence : SearchText.sentences(line, locale)) {
                    out.writeString(sentence);
                }
            }
        }
        out.writeEndArray();
        out.writeEndObject();
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
