package dev.briefing.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A built site's search index read back as the search page's script reads it: the manifest, every
 * term with its postings decoded, and each document's quotable text. Written from the format's
 * description, not from the code that writes it.
 */
public final class SearchIndexFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final Pattern CALL = Pattern.compile("(?s)briefingSearch\\.add\\(\"([a-z]+[0-9]+)\", (.*)\\);\n");

    /** A document's place in the index and what a result shows. */
    public record Doc(int id, String kind, String title, String path, String meta, List<String> sentences) {}

    public final JsonNode manifest;
    /** Every term, in the order of the shards, with document id → score in tenths. */
    public final Map<String, Map<Integer, Integer>> postings = new LinkedHashMap<>();
    /** First term of each shard as its file has it. */
    public final List<String> shardFirsts = new ArrayList<>();
    public final List<Doc> docs = new ArrayList<>();

    private SearchIndexFiles(Path site) throws IOException {
        String script = Files.readString(site.resolve("assets/search-index.js"));
        String prefix = "window.briefingSearchIndex = ";
        if (!script.startsWith(prefix) || !script.endsWith(";\n")) {
            throw new AssertionError("not a manifest: " + script);
        }
        manifest = JSON.readTree(script.substring(prefix.length(), script.length() - 2));
        for (int i = 0; i < manifest.get("shards").size(); i++) {
            JsonNode args = call(site, "t" + i);
            shardFirsts.add(args.get(0).get(0).asText());
            for (int j = 0; j < args.get(0).size(); j++) {
                postings.put(args.get(0).get(j).asText(), decode(args.get(1).get(j).asText()));
            }
        }
        int id = 0;
        for (JsonNode kind : manifest.get("kinds")) {
            String code = kind.get("code").asText();
            int count = kind.get("count").asInt();
            int perFile = kind.get("perFile").asInt();
            for (int n = 0; n < count; n++, id++) {
                JsonNode d = call(site, code + (n / perFile)).get(0).get(n % perFile);
                List<String> sentences = new ArrayList<>();
                d.get("s").forEach(s -> sentences.add(s.asText()));
                docs.add(new Doc(id, code, d.get("t").asText(), d.get("u").asText(),
                        d.has("m") ? d.get("m").asText() : null, List.copyOf(sentences)));
            }
        }
    }

    public static SearchIndexFiles read(Path site) {
        try {
            return new SearchIndexFiles(site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The arguments a file of the index passes to {@code briefingSearch.add} after its name, as JSON. */
    public static JsonNode call(Path site, String name) throws IOException {
        String text = Files.readString(site.resolve("assets/search/" + name + ".js"));
        Matcher m = CALL.matcher(text);
        if (!m.matches() || !m.group(1).equals(name)) {
            throw new AssertionError(name + ".js is not one call of briefingSearch.add: " + text);
        }
        return JSON.readTree("[" + m.group(2) + "]");
    }

    /** Documents holding a term, by id, with their scores. */
    public Map<Integer, Integer> docsWith(String term) {
        return postings.getOrDefault(term, Map.of());
    }

    public Doc doc(String path) {
        return docs.stream().filter(d -> d.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no document for " + path));
    }

    /** Gaps and scores as 5-bit groups, low first, a set sixth bit saying more follows. */
    static Map<Integer, Integer> decode(String postings) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        int[] at = {0};
        int doc = 0;
        while (at[0] < postings.length()) {
            doc += next(postings, at);
            out.put(doc, next(postings, at));
        }
        return out;
    }

    private static int next(String s, int[] at) {
        int value = 0;
        int shift = 0;
        int c;
        do {
            c = DIGITS.indexOf(s.charAt(at[0]++));
            value |= (c & 31) << shift;
            shift += 5;
        } while ((c & 32) != 0);
        return value;
    }
}
