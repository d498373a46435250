package dev.briefing.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Corpus-wide import scores, added up case by case: how often each front matter field is exactly
 * right (absent where the text states none counts as right), sentence recall, chrome leaked,
 * sources recalled, and facts written that the text does not state.
 */
final class CorpusScores {
    private static final List<String> FIELDS = List.of("title", "date", "author", "publisher", "section", "summary", "url");

    private int cases;
    private final int[] fieldRight = new int[FIELDS.size()];
    private int sentences;
    private int sentencesFound;
    private int chrome;
    private int chromeLeaked;
    private int sources;
    private int sourcesFound;
    private int invented;
    private final List<String> inventedWhere = new ArrayList<>();

    synchronized void add(String name, Map<String, Object> want, Map<String, Object> got, int sentenceCount,
            int found, int chromeCount, int leaked) {
        cases++;
        for (int i = 0; i < FIELDS.size(); i++) {
            fieldRight[i] += Objects.equals(want.get(FIELDS.get(i)), got.get(FIELDS.get(i))) ? 1 : 0;
        }
        sentences += sentenceCount;
        sentencesFound += found;
        chrome += chromeCount;
        chromeLeaked += leaked;
        List<Map<String, Object>> wantSources = sources(want);
        List<Map<String, Object>> gotSources = sources(got);
        sources += wantSources.size();
        sourcesFound += (int) wantSources.stream().filter(gotSources::contains).count();
        for (String key : new TreeSet<>(got.keySet())) {
            if (!key.equals("sources") && !Objects.equals(got.get(key), want.get(key))) {
                countInvented(name + ": " + key);
            }
        }
        for (Map<String, Object> source : gotSources) {
            Map<String, Object> match = wantSources.stream().filter(source::equals).findFirst()
                    .or(() -> wantSources.stream().filter(w -> Objects.equals(w.get("title"), source.get("title"))
                            && Objects.equals(w.get("publisher"), source.get("publisher"))).findFirst())
                    .or(() -> wantSources.stream().filter(w -> Objects.equals(w.get("title"), source.get("title"))).findFirst())
                    .orElse(Map.of());
            for (var field : source.entrySet()) {
                if (!Objects.equals(match.get(field.getKey()), field.getValue())) {
                    countInvented(name + ": source '" + source.get("title") + "' " + field.getKey());
                }
            }
        }
    }

    private void countInvented(String where) {
        invented++;
        inventedWhere.add(where);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sources(Map<String, Object> frontMatter) {
        return frontMatter.get("sources") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    synchronized String summary() {
        StringBuilder sb = new StringBuilder("Import corpus scores (" + cases + " cases)\n  fields right:");
        for (int i = 0; i < FIELDS.size(); i++) {
            sb.append(' ').append(FIELDS.get(i)).append(' ').append(fieldRight[i]).append('/').append(cases);
        }
        sb.append(String.format(Locale.ROOT, "%n  sentence recall %d/%d (%.1f%%), chrome leaked %d/%d, "
                + "source recall %d/%d, invented facts %d", sentencesFound, sentences, percent(sentencesFound, sentences),
                chromeLeaked, chrome, sourcesFound, sources, invented));
        if (!inventedWhere.isEmpty()) {
            sb.append("\n  not stated by the text: ").append(String.join("; ", inventedWhere));
        }
        return sb.toString();
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100 : 100.0 * part / whole;
    }
}
