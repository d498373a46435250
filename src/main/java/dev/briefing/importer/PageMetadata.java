package dev.briefing.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.model.PartialDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved page's {@link PageFacts}: JSON-LD first (what the publisher gives search engines),
 * then {@code og:}/{@code article:} meta, then the page's own elements. Only stated values are
 * taken; a date is taken as the page writes it (its local day, not converted to UTC).
 */
final class PageMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ].*)?");
    private static final Pattern ARTICLE_TYPE = Pattern.compile(".*(Article|BlogPosting|Posting|Report)");
    /** Classes and ids of the author's bio box (themes name it alike). */
    private static final String AUTHOR_BIO = "[class~=(?i)author-(bio|description|info|box)|about-author]";
    private static final int MAX_BIO_CHARS = 400;

    private PageMetadata() {}

    static PageFacts of(Document doc) {
        JsonNode ld = articleJsonLd(doc);
        Optional<String> publisher = text(ld, n -> name(n.get("publisher")))
                .or(() -> meta(doc, "meta[property=og:site_name]"))
                .or(() -> meta(doc, "meta[name=application-name]"));
        Optional<String> title = text(ld, n -> n.path("headline").asText(null))
                .or(() -> meta(doc, "meta[property=og:title]"))
                .or(() -> first(doc, "h1"))
                .or(() -> Optional.of(doc.title()).filter(t -> !t.isBlank()))
                .map(t -> withoutSiteName(t, publisher));
        Optional<PartialDate> date = text(ld, n -> n.path("datePublished").asText(null))
                .or(() -> meta(doc, "meta[property=article:published_time]"))
                .or(() -> attribute(doc, "article time[datetime], main time[datetime], time[datetime][pubdate], "
                        + "time[datetime][itemprop=datePublished], time[datetime].published", "datetime"))
                .or(() -> doc.select("time[datetime]").stream()
                        .filter(t -> t.closest("[class~=(?i)comment], [id~=(?i)comment]") == null)
                        .map(t -> t.attr("datetime")).findFirst())
                .flatMap(PageMetadata::day);
        Optional<String> section = text(ld, n -> firstText(n.get("articleSection")))
                .or(() -> meta(doc, "meta[property=article:section]"))
                .or(() -> first(doc, "article a[rel~=category]"))
                .or(() -> breadcrumb(doc, title));
        Optional<String> summary = text(ld, n -> n.path("description").asText(null))
                .or(() -> meta(doc, "meta[property=og:description]"))
                .or(() -> meta(doc, "meta[name=description]"));
        Optional<String> url = attribute(doc, "link[rel=canonical]", "abs:href")
                .or(() -> meta(doc, "meta[property=og:url]"))
                .or(() -> text(ld, n -> n.path("url").asText(null)))
                .filter(u -> u.matches("https?://\\S+"));
        return new PageFacts(title, date, authors(doc, ld), authorBio(doc), publisher, section, summary, url);
    }

    /** The first JSON-LD object of an article type, also inside {@code @graph} and arrays. */
    private static JsonNode articleJsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (JsonProcessingException e) {
                // A page's broken JSON-LD states nothing; the meta tags still may.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        if (types.stream().anyMatch(t -> ARTICLE_TYPE.matcher(t).matches())) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    private static List<String> authors(Document doc, JsonNode ld) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        JsonNode author = ld == null ? null : ld.get("author");
        if (author != null && author.isArray()) {
            author.forEach(a -> Optional.ofNullable(name(a)).ifPresent(names::add));
        } else if (author != null) {
            Optional.ofNullable(name(author)).ifPresent(names::add);
        }
        if (names.isEmpty()) {
            meta(doc, "meta[name=author]").ifPresent(m -> names.addAll(Byline.names(m)));
        }
        if (names.isEmpty()) {
            first(doc, "[rel=author], [itemprop=author], .byline, .author-name, .author")
                    .flatMap(Byline::parse).ifPresent(b -> names.addAll(b.authors()));
        }
        if (names.isEmpty()) {
            // Elements that mark their text as the author's name, without "By": taken when it is a person's name.
            first(doc, "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .author-name")
                    .filter(n -> Byline.isPersonName(n) && !n.matches("(?i)(our|the|staff)\\b.*"))
                    .ifPresent(names::add);
        }
        names.removeIf(n -> n.isBlank() || n.matches("(?i)https?://.*") || !LineShapes.isNameShaped(n));
        return List.copyOf(names);
    }

    private static Optional<String> authorBio(Document doc) {
        Element box = doc.selectFirst(AUTHOR_BIO);
        if (box == null) {
            return Optional.empty();
        }
        Element p = box.selectFirst("p");
        String text = (p != null ? p : box).text().strip();
        return Optional.of(text).filter(t -> !t.isEmpty() && t.length() <= MAX_BIO_CHARS);
    }

    /** The last breadcrumb that is not the article itself. */
    private static Optional<String> breadcrumb(Document doc, Optional<String> title) {
        Element crumbs = doc.selectFirst("[class~=(?i)breadcrumb], [id~=(?i)breadcrumb]");
        if (crumbs == null) {
            return Optional.empty();
        }
        List<String> items = crumbs.select("a, span, li").eachText().stream().map(String::strip)
                .filter(t -> !t.isEmpty() && !title.filter(t::equals).isPresent()).toList();
        return items.size() >= 2 ? Optional.of(items.get(items.size() - 1)) : Optional.empty();
    }

    /** "Headline | Site" and the like: the headline, when the site's name is known. */
    static String withoutSiteName(String title, Optional<String> site) {
        String t = title.strip();
        if (site.isEmpty()) {
            return t;
        }
        for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " • ")) {
            if (t.endsWith(sep + site.get())) {
                return t.substring(0, t.length() - sep.length() - site.get().length()).strip();
            }
        }
        return t;
    }

    private static Optional<PartialDate> day(String value) {
        var m = ISO_DAY.matcher(value.strip());
        if (m.matches()) {
            return PartialDate.parse(m.group(1), new StringBuilder());
        }
        return DateLine.parse(value).map(DateLine::date);
    }

    private static String name(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : name(n.get(0));
        }
        if (n.isTextual()) {
            return n.asText().strip();
        }
        JsonNode name = n.get("name");
        return name != null && name.isTextual() ? name.asText().strip() : null;
    }

    private static String firstText(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : n.get(0).asText(null);
        }
        return n.asText(null);
    }

    private static Optional<String> text(JsonNode ld, Function<JsonNode, String> field) {
        if (ld == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(field.apply(ld)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<String> meta(Document doc, String query) {
        return attribute(doc, query, "content");
    }

    private static Optional<String> attribute(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        return e == null ? Optional.empty() : Optional.of(e.attr(attribute).strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> first(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? Optional.empty() : Optional.of(e.text().strip()).filter(s -> !s.isEmpty());
    }
}
