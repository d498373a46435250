package dev.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.errors.Problems;
import dev.briefing.load.Content;
import dev.briefing.load.ContentLoader;
import dev.briefing.model.PartialDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per import rule, each on a few lines of made-up text. */
class ImportRulesTest {

    private static String body(String text) throws ImportException {
        String md = ArticleImporter.fromText(text).toMarkdown();
        return md.substring(md.indexOf("\n---\n") + 5);
    }

    @Test
    void shortLinesWithoutFinalPunctuationBetweenParagraphsAreHeadings() throws Exception {
        assertThat(body("Title\nFirst paragraph here.\nWhat we know\nSecond paragraph.\nA closing line without stop"))
                .isEqualTo("\nFirst paragraph here.\n\n## What we know\n\nSecond paragraph.\n\nA closing line without stop\n");
    }

    @Test
    void linesEndingInPunctuationOrTooLongStayParagraphs() {
        assertThat(LineShapes.isHeadingShaped("Why it matters")).isTrue();
        assertThat(LineShapes.isHeadingShaped("Why it matters?")).isFalse();
        assertThat(LineShapes.isHeadingShaped("It said: “yes.”")).isFalse();
        assertThat(LineShapes.isHeadingShaped("lowercase start")).isFalse();
        assertThat(LineShapes.isHeadingShaped("One two three four five six seven eight nine ten eleven twelve thirteen "
                + "fourteen fifteen sixteen seventeen")).isFalse();
    }

    @Test
    void bulletsAndDashesBecomeOneList() throws Exception {
        assertThat(body("Title\nIntro line.\n  • First point.\n\n  • Second point.\n- Third point.\nAfter."))
                .isEqualTo("\nIntro line.\n\n- First point.\n- Second point.\n- Third point.\n\nAfter.\n");
    }

    @Test
    void numberedLinesBecomeAnOrderedListKeepingTheirStart() throws Exception {
        assertThat(body("Title\nIntro.\n  3. Third.\n  4) Fourth.\n1. New list."))
                .isEqualTo("\nIntro.\n\n3. Third.\n4. Fourth.\n\n1. New list.\n");
    }

    @Test
    void markdownCharactersInTextAreEscapedSoTheyRenderAsWritten() throws Exception {
        assertThat(body("Title\n# not a heading, *not* emphasis_ [x] <b> &amp; ~y~\n2024. A year.\n"))
                .isEqualTo("\n\\# not a heading, \\*not\\* emphasis\\_ \\[x\\] \\<b> \\&amp; \\~y\\~\n\n2024\\. A year.\n");
    }

    @Test
    void typographyIsKeptAsWritten() throws Exception {
        String line = "“Curly” and \"straight\" quotes, it’s and it's — dashes – and arrows → stay…";
        assertThat(body("Title\n" + line)).isEqualTo("\n" + line + "\n");
    }

    @Test
    void leadingDateAndSectionLineGoToFrontMatter() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("2026-05-22 — views\nThe title\nBody text.");
        assertThat(a.date()).contains(new PartialDate(2026, 5, 22));
        assertThat(a.section()).contains("views");
        assertThat(a.title()).isEqualTo("The title");
        assertThat(DateLine.parse("May 3, 2026 | World")).contains(new DateLine(new PartialDate(2026, 5, 3), Optional.of("World"), List.of()));
        assertThat(DateLine.parse("2026-05")).contains(new DateLine(new PartialDate(2026, 5, 0), Optional.empty(), List.of()));
        assertThat(DateLine.parse("On May 3, 2026, it rained.")).isEmpty();
    }

    @Test
    void siteNameBeforeSeparatorOrRepeatedAtTopIsThePublisher() throws Exception {
        ImportedArticle slashes = ArticleImporter.fromText("Daily Wire Service\n//\n\nThe title\n\nBody text.");
        assertThat(slashes.publisher()).contains("Daily Wire Service");
        assertThat(slashes.title()).isEqualTo("The title");

        ImportedArticle repeated = ArticleImporter.fromText("Daily Wire\nThe title\nDaily Wire\nThe title\nBody text.");
        assertThat(repeated.publisher()).contains("Daily Wire");
        assertThat(repeated.title()).isEqualTo("The title");
        assertThat(repeated.body()).containsExactly(new Block.Paragraph("Body text."));
    }

    @Test
    void readingTimeAndDuplicatedTitleAreDropped() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("The title\n\n12 min read\nThe title\n\nBody text.");
        assertThat(a.body()).containsExactly(new Block.Paragraph("Body text."));
    }

    @Test
    void writtenByGivesAuthorAndBioAndDropsTheAvatarInitials() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("The title\nBody text.\n\nAL\n\nWritten by\n\nAda Lovelace\n\n"
                + "Writes about engines.");
        assertThat(a.author()).contains("Ada Lovelace");
        assertThat(a.authorDescription()).contains("Writes about engines.");
        assertThat(a.body()).containsExactly(new Block.Paragraph("Body text."));

        ImportedArticle inline = ArticleImporter.fromText("The title\nBody text.\nWritten by: Ada Lovelace");
        assertThat(inline.author()).contains("Ada Lovelace");
        assertThat(inline.authorDescription()).isEmpty();
    }

    @Test
    void sourcesListSplitsOnTheLastDashAndKeepsOnlyStatedFacts() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("The title\nBody text.\nSources\n"
                + "- Q&A — part two — The Paper ↗\n"
                + "- Report https://example.org/report?id=1 — Agency, 2025-11-04\n"
                + "- Untitled note ↗");
        assertThat(a.sources()).containsExactly(
                new ImportedSource("Q&A — part two", Optional.of("The Paper"), Optional.empty(), Optional.empty()),
                new ImportedSource("Report", Optional.of("Agency"), Optional.of(new PartialDate(2025, 11, 4)),
                        Optional.of("https://example.org/report?id=1")),
                new ImportedSource("Untitled note", Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(a.body()).containsExactly(new Block.Paragraph("Body text."));
    }

    @Test
    void standfirstRestatedByTheLedeBecomesTheSummary() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("The title\n"
                + "Teaser: why this story matters to you. Read on.\n"
                + "Ada Lovelace joined the Engine Society on May 4. She will lead its programs.\n"
                + "Ada Lovelace, the mathematician, joined the Engine Society (May 4) to lead programs.\n"
                + "More text.");
        assertThat(a.summary()).contains("Ada Lovelace joined the Engine Society on May 4. She will lead its programs.");
        assertThat(a.body()).extracting(b -> ((Block.Paragraph) b).text()).containsExactly(
                "Teaser: why this story matters to you. Read on.",
                "Ada Lovelace, the mathematician, joined the Engine Society (May 4) to lead programs.",
                "More text.");
    }

    @Test
    void openingParagraphNotRestatedStaysInTheBody() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("The title\nIt rained all week in the valley.\n"
                + "Farmers brought in the harvest early.");
        assertThat(a.summary()).isEmpty();
        assertThat(a.body()).hasSize(2);
    }

    @Test
    void emptyInputHasNoTitle() {
        assertThatThrownBy(() -> ArticleImporter.fromText("\n  \n")).isInstanceOf(ImportException.class)
                .hasMessage("no title found: the input has no text");
    }

    @Test
    void yamlSpecialCharactersInATitleRoundTrip(@TempDir Path content) throws Exception {
        String title = "Q: \"Why?\" — #1 & *stars*, 'quotes', 50% {braces} [brackets] | pipes > arrows: yes\\no";
        String markdown = ArticleImporter.fromText(title + "\nBody text.").toMarkdown();
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yaml"), "title: Test\n");
        Files.writeString(content.resolve("articles/odd.md"), markdown);

        Problems problems = new Problems();
        Content loaded = ContentLoader.load(content, problems);

        assertThat(problems.sorted()).isEmpty();
        assertThat(loaded.articles()).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo(title));
    }

    @Test
    void htmlBecomesTheSameLinesAsCopiedText() {
        SourceText text = HtmlText.of("<html><head><title>x</title></head><body><h1>Head</h1><p>One <em>two</em>"
                + "<br>three</p><ul><li>a</li><li><p>b</p></li></ul><ol start=\"3\"><li>c</li></ol>"
                + "<p>See <a href=\"https://example.org/x\">this</a>.</p><script>ignored()</script></body></html>");
        assertThat(text.lines()).containsExactly("Head", "", "One " + InlineMarks.EM_OPEN + "two" + InlineMarks.EM_CLOSE,
                "three", "", "• a", "• b", "", "3. c", "",
                "See " + InlineMarks.mark("this", "https://example.org/x") + ".", "");
        assertThat(text.headings()).containsExactly(0);
        assertThat(MarkdownWriter.text(text.lines().get(10))).isEqualTo("See [this](https://example.org/x).");
        assertThat(MarkdownWriter.text(text.lines().get(2))).isEqualTo("One *two*");
    }

    @Test
    void sourceLinkInHtmlGivesTheSourceItsUrl() throws Exception {
        ImportedArticle a = ArticleImporter.fromHtml("<h1>T</h1><p>Body.</p><h2>Sources</h2>"
                + "<ul><li><a href=\"https://example.org/a\">Paper A — Journal ↗</a></li></ul>");
        assertThat(a.sources()).containsExactly(new ImportedSource("Paper A", Optional.of("Journal"), Optional.empty(),
                Optional.of("https://example.org/a")));
        assertThat(List.copyOf(a.body())).containsExactly(new Block.Paragraph("Body."));
    }
}
