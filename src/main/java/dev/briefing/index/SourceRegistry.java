package dev.briefing.index;

import dev.briefing.errors.Problems;
import dev.briefing.model.Article;
import dev.briefing.model.CitedSource;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the one bibliography of the site: every article as a primary document, and every work the
 * articles cite, merged when two articles cite the same work (same URL, else same normalized title
 * and publisher).
 */
final class SourceRegistry {
    private SourceRegistry() {}

    static List<SourceEntry> build(List<Article> articles, Problems problems) {
        List<SourceEntry> primary = new ArrayList<>();
        for (Article a : articles) {
            primary.add(new SourceEntry(a.slug(), a.title(), a.publisher(), a.author(), a.date(), a.url(), true,
                    Optional.of(a.slug()), List.of()));
        }
        Map<String, Builder> cited = new LinkedHashMap<>();
        Map<String, String> keyById = new LinkedHashMap<>();
        for (Article a : articles) {
            for (CitedSource s : a.sources()) {
                String key = key(s);
                Builder b = cited.get(key);
                if (b == null) {
                    String other = keyById.putIfAbsent(s.id(), key);
                    if (other != null || articles.stream().anyMatch(x -> x.slug().equals(s.id()))) {
                        problems.error(s.position(), "duplicate source id '" + s.id()
                                + "': another work already uses it; give this source its own 'id'");
                        continue;
                    }
                    b = new Builder(s);
                    cited.put(key, b);
                }
                if (!b.citedBy.contains(a.slug())) {
                    b.citedBy.add(a.slug());
                }
            }
        }
        List<SourceEntry> all = new ArrayList<>(primary);
        cited.values().forEach(b -> all.add(b.build()));
        return List.copyOf(all);
    }

    private static String key(CitedSource s) {
        if (s.url().isPresent()) {
            return "url:" + s.url().get().replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "");
        }
        return "title:" + normalize(s.title()) + "|" + s.publisher().map(SourceRegistry::normalize).orElse("");
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[’‘]", "'").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static final class Builder {
        final CitedSource first;
        final List<String> citedBy = new ArrayList<>();

        Builder(CitedSource first) {
            this.first = first;
        }

        SourceEntry build() {
            return new SourceEntry(first.id(), first.title(), first.publisher(), first.author(), first.date(),
                    first.url(), false, Optional.empty(), List.copyOf(citedBy));
        }
    }
}
