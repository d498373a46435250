package dev.briefing.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.briefing.index.SiteIndex;
import dev.briefing.markdown.Mention;
import dev.briefing.model.Person;
import dev.briefing.model.PersonEvent;
import dev.briefing.model.Role;
import dev.briefing.model.SitePaths;
import dev.briefing.sitemodel.SiteModel;
import java.io.IOException;
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

    private static final JsonFactory JSON = new JsonFactory();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("").withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    @Override
    public boolean runsBeside() {
        return true;
    }

    @Override
    public String name() {
        return "people.json";
    }

    @Override
    public void write(SiteModel model, Output out) {
        out.writeStreamed(PATH, () -> inputs(model), stream -> {
            new Writer(model).json(stream);
            return true;
        });
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

    /**
     * One writing of the file, streamed as UTF-8 straight from the model: at 10,000 articles it
     * holds every mention's sentence (170 MB), which a tree of nodes and then one string would
     * each hold again.
     */
    private static final class Writer {
        private final SiteIndex index;
        private final SiteModel model;
        private final Optional<String> baseUrl;
        private JsonGenerator g;

        Writer(SiteModel model) {
            this.index = model.index();
            this.model = model;
            this.baseUrl = index.site().baseUrl();
        }

        void json(java.io.OutputStream bytes) throws IOException {
            // The generator must not close the stream: the sink closes it after the last line.
            try (JsonGenerator generator = JSON.createGenerator(bytes, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                g = generator;
                g.setPrettyPrinter(PRETTY.createInstance());
                g.writeStartObject();
                g.writeObjectFieldStart("site");
                g.writeStringField("title", index.site().title());
                if (baseUrl.isPresent()) {
                    g.writeStringField("url", baseUrl.get());
                }
                g.writeEndObject();
                g.writeArrayFieldStart("people");
                for (Person p : index.people()) {
                    person(p);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            bytes.write('\n');
        }

        private void person(Person p) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", p.id());
            g.writeStringField("name", p.name());
            g.writeArrayFieldStart("aliases");
            for (String alias : p.aliases()) {
                g.writeString(alias);
            }
            g.writeEndArray();
            g.writeStringField("description", p.description());
            link(SitePaths.person(p.id()));
            g.writeArrayFieldStart("roles");
            for (Role r : p.roles()) {
                role(r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (PersonEvent e : p.events().stream().sorted(java.util.Comparator.comparing(PersonEvent::date)).toList()) {
                g.writeStartObject();
                g.writeStringField("date", e.date().iso());
                g.writeStringField("what", e.what());
                sources(e.statedIn());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("mentions");
            for (Mention m : index.mentionsByPerson().getOrDefault(p.id(), List.of())) {
                mention(m);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void role(Role r) throws IOException {
            g.writeStartObject();
            g.writeStringField("title", r.title());
            if (r.organization().isPresent()) {
                String org = r.organization().get();
                g.writeStringField("organization", org);
                String page = model.organizationPath(org);
                if (page != null) {
                    g.writeStringField("organizationPath", page);
                }
            }
            g.writeBooleanField("current", r.current());
            if (r.from().isPresent()) {
                g.writeStringField("from", r.from().get().iso());
            }
            if (r.to().isPresent()) {
                g.writeStringField("to", r.to().get().iso());
            }
            sources(r.statedIn());
            g.writeEndObject();
        }

        private void mention(Mention m) throws IOException {
            g.writeStartObject();
            g.writeStringField("article", m.articleSlug());
            g.writeStringField("anchor", m.anchorId());
            link(SitePaths.article(m.articleSlug()) + "#" + m.anchorId());
            g.writeStringField("written", m.written());
            g.writeStringField("sentence", m.sentence());
            g.writeEndObject();
        }

        /** The articles stating a fact, each with its title and where it is on the site. */
        private void sources(List<String> slugs) throws IOException {
            g.writeArrayFieldStart("sources");
            for (String slug : slugs) {
                var article = index.article(slug);
                if (article.isPresent()) {
                    g.writeStartObject();
                    g.writeStringField("article", slug);
                    g.writeStringField("title", article.get().article().title());
                    link(SitePaths.article(slug));
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }

        private void link(String path) throws IOException {
            g.writeStringField("path", path);
            if (baseUrl.isPresent()) {
                g.writeStringField("url", baseUrl.get() + path);
            }
        }
    }
}
