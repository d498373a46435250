package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.BriefingCli;
import dev.briefing.markdown.Mention;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Slugs;
import dev.briefing.testing.Sites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Mention finding on the import corpus (src/test/resources/import/): every case imported, its
 * people put in a registry, the site built, and the mentions found in each article's title,
 * standfirst and body compared with the counts made by hand. Byline authors in the registry must
 * be linked from the byline.
 */
class MentionCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/import");

    @TempDir
    Path tmp;

    @Test
    void findsTheHandCountedMentionsInTitlesStandfirstsAndBodies() throws Exception {
        Path content = tmp.resolve("content");
        Sites.write(content, "site.yaml", "title: Corpus\n");
        StringBuilder registry = new StringBuilder();
        Map<String, Map<String, Map<String, Integer>>> expected = new LinkedHashMap<>(); // slug -> person -> part -> n
        Map<String, List<String>> bylineAuthors = new LinkedHashMap<>();
        for (Path dir : cases()) {
            String slug = importCase(dir, content.resolve("articles"));
            Map<String, Object> spec = yaml(Files.readString(dir.resolve("expected.yaml")));
            for (Object o : list(spec.get("people"))) {
                Map<?, ?> person = (Map<?, ?>) o;
                String name = (String) person.get("name");
                String id = Slugs.of(name) + "-" + slug;
                registry.append(entry(id, name, person));
                Map<?, ?> in = (Map<?, ?>) person.get("in");
                Map<String, Integer> parts = new LinkedHashMap<>();
                for (String part : List.of("title", "summary", "body")) {
                    parts.put(part, ((Number) in.get(part)).intValue());
                }
                expected.computeIfAbsent(slug, k -> new LinkedHashMap<>()).put(id, parts);
                if (Boolean.TRUE.equals(person.get("byline"))) {
                    bylineAuthors.computeIfAbsent(slug, k -> new ArrayList<>()).add(id);
                }
            }
        }
        Sites.write(content, "people.yaml", registry.toString());
        SiteBuilder.Result result = new SiteBuilder().build(new SiteBuilder.Options(content, Sites.THEME,
                tmp.resolve("out"), Optional.empty(), false));

        int expectedTotal = 0;
        int found = 0;
        int correct = 0;
        List<String> misses = new ArrayList<>();
        for (var article : expected.entrySet()) {
            ParsedArticle parsed = result.index().article(article.getKey()).orElseThrow();
            Map<String, Map<String, Integer>> actual = new LinkedHashMap<>();
            countPart(parsed.titleMentions().stream().map(s -> s.mention()).toList(), "title", actual);
            countPart(parsed.summaryMentions().stream().map(s -> s.mention()).toList(), "summary", actual);
            List<Mention> body = new ArrayList<>(parsed.mentions());
            parsed.titleMentions().forEach(s -> body.remove(s.mention()));
            parsed.summaryMentions().forEach(s -> body.remove(s.mention()));
            countPart(body, "body", actual);
            for (var person : article.getValue().entrySet()) {
                for (var part : person.getValue().entrySet()) {
                    int want = part.getValue();
                    int got = actual.getOrDefault(person.getKey(), Map.of()).getOrDefault(part.getKey(), 0);
                    expectedTotal += want;
                    correct += Math.min(want, got);
                    if (want != got) {
                        misses.add(article.getKey() + " " + person.getKey() + " " + part.getKey() + ": " + got
                                + " found, " + want + " counted by hand");
                    }
                }
            }
            found += parsed.mentions().size();
        }
        double recall = (double) correct / expectedTotal;
        double precision = found == 0 ? 1 : (double) correct / found;
        System.out.printf("Mention corpus scores: recall %d/%d (%.1f%%), precision %d/%d (%.1f%%)%n",
                correct, expectedTotal, 100 * recall, correct, found, 100 * precision);
        misses.forEach(m -> System.out.println("  " + m));
        assertThat(recall).as("mention recall; misses: %s", misses).isGreaterThanOrEqualTo(0.95);
        assertThat(precision).as("mention precision; misses: %s", misses).isGreaterThanOrEqualTo(0.95);

        for (var byline : bylineAuthors.entrySet()) {
            var page = Sites.page(writtenSite(content), "articles/" + byline.getKey() + ".html");
            for (String id : byline.getValue()) {
                assertThat(page.select(".byline a[href=../people/" + id + ".html]")).as(byline.getKey() + " " + id)
                        .hasSize(1);
            }
        }
    }

    private Path writtenSite(Path content) {
        Path out = tmp.resolve("written");
        if (!Files.exists(out)) {
            Sites.build(content, out);
        }
        return out;
    }

    private static void countPart(List<Mention> mentions, String part, Map<String, Map<String, Integer>> into) {
        for (Mention m : mentions) {
            into.computeIfAbsent(m.personId(), k -> new LinkedHashMap<>()).merge(part, 1, Integer::sum);
        }
    }

    /**
     * A registry entry for a person of the corpus: the other spellings the text uses as aliases,
     * and the family name as the text writes it alone ("van Leeuwen"), when it does.
     */
    private static String entry(String id, String name, Map<?, ?> person) {
        Map<?, ?> forms = person.get("forms") instanceof Map<?, ?> f ? f : Map.of();
        List<String> aliases = new ArrayList<>();
        String family = null;
        for (Object form : forms.keySet()) {
            String written = ((String) form).replaceAll("[’']s$", "");
            if (written.equals(name)) {
                continue;
            }
            if (name.endsWith(" " + written)) {
                family = family == null || written.length() < family.length() ? written : family;
            } else if (written.contains(" ") && !written.endsWith(name) && !written.startsWith("Dr")) {
                aliases.add(written);
            }
        }
        StringBuilder yaml = new StringBuilder("- id: " + id + "\n  name: \"" + name + "\"\n");
        if (family != null) {
            yaml.append("  family_name: \"").append(family).append("\"\n");
        }
        if (!aliases.isEmpty()) {
            yaml.append("  aliases: [").append(String.join(", ", aliases.stream().map(a -> "\"" + a + "\"").toList()))
                    .append("]\n");
        }
        if (person.get("role") instanceof Map<?, ?> role && role.get("organization") != null) {
            yaml.append("  roles:\n    - title: \"").append(role.get("title")).append("\"\n      organization: \"")
                    .append(role.get("organization")).append("\"\n");
        }
        return yaml.toString();
    }

    private static List<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(d -> Files.exists(d.resolve("expected.yaml"))).sorted().toList();
        }
    }

    /** Imports one case into {@code articles} and returns the slug it got. */
    private static String importCase(Path dir, Path articles) throws IOException {
        Path input = Files.exists(dir.resolve("input.html")) ? dir.resolve("input.html") : dir.resolve("input.txt");
        List<String> args = new ArrayList<>(List.of("import", input.toString(), "--out", articles.toString(),
                "--slug", dir.getFileName().toString()));
        if (Files.exists(dir.resolve("args.txt"))) {
            Files.readAllLines(dir.resolve("args.txt"), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .forEach(args::add);
        }
        int exit = BriefingCli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                args.toArray(String[]::new));
        assertThat(exit).as("import of %s", dir).isZero();
        return dir.getFileName().toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
