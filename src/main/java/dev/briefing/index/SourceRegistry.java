package dev.briefing.index;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.markdown.SourceListItem;
import dev.briefing.model.Slugs;
import dev.briefing.model.Article;
import dev.briefing.model.CitedSource;
import dev.briefing.model.PartialDate;
import dev.briefing.model.SiteConfig;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the one bibliography of the site: every article as a primary document, and every work the
 * articles cite (front matter {@code sources:} and "Sources" lists in the text), merged when two
 * citations name the same work: same DOI, else same URL, else same normalized title and publisher.
 * Warns about every citation of a work that has no URL, at the citation's position.
 */
final class SourceRegistry {
    static final String NO_URL = "source has no URL";

    private SourceRegistry() {}

    /**
     * @param entries every bibliography entry: the articles, then the works they cite
     * @param itemAnchors for each article, the bibliography anchor of each item of its "Sources"
     *     lists, in order (null for an item that names no entry)
     */
    record Result(List<SourceEntry> entries, Map<String, List<String>> itemAnchors) {}

    static Result build(SiteConfig site, List<ParsedArticle> articles, Problems problems) {
        Map<String, Builder> primary = new LinkedHashMap<>();
        for (ParsedArticle pa : articles) {
            primary.put(pa.article().slug(), Builder.primary(pa.article(), site));
        }
        Works cited = new Works();
        Set<String> usedIds = new TreeSet<>(primary.keySet());
        Map<String, List<Builder>> textItems = new LinkedHashMap<>();
        for (ParsedArticle pa : articles) {
            Article a = pa.article();
            int order = 0;
            for (CitedSource s : a.sources()) {
                Builder b = cite(s, false, cited, usedIds, problems);
                if (b != null) {
                    b.cite(a.slug(), order++, s.position(), false);
                }
            }
            List<Builder> items = new ArrayList<>();
            for (SourceListItem item : pa.sourceItems()) {
                Builder b = item.articleSlug().isPresent() ? primary.get(item.articleSlug().get())
                        : cite(item.source().orElseThrow(), true, cited, usedIds, problems);
                items.add(b);
                if (b == null) {
                    continue; // a link to an unknown article: reported by the article link checker
                }
                b.cite(a.slug(), order++, item.position(), true);
            }
            textItems.put(a.slug(), items);
        }
        for (Builder b : cited.all) {
            if (b.url.isEmpty()) {
                b.citations.forEach(c -> problems.warning(c.position(), NO_URL));
            }
        }
        Map<String, List<String>> itemAnchors = new LinkedHashMap<>();
        textItems.forEach((slug, builders) -> itemAnchors.put(slug, builders.stream()
                .map(b -> b == null ? null : "src-" + b.id).collect(java.util.stream.Collectors.toList())));
        List<SourceEntry> all = new ArrayList<>();
        primary.values().forEach(b -> all.add(b.build(true)));
        cited.all.forEach(b -> all.add(b.build(false)));
        return new Result(List.copyOf(all), itemAnchors);
    }

    /** The entry this citation names, existing or new; null when its stated id is taken. */
    private static Builder cite(CitedSource s, boolean inText, Works cited, Set<String> usedIds,
            Problems problems) {
        Builder same = cited.find(s);
        if (same != null) {
            same.merge(s);
            cited.index(same);
            return same;
        }
        String id = s.id();
        if (usedIds.contains(id)) {
            if (s.idStated() && !inText) {
                problems.error(s.position(), "duplicate source id '" + id
                        + "': another work already uses it; give this source its own 'id'");
                return null;
            }
            id = uniqueId(s, usedIds);
        }
        usedIds.add(id);
        Builder b = new Builder(id, s.title(), s.publisher(), s.author(), s.date(), s.url(), s.doi(), s.accessed(),
                Optional.empty());
        cited.add(b);
        return b;
    }

    /**
     * An id for a work whose title-derived id another work already has (one headline, two
     * outlets): the title with the publisher, else with the URL's host, so the id does not depend
     * on which article was read first; a number only when even those are taken.
     */
    static String uniqueId(CitedSource s, Set<String> usedIds) {
        List<String> candidates = new ArrayList<>();
        s.publisher().map(Slugs::of).ifPresent(p -> candidates.add(s.id() + "-" + p));
        s.url().map(SourceRegistry::host).filter(h -> !h.isEmpty()).map(Slugs::of)
                .ifPresent(h -> candidates.add(s.id() + "-" + h));
        for (String candidate : candidates) {
            if (!usedIds.contains(candidate)) {
                return candidate;
            }
        }
        String base = candidates.isEmpty() ? s.id() : candidates.get(candidates.size() - 1);
        int n = 2;
        while (usedIds.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }

    private static String host(String url) {
        return url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://(www\\.)?", "").replaceFirst("[/?#:].*$", "");
    }

    /**
     * The cited works so far, indexed by DOI, URL and normalized title + publisher, so finding the
     * work a citation names costs a few hash look-ups instead of a scan of every work: two citations
     * can only be the same work if they share one of these keys.
     */
    private static final class Works {
        final List<Builder> all = new ArrayList<>();
        private final Map<String, List<Builder>> byKey = new java.util.HashMap<>();

        void add(Builder b) {
            b.order = all.size();
            all.add(b);
            index(b);
        }

        /** (Re-)indexes a work under its keys; merging may have given it a URL or DOI. */
        void index(Builder b) {
            for (String key : b.keys()) {
                List<Builder> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(b)) {
                    list.add(b);
                }
            }
        }

        /** The first work, in citation order, that this citation names; null if none. */
        Builder find(CitedSource s) {
            Builder first = null;
            for (String key : keys(s.doi(), s.url(), s.title(), s.publisher())) {
                for (Builder b : byKey.getOrDefault(key, List.of())) {
                    if ((first == null || b.order < first.order) && b.sameWork(s)) {
                        first = b;
                    }
                }
            }
            return first;
        }
    }

    static List<String> keys(Optional<String> doi, Optional<String> url, String title, Optional<String> publisher) {
        List<String> keys = new ArrayList<>(3);
        doi.ifPresent(d -> keys.add("doi:" + d.toLowerCase(Locale.ROOT)));
        url.ifPresent(u -> keys.add("url:" + urlKey(u)));
        keys.add(titleKey(title, publisher));
        return keys;
    }

    static String titleKey(String title, Optional<String> publisher) {
        return "title:" + normalize(title) + "|" + publisher.map(SourceRegistry::normalize).orElse("");
    }

    static String urlKey(String url) {
        return url.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "").replaceFirst("#.*$", "");
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    static String normalize(String text) {
        String folded = isPlainAscii(text) ? text.toLowerCase(Locale.ROOT)
                : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        return NOT_WORD.matcher(folded).replaceAll(" ").strip();
    }

    /** Most titles need no Unicode folding: printable ASCII is already what NFKC gives. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static final class Builder {
        final String id;
        final String title;
        Optional<String> publisher;
        Optional<String> author;
        Optional<PartialDate> date;
        Optional<String> url;
        Optional<String> doi;
        Optional<PartialDate> accessed;
        final Optional<String> articleSlug;
        final List<SourceEntry.Citation> citations = new ArrayList<>();
        /** Position among cited works, so the first of several candidates wins as before. */
        int order;
        private String titleKey;

        Builder(String id, String title, Optional<String> publisher, Optional<String> author,
                Optional<PartialDate> date, Optional<String> url, Optional<String> doi, Optional<PartialDate> accessed,
                Optional<String> articleSlug) {
            this.id = id;
            this.title = title;
            this.publisher = publisher;
            this.author = author;
            this.date = date;
            this.url = url;
            this.doi = doi;
            this.accessed = accessed;
            this.articleSlug = articleSlug;
        }

        /**
         * An article as a document the briefing publishes: its own publisher, else the briefing; its
         * original URL, else its page on the site when the site's address is known.
         */
        static Builder primary(Article a, SiteConfig site) {
            Optional<String> url = a.url().or(() -> site.baseUrl().map(b -> b + "articles/" + a.slug() + ".html"));
            return new Builder(a.slug(), a.title(), a.publisher().or(() -> Optional.of(site.title())), a.author(),
                    a.date(), url, Optional.empty(), Optional.empty(), Optional.of(a.slug()));
        }

        boolean sameWork(CitedSource s) {
            if (doi.isPresent() && s.doi().isPresent()) {
                return doi.get().equalsIgnoreCase(s.doi().get());
            }
            if (url.isPresent() && s.url().isPresent()) {
                return urlKey(url.get()).equals(urlKey(s.url().get()));
            }
            return titleKey().equals(SourceRegistry.titleKey(s.title(), s.publisher()));
        }

        String titleKey() {
            if (titleKey == null) {
                titleKey = SourceRegistry.titleKey(title, publisher);
            }
            return titleKey;
        }

        List<String> keys() {
            return SourceRegistry.keys(doi, url, title, publisher);
        }

        /** Fills facts this entry lacks from another citation of the same work; keeps the first otherwise. */
        void merge(CitedSource s) {
            publisher = publisher.or(s::publisher);
            titleKey = null;
            author = author.or(s::author);
            date = date.or(s::date);
            url = url.or(s::url);
            doi = doi.or(s::doi);
            accessed = accessed.or(s::accessed);
        }

        void cite(String slug, int order, SourcePosition at, boolean inText) {
            citations.add(new SourceEntry.Citation(slug, order, at, inText));
        }

        SourceEntry build(boolean isPrimary) {
            List<String> citedBy = citations.stream().map(SourceEntry.Citation::articleSlug).distinct().toList();
            return new SourceEntry(id, title, publisher, author, date, url, doi, accessed, isPrimary, articleSlug,
                    citedBy, List.copyOf(citations));
        }
    }
}
