package dev.briefing.load;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.model.SiteConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code content/site.yaml}. */
final class SiteConfigLoader {
    static final Set<String> CITATION_STYLES = Set.of("apa", "chicago-author-date", "modern-language-association", "ieee");

    private SiteConfigLoader() {}

    static SiteConfig load(Path file, Path contentDir, Problems problems) {
        Optional<String> text = ContentText.read(file, contentDir, problems);
        if (text.isEmpty()) {
            return defaults();
        }
        int errorsBefore = problems.errorCount();
        var root = Yaml.parse(text.get(), file, 0, problems);
        if (root.isEmpty()) {
            if (problems.errorCount() == errorsBefore) {
                problems.error(SourcePosition.startOf(file), "missing required field 'title' (the site's title): "
                        + "site.yaml is empty");
            }
            return defaults();
        }
        var yaml = YamlMap.of(root.get(), file, 0, problems, "site.yaml");
        if (yaml.isEmpty()) {
            return defaults();
        }
        YamlMap y = yaml.get();
        String title = y.requiredString("title", "the site's title").orElse("Briefing");
        String description = y.string("description").orElse("");
        String language = y.string("language").orElse("en");
        Optional<String> baseUrl = y.string("base_url").flatMap(u -> normalizeBaseUrl(u, y.position("base_url"), problems));
        String style = y.string("citation_style").orElse("apa");
        if (!CITATION_STYLES.contains(style)) {
            problems.error(y.position("citation_style"), "unknown citation style '" + style
                    + "' (choose one of: " + String.join(", ", new java.util.TreeSet<>(CITATION_STYLES)) + ")");
            style = "apa";
        }
        boolean linkEvery = y.bool("link_every_mention", false);
        String unsubscribe = y.string("unsubscribe_url")
                .flatMap(u -> Urls.unsubscribe(u, y.position("unsubscribe_url"), problems)).orElse("{{unsubscribe_url}}");
        Optional<String> cname = y.string("cname").flatMap(c -> Urls.hostName(c, y.position("cname"), problems));
        List<String> stopList = y.strings("name_stop_list");
        int digestArticles = y.wholeNumber("digest_articles", 1, SiteConfig.MAX_DIGEST_ARTICLES)
                .orElse(SiteConfig.DEFAULT_DIGEST_ARTICLES);
        Map<String, Object> extra = y.plain("extra");
        y.rejectUnknown("site.yaml");
        return new SiteConfig(title, description, language, baseUrl, style, linkEvery, unsubscribe, cname, stopList, digestArticles,
                extra);
    }

    /** Accepts http(s) URLs only and makes sure they end in a slash, so relative paths append. */
    static Optional<String> normalizeBaseUrl(String url, SourcePosition at, Problems problems) {
        return Urls.base(url, at, problems);
    }

    static SiteConfig defaults() {
        return new SiteConfig("Briefing", "", "en", Optional.empty(), "apa", false, "{{unsubscribe_url}}",
                Optional.empty(), List.of(), SiteConfig.DEFAULT_DIGEST_ARTICLES, Map.of());
    }
}
