package dev.briefing.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefing.index.SiteIndex;
import dev.briefing.index.SourceEntry;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Article;
import dev.briefing.model.PartialDate;
import dev.briefing.model.Person;
import dev.briefing.model.Role;
import dev.briefing.model.SitePaths;
import java.util.List;
import java.util.Optional;

/**
 * schema.org structured data for each page, as JSON-LD built with Jackson: {@code WebSite} on the
 * home page, {@code NewsArticle} on article pages, {@code Person} on person pages and
 * {@code CollectionPage} on listings.
 *
 * <p>URLs are absolute when the base URL is known. Without it they are relative to the page the
 * script sits in: schema.org's context types {@code url} as an IRI, and JSON-LD resolves relative
 * IRIs against the document's own address, so they still name the right page instead of a guessed
 * host. Dates are written as precise as the article states them ({@code 2026-05} stays a month).
 */
public final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Indented with {@code \n} on every platform, so output is byte-identical everywhere. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final SiteIndex index;
    private final SiteUrls urls;

    public JsonLd(SiteIndex index) {
        this.index = index;
        this.urls = new SiteUrls(index.site().baseUrl());
    }

    public String home() {
        ObjectNode site = node("WebSite");
        site.put("name", index.site().title());
        putIfPresent(site, "description", index.site().description());
        site.put("inLanguage", index.site().language());
        site.put("url", urls.from("index.html", "index.html"));
        urls.absolute("search.html").ifPresent(search -> {
            // Search engines only accept an absolute URL template here.
            ObjectNode action = site.putObject("potentialAction");
            action.put("@type", "SearchAction");
            action.put("target", search + "?q={search_term_string}");
            action.put("query-input", "required name=search_term_string");
        });
        return script(site);
    }

    public String article(ParsedArticle pa, String pagePath) {
        Article a = pa.article();
        ObjectNode n = node("NewsArticle");
        n.put("headline", a.title());
        a.summary().ifPresent(s -> n.put("description", s));
        n.put("inLanguage", index.site().language());
        n.put("url", urls.from(pagePath, pagePath));
        n.put("mainEntityOfPage", urls.from(pagePath, pagePath));
        a.date().map(PartialDate::iso).ifPresent(d -> n.put("datePublished", d));
        a.section().ifPresent(s -> n.put("articleSection", s));
        boolean authorIsPublisher = a.author().isPresent() && a.author().equals(a.publisher());
        a.author().ifPresent(name -> n.set("author", named(authorIsPublisher ? "Organization" : "Person", name)));
        ObjectNode publisher = a.publisher().map(name -> named("Organization", name)).orElseGet(() -> {
            // No outside publisher stated: the briefing itself publishes the article.
            ObjectNode site = named("Organization", index.site().title());
            site.put("url", urls.from(pagePath, "index.html"));
            return site;
        });
        n.set("publisher", publisher);
        a.url().ifPresent(u -> n.put("isBasedOn", u));
        ArrayNode mentions = n.putArray("mentions");
        index.peopleIn(a.slug()).forEach(id -> mentions.add(personRef(index.person(id).orElseThrow(), pagePath)));
        ArrayNode citations = n.putArray("citation");
        index.sourcesCitedBy(a.slug()).forEach(s -> citations.add(creativeWork(s)));
        ObjectNode partOf = named("WebSite", index.site().title());
        partOf.put("url", urls.from(pagePath, "index.html"));
        n.set("isPartOf", partOf);
        return script(n);
    }

    public String person(Person p, String pagePath) {
        ObjectNode n = node("Person");
        n.put("name", p.name());
        if (!p.aliases().isEmpty()) {
            ArrayNode alt = n.putArray("alternateName");
            p.aliases().forEach(alt::add);
        }
        putIfPresent(n, "description", p.description());
        n.put("url", urls.from(pagePath, pagePath));
        List<Role> current = p.roles().stream().filter(Role::current).toList();
        if (!current.isEmpty()) {
            ArrayNode titles = n.putArray("jobTitle");
            current.forEach(r -> titles.add(r.title()));
            ArrayNode orgs = n.putArray("affiliation");
            current.stream().map(Role::organization).flatMap(Optional::stream).distinct()
                    .forEach(o -> orgs.add(named("Organization", o)));
            if (orgs.isEmpty()) {
                n.remove("affiliation");
            }
        }
        return script(n);
    }

    /** A listing page (people index, bibliography, search): a {@code CollectionPage} of its items. */
    public String collection(String pagePath, String name, List<String> itemPaths) {
        ObjectNode n = node(pagePath.equals("search.html") ? "SearchResultsPage" : "CollectionPage");
        n.put("name", name);
        n.put("url", urls.from(pagePath, pagePath));
        ObjectNode list = n.putObject("mainEntity");
        list.put("@type", "ItemList");
        ArrayNode items = list.putArray("itemListElement");
        for (int i = 0; i < itemPaths.size(); i++) {
            ObjectNode item = items.addObject();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("url", urls.from(pagePath, itemPaths.get(i)));
        }
        return script(n);
    }

    /** A page that is not part of the site's content (the 404 page): names the site only. */
    public String plainPage(String name) {
        ObjectNode n = node("WebPage");
        n.put("name", name);
        n.set("isPartOf", named("WebSite", index.site().title()));
        return script(n);
    }

    private ObjectNode personRef(Person p, String fromPage) {
        ObjectNode n = named("Person", p.name());
        n.put("url", urls.from(fromPage, SitePaths.person(p.id())));
        return n;
    }

    private static ObjectNode creativeWork(SourceEntry s) {
        ObjectNode n = named("CreativeWork", s.title());
        s.author().filter(a -> !s.author().equals(s.publisher())).ifPresent(a -> n.set("author", named("Person", a)));
        s.publisher().ifPresent(p -> n.set("publisher", named("Organization", p)));
        s.date().map(PartialDate::iso).ifPresent(d -> n.put("datePublished", d));
        s.url().ifPresent(u -> n.put("url", u));
        return n;
    }

    private static ObjectNode node(String type) {
        ObjectNode n = JSON.createObjectNode();
        n.put("@context", "https://schema.org");
        n.put("@type", type);
        return n;
    }

    private static ObjectNode named(String type, String name) {
        ObjectNode n = JSON.createObjectNode();
        n.put("@type", type);
        n.put("name", name);
        return n;
    }

    private static void putIfPresent(ObjectNode n, String key, String value) {
        if (value != null && !value.isBlank()) {
            n.put(key, value);
        }
    }

    /**
     * Serialises for a {@code <script>} element. {@code <} can only occur inside JSON strings, where
     * {@code \u003c} means the same character, so escaping every one keeps article text from ever
     * closing the script element ({@code </script>}) or opening a comment ({@code <!--}).
     */
    static String script(ObjectNode n) {
        try {
            return JSON.writer(PRETTY).writeValueAsString(n).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }
}
