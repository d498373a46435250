package dev.briefing.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefing.markdown.Mention;
import dev.briefing.index.SiteIndex;
import dev.briefing.model.PartialDate;
import dev.briefing.model.Person;
import dev.briefing.model.PersonEvent;
import dev.briefing.model.Role;
import dev.briefing.model.SitePaths;
import dev.briefing.sitemodel.SiteModel;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code people.json}: the people registry with everything the site found about each person, for
 * other tools. Paths are relative to the site root; with a known base URL each also gets an
 * absolute {@code url}. Keys are written in a fixed order and the file is byte-identical for the
 * same input.
 *
 * <pre>
 * { "people": [ { "id": "nick-joseph", "name": "Nick Joseph", "aliases": ["Nicholas Joseph"],
 *     "roles": [ { "title": ..., "sources": [ { "article": ..., "path": "articles/....html" } ] } ],
 *     "mentions": [ { "article": ..., "anchor": "m-nick-joseph-1", "path": "articles/....html#m-nick-joseph-1",
 *                     "written": "Nick Joseph", "sentence": ... } ] } ] }
 * </pre>
 */
public final class PeopleJson implements OutputFormat {
    public static final String PATH = SitePaths.PEOPLE_JSON;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("").withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    @Override
    public String name() {
        return "people.json";
    }

    @Override
    public void write(SiteModel model, Output out) {
        out.write(PATH, out.memo(PATH, inputs(model), () -> {
            try {
                return WRITER.writeValueAsString(new Writer(model).root()) + "\n";
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e); // a tree of strings and numbers always serializes
            }
        }));
    }

    /** Everything the file says, so a rebuild that changed none of it writes the same file unmade. */
    private static List<Object> inputs(SiteModel model) {
        SiteIndex index = model.index();
        List<List<String>> mentions = index.mentionsByPerson().values().stream().flatMap(List::stream)
                .map(m -> List.of(m.personId(), m.articleSlug(), m.anchorId(), m.written(), m.sentence())).toList();
        List<List<String>> titles = index.articles().stream().map(a -> List.of(a.slug(), a.article().title())).toList();
        List<List<String>> organizations = index.organizations().all().stream()
                .map(o -> List.of(o.name(), o.slug())).toList();
        return List.of(index.site().title(), index.site().baseUrl(), index.people(), mentions, titles, organizations);
    }

    /** One writing of the file. */
    private static final class Writer {
        private final SiteIndex index;
        private final SiteModel model;
        private final Optional<String> baseUrl;

        Writer(SiteModel model) {
            this.index = model.index();
            this.model = model;
            this.baseUrl = index.site().baseUrl();
        }

        private ObjectNode root() {
            ObjectNode root = MAPPER.createObjectNode();
            ObjectNode site = root.putObject("site");
            site.put("title", index.site().title());
            baseUrl.ifPresent(u -> site.put("url", u));
            ArrayNode people = root.putArray("people");
            index.people().forEach(p -> people.add(person(p)));
            return root;
        }

        private ObjectNode person(Person p) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("id", p.id());
            o.put("name", p.name());
            ArrayNode aliases = o.putArray("aliases");
            p.aliases().forEach(aliases::add);
            o.put("description", p.description());
            link(o, SitePaths.person(p.id()));
            ArrayNode roles = o.putArray("roles");
            p.roles().forEach(r -> roles.add(role(r)));
            ArrayNode events = o.putArray("events");
            p.events().stream().sorted(java.util.Comparator.comparing(PersonEvent::date)).forEach(e -> {
                ObjectNode n = events.addObject();
                n.put("date", e.date().iso());
                n.put("what", e.what());
                sources(n, e.statedIn());
            });
            ArrayNode mentions = o.putArray("mentions");
            index.mentionsByPerson().getOrDefault(p.id(), List.of()).forEach(m -> mentions.add(mention(m)));
            return o;
        }

        private ObjectNode role(Role r) {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("title", r.title());
            r.organization().ifPresent(org -> {
                n.put("organization", org);
                String page = model.organizationPath(org);
                if (page != null) {
                    n.put("organizationPath", page);
                }
            });
            n.put("current", r.current());
            r.from().map(PartialDate::iso).ifPresent(d -> n.put("from", d));
            r.to().map(PartialDate::iso).ifPresent(d -> n.put("to", d));
            sources(n, r.statedIn());
            return n;
        }

        private ObjectNode mention(Mention m) {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("article", m.articleSlug());
            n.put("anchor", m.anchorId());
            link(n, SitePaths.article(m.articleSlug()) + "#" + m.anchorId());
            n.put("written", m.written());
            n.put("sentence", m.sentence());
            return n;
        }

        /** The articles stating a fact, each with its title and where it is on the site. */
        private void sources(ObjectNode n, List<String> slugs) {
            ArrayNode sources = n.putArray("sources");
            for (String slug : slugs) {
                index.article(slug).ifPresent(a -> {
                    ObjectNode s = sources.addObject();
                    s.put("article", slug);
                    s.put("title", a.article().title());
                    link(s, SitePaths.article(slug));
                });
            }
        }

        private void link(ObjectNode n, String path) {
            n.put("path", path);
            baseUrl.ifPresent(u -> n.put("url", u + path));
        }
    }
}
