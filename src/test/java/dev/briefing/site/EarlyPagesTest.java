package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} shows an edited article's page before it builds the rest of the site again: only
 * for an edit that leaves what other pages read from the article as it was, and then the page is
 * the very page the full build makes.
 */
class EarlyPagesTest {
    private static final String PAGE = "articles/karpathy-joins-anthropic.html";

    @TempDir
    Path tmp;

    private Path article;
    private String original;
    private final SiteBuilder builder = SiteBuilder.incremental();
    private final Map<String, byte[]> early = new HashMap<>();
    private SiteBuilder.Options options;

    @BeforeEach
    void firstBuild() throws Exception {
        Path content = Sites.copyContent(tmp);
        article = content.resolve("articles/karpathy-joins-anthropic.md");
        original = Files.readString(article);
        SiteBuilder.Progress progress = new SiteBuilder.Progress() {
            @Override
            public void earlyPages(Map<String, byte[]> pages) {
                early.putAll(pages);
            }
        };
        options = new SiteBuilder.Options(content, Sites.THEME, tmp.resolve("out"), Optional.of("http://127.0.0.1:1/"),
                false, false, false, Optional.empty(), progress);
        build();
        assertThat(early).as("nothing to compare the first build with").isEmpty();
    }

    @Test
    void aReworkedParagraphShowsAtOnceAsTheFullBuildMakesIt() throws Exception {
        edit(original.stripTrailing() + "\n\nA paragraph added in the preview, naming no one new.\n");
        Map<String, byte[]> full = build();
        assertThat(early).containsOnlyKeys(PAGE);
        assertThat(new String(early.get(PAGE), java.nio.charset.StandardCharsets.UTF_8))
                .contains("A paragraph added in the preview, naming no one new.");
        assertThat(early.get(PAGE)).isEqualTo(full.get(PAGE));

        // A new mention of someone already named changes their person page, which waits; this page shows first.
        edit(original.replaceFirst("\n\n", "\n\nAn opening line before Andrej Karpathy is named.\n\n"));
        full = build();
        assertThat(early.get(PAGE)).isEqualTo(full.get(PAGE));
    }

    @Test
    void anEditThatChangesWhatOtherPagesReadWaitsForTheFullBuild() throws Exception {
        edit(original.stripTrailing() + "\n\nJan Leike is named here for the first time.\n");
        build();
        assertThat(early).as("a new person: their page and the people index change").isEmpty();

        edit(original.replace("title: \"Andrej Karpathy joins Anthropic", "title: \"Edited: Andrej Karpathy joins Anthropic"));
        build();
        assertThat(early).as("a new title: every list of articles changes").isEmpty();

        edit(original.stripTrailing() + "\n\n## Sources\n\n- \"A new report\", Example News, https://example.org/r\n");
        build();
        assertThat(early).as("a new source: the bibliography changes").isEmpty();
    }

    @Test
    void anEditRightAfterATemplateChangeWaitsForTheFullBuild() throws Exception {
        builder.templatesChanged();
        edit(original.stripTrailing() + "\n\nA paragraph added after the theme changed.\n");
        build();
        assertThat(early).isEmpty();

        edit(original.stripTrailing() + "\n\nAnd one more paragraph.\n");
        build();
        assertThat(early).containsOnlyKeys(PAGE);
    }

    private void edit(String text) throws Exception {
        Files.writeString(article, text);
        early.clear();
    }

    private Map<String, byte[]> build() throws Exception {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        builder.build(options, files::put);
        return files;
    }
}
