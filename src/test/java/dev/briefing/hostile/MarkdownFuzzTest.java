package dev.briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.briefing.check.PortabilityChecker;
import dev.briefing.errors.Problems;
import dev.briefing.index.SiteIndex;
import dev.briefing.load.Content;
import dev.briefing.load.ContentLoader;
import dev.briefing.check.PeopleChecks;
import dev.briefing.load.ContentFiles;
import dev.briefing.markdown.ArticleParser;
import dev.briefing.markdown.BodyLinks;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.markdown.ParsedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Fuzzes the Markdown stage with any article body: loaded (so the nesting limits apply), parsed,
 * people found in it, rendered, and compared with CommonMark, as {@code briefing check} does.
 * Nothing may throw, and the HTML may hold no script, event handler or script-capable link.
 *
 * <p>Runs on the seeds in {@code MarkdownFuzzTestInputs/} with the other tests;
 * {@code .ci/fuzz.sh} fuzzes it for a fixed number of inputs.
 */
class MarkdownFuzzTest {
    private static final Path CONTENT = tempContent();
    private static final MarkdownEngine MARKDOWN = new MarkdownEngine();
    private static final PortabilityChecker PORTABILITY = new PortabilityChecker(MARKDOWN);

    /** Past the lengths the limits act at; longer inputs only slow the fuzzer down. */
    private static final int MAX_INPUT = 16 * 1024;

    @FuzzTest(maxExecutions = 2_000, maxDuration = "5m")
    void markdown(byte[] body) throws IOException {
        if (body.length > MAX_INPUT) {
            return;
        }
        // Any bytes as text: the fuzzer should spend its time on Markdown, not on UTF-8 errors.
        String text = new String(body, StandardCharsets.UTF_8);
        Files.writeString(CONTENT.resolve("articles/a.md"), "---\ntitle: T\n---\n" + text);

        Problems problems = new Problems();
        Content content = ContentLoader.load(CONTENT, problems);
        if (content.articles().isEmpty()) {
            return;
        }
        var parser = new ArticleParser(MARKDOWN, content.people(), false, PeopleChecks.nameCandidates(),
                new ContentFiles(CONTENT));
        List<ParsedArticle> parsed = content.articles().stream().map(a -> parser.parse(a, problems)).toList();
        SiteIndex.build(content.site(), parsed, content.people(), java.util.Set.of(), problems);
        for (int i = 0; i < parsed.size(); i++) {
            assertSafe(BodyLinks.forPage(parsed.get(i).bodyHtml(), "articles/a.html"));
            PORTABILITY.check(content.articles().get(i), problems);
        }
        problems.sorted().forEach(p -> assertThat(p.line()).as(p.format()).isPositive());
    }

    private static void assertSafe(String html) {
        assertThat(html).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
        for (Element e : Jsoup.parseBodyFragment(html).getAllElements()) {
            assertThat(e.normalName()).as(html).isNotIn("script", "iframe", "object", "embed", "style");
            e.attributes().forEach(attr -> {
                assertThat(attr.getKey()).as(html).doesNotStartWith("on");
                if (attr.getKey().equals("href") || attr.getKey().equals("src")) {
                    String url = attr.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                    assertThat(url).as(html).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:").doesNotStartWith("file:");
                }
            });
        }
    }

    private static Path tempContent() {
        try {
            Path content = Files.createTempDirectory("briefing-fuzz").resolve("content");
            Files.createDirectories(content.resolve("articles"));
            Files.writeString(content.resolve("site.yaml"), "title: Fuzz\n");
            Files.writeString(content.resolve("people.yaml"), "- name: Ada Lovelace\n- name: Charles Babbage\n"
                    + "  aliases: [Babbage]\n");
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
