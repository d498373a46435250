package dev.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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

    @Test
    void dateLinesInTheFormsOutletsPrint() {
        PartialDate march4 = new PartialDate(2025, 3, 4);
        for (String line : List.of("Updated 3:41 PM EST, Tue March 4, 2025", "Mar 4, 2025", "date 2025-03-04",
                "March 4, 2025 9:12 AM GMT Updated 2 hours ago", "Tuesday 4 March 2025", "April 8, 2025 — 6:30am".replace("April 8", "March 4"),
                "Tue 4 Mar 2025 06.00 EST", "March 4, 2025 at 4:15 p.m. EDT", "2025-03-04·922 words·5 mins·")) {
            assertThat(DateLine.parse(line)).as(line).map(DateLine::date).contains(march4);
        }
        assertThat(DateLine.parse("Posted on 4 March 2025 by Ada Lovelace"))
                .contains(new DateLine(march4, Optional.empty(), List.of("Ada Lovelace")));
        assertThat(DateLine.parse("Posted by Ada Lovelace on 4 March 2025"))
                .contains(new DateLine(march4, Optional.empty(), List.of("Ada Lovelace")));
        assertThat(DateLine.parse("March 4, 2025 12 people were hurt.")).isEmpty();
        assertThat(DateLine.parse("Updated guidance arrived on March 4, 2025.")).isEmpty();
        assertThat(DateLine.monthYear("October 2024")).contains(new PartialDate(2024, 10, 0));
    }

    @Test
    void bylinesWithSeveralAuthorsAndAnOutlet() {
        assertThat(Byline.parse("By Ada Lovelace and Charles Babbage, The Engine Gazette")).contains(
                new Byline(List.of("Ada Lovelace", "Charles Babbage"), Optional.of("The Engine Gazette")));
        assertThat(Byline.parse("By Ada Lovelace, Mary Somerville and Charles Babbage")).contains(
                new Byline(List.of("Ada Lovelace", "Mary Somerville", "Charles Babbage"), Optional.empty()));
        assertThat(Byline.parse("By Ada Lovelace, Staff Writer")).contains(new Byline(List.of("Ada Lovelace"), Optional.empty()));
        assertThat(Byline.parse("by Joost van Leeuwen")).contains(new Byline(List.of("Joost van Leeuwen"), Optional.empty()));
        assertThat(Byline.parse("By continuing, you accept our terms.")).isEmpty();
        assertThat(Byline.parse("By Tuesday the river had risen")).isEmpty();
        assertThat(Byline.join(List.of("A B", "C D", "E F"))).isEqualTo("A B and C D and E F");
    }

    @Test
    void aTitleIsNeverASentenceOfTheBody() throws Exception {
        ImportedArticle a = ArticleImporter.fromSource(SourceText.ofPlainText(
                "The ferry ran late again.\nPassengers waited two hours, and the operator blamed the wind.\n"),
                Optional.empty(), Optional.of("Ferry notes"));
        assertThat(a.title()).isEqualTo("Ferry notes");
        assertThat(a.notices()).containsExactly(
                "no title line found; the title is made from the file name: \"Ferry notes\" (give another with --title)");
        assertThat(a.body()).containsExactly(new Block.Paragraph("The ferry ran late again."),
                new Block.Paragraph("Passengers waited two hours, and the operator blamed the wind."));
        assertThatThrownBy(() -> ArticleImporter.fromText("The ferry ran late again, the operator said.\n"))
                .isInstanceOf(ImportException.class).hasMessage("no title line found: give the title with --title");
    }

    @Test
    void headerChromeGoesAndTheHeadlineBetweenItIsTheTitle() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("Skip to content\nThe Valley Post\nSign in\nNews   Sport   Weather   Video\n"
                + "Home › News › Rivers\nFloodgates close early as the river rises\nBy Ada Lovelace and Mary Somerville, The Valley Post\n"
                + "4 min read\nUpdated 3:41 PM EST, Tue March 4, 2025\n"
                + "We use cookies to improve your experience. Accept all | Manage preferences\n"
                + "The gates at Millford, seen from the bridge.\nAlan Turing/The Valley Post\n"
                + "The floodgates at Millford closed on Tuesday, two days earlier than planned, as the river rose faster than forecast.\n");
        assertThat(a.title()).isEqualTo("Floodgates close early as the river rises");
        assertThat(a.section()).contains("Rivers");
        assertThat(a.publisher()).contains("The Valley Post");
        assertThat(a.author()).contains("Ada Lovelace and Mary Somerville");
        assertThat(a.date()).contains(new PartialDate(2025, 3, 4));
        assertThat(a.body()).containsExactly(new Block.Paragraph("The floodgates at Millford closed on Tuesday, two days "
                + "earlier than planned, as the river rose faster than forecast."));
    }

    @Test
    void kickerAboveTheTitleIsTheSectionAndStandfirstBetweenTitleAndBylineTheSummary() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("Menu\nRivers\nFloodgates close early as the river rises\n"
                + "The town had two days less to prepare. Shops were sandbagged overnight.\nAda Lovelace\nMar 4, 2025\n"
                + "The floodgates at Millford closed on Tuesday, two days earlier than planned, the council said.\n");
        assertThat(a.section()).contains("Rivers");
        assertThat(a.summary()).contains("The town had two days less to prepare. Shops were sandbagged overnight.");
        assertThat(a.author()).contains("Ada Lovelace");
        assertThat(a.body()).hasSize(1);
    }

    @Test
    void wireDatelineStaysInTheFirstSentenceAndTheCreditLineEndsTheStory() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("Grain barge runs aground on the river\nBy Ada Lovelace\n"
                + "March 4, 2025 9:12 AM GMT\n"
                + "MILLFORD, March 4 (Valley Wire) - A grain barge ran aground near Millford on Tuesday, blocking the channel.\n"
                + "Salvage crews expect to refloat it on Wednesday.\n"
                + "Reporting by Ada Lovelace; Editing by Alan Turing\n"
                + "Valley Wire, the news division of Valley Group, is the region's largest news provider.\n");
        assertThat(a.publisher()).contains("Valley Wire");
        assertThat(a.body()).containsExactly(
                new Block.Paragraph("MILLFORD, March 4 (Valley Wire) - A grain barge ran aground near Millford on Tuesday, "
                        + "blocking the channel."),
                new Block.Paragraph("Salvage crews expect to refloat it on Wednesday."));
    }

    @Test
    void boxesOfOtherArticlesGoUpToTheNextProse() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("The title\nThe first paragraph of the story is here.\n"
                + "Related\nAnother headline about rivers\nA third headline\n"
                + "The story goes on after the box, as stories do.\n"
                + "Read more: A teaser for another story\nAdvertisement\nThe end of the story comes here.\n"
                + "Most read\n1. Storm warning issued\n2. Bridge closes\n© 2025 The Valley Post. All rights reserved.\n"
                + "Terms of Use  Privacy Policy  Cookie Settings\n");
        assertThat(a.body()).extracting(b -> ((Block.Paragraph) b).text()).containsExactly(
                "The first paragraph of the story is here.", "The story goes on after the box, as stories do.",
                "The end of the story comes here.");
    }

    @Test
    void captionBeforeItsCreditGoesButAParagraphBeforeAnotherLineStays() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("The title\nThe first paragraph of the story is here.\n"
                + "The old mill at dusk.\nPhoto: Alan Turing\n"
                + "Another paragraph follows the photo here.\nThe last paragraph, with a ratio of 3/4 in it.\n");
        assertThat(a.body()).extracting(b -> ((Block.Paragraph) b).text()).containsExactly(
                "The first paragraph of the story is here.", "Another paragraph follows the photo here.",
                "The last paragraph, with a ratio of 3/4 in it.");
    }

    @Test
    void notesThatCiteWorksBecomeSourcesAndTheirMarkersStayAsWritten() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("The title\nThe river rose by two metres.[1] Nobody expected it.[2]\n"
                + "Notes\n[1] Valley Water Board, “River Levels 2024,” October 2024.\n"
                + "[2] The gauge at the bridge was broken that week, so this is an estimate.\n");
        assertThat(a.sources()).containsExactly(new ImportedSource("River Levels 2024", Optional.of("Valley Water Board"),
                Optional.of(new PartialDate(2024, 10, 0)), Optional.empty()));
        assertThat(a.toMarkdown()).endsWith("---\n\nThe river rose by two metres.\\[1\\] Nobody expected it.\\[2\\]\n\n"
                + "## Notes\n\n\\[2\\] The gauge at the bridge was broken that week, so this is an estimate.\n");
        assertThat(NoteCitation.parse("Ada Lovelace, “Notes on the Engine,” The Engine Gazette, 1843, https://example.org/n"))
                .contains(new ImportedSource("Notes on the Engine", Optional.of("Ada Lovelace"), Optional.of("The Engine Gazette"),
                        Optional.of(new PartialDate(1843, 0, 0)), Optional.of("https://example.org/n")));
    }

    @Test
    void statedCitationsGetOnlyWhatTheSentenceSays() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("The title\nThe dam leaked for a year, according to a report by the "
                + "Valley Water Board. The leak was first reported by The Millford Times in May.\n"
                + "The owner disclosed the cost in a regulatory filing, and it was large.\n"
                + "The board said it would act, according to a statement from the board.\n");
        assertThat(a.sources()).containsExactly(
                new ImportedSource("Report", Optional.of("Valley Water Board"), Optional.empty(), Optional.empty()),
                new ImportedSource("Report", Optional.of("The Millford Times"), Optional.empty(), Optional.empty()),
                new ImportedSource("Regulatory filing", Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(a.publisher()).isEmpty();
        assertThat(a.toMarkdown()).contains("  - title: \"Report\"\n    id: \"report-valley-water-board\"\n");
    }

    @Test
    void techBlogMetadataLineSummaryContentsAnchorsAndAuthorBlock() throws Exception {
        ImportedArticle a = ArticleImporter.fromText("Engine Notes\nPosts  Tags  About\nWhy the engine stalls in the cold\n"
                + "2025-01-18·922 words·5 mins·\nAda Lovelace\nEngines\nSummary: Cold oil is thick. Here is what we changed.\n"
                + "Table of Contents\nThe symptom\nThe fix\nThe symptom\n#\nThe engine stalled on cold mornings, every time, for a month.\n"
                + "The fix #\nWe warmed the oil first.\nAuthor\nAda Lovelace\nWrites about engines.\n© 2025 Engine Notes\n");
        assertThat(a.title()).isEqualTo("Why the engine stalls in the cold");
        assertThat(a.date()).contains(new PartialDate(2025, 1, 18));
        assertThat(a.publisher()).contains("Engine Notes");
        assertThat(a.author()).contains("Ada Lovelace");
        assertThat(a.authorDescription()).contains("Writes about engines.");
        assertThat(a.summary()).contains("Cold oil is thick. Here is what we changed.");
        assertThat(a.body()).containsExactly(new Block.Heading("The symptom"),
                new Block.Paragraph("The engine stalled on cold mornings, every time, for a month."),
                new Block.Heading("The fix"), new Block.Paragraph("We warmed the oil first."));
    }

    @Test
    void aPageWrappedInOneFormIsReadAndItsFormsAndFieldsAreNot() throws Exception {
        String paragraph = "The ferry crossed the sound in forty minutes on its first morning run, and the harbour master "
                + "said the timetable would hold through the winter storms. ";
        // Forms do not nest in HTML: a sign-up form on such a page comes after the page's own.
        ImportedArticle a = ArticleImporter.fromHtml("<html><head><title>Ferry returns | Sound News</title>"
                + "<meta name=description content=\"The ferry is back.\"></head><body>"
                + "<form id=page method=post><input type=hidden name=state value=x>"
                + "<div class=header><a href=\"/\">Home</a></div><div class=story><h1>The ferry returns</h1>"
                + "<p>" + paragraph + "</p><p>" + paragraph.replace("first", "second") + "</p>"
                + "<p>" + paragraph.replace("first", "third") + "</p></div></form>"
                + "<form class=signup><p>Get the morning briefing by email.</p><input name=email>"
                + "<button>Sign up</button></form></body></html>");
        assertThat(a.title()).isEqualTo("The ferry returns");
        assertThat(List.copyOf(a.body())).containsExactly(new Block.Paragraph(paragraph.strip()),
                new Block.Paragraph(paragraph.replace("first", "second").strip()),
                new Block.Paragraph(paragraph.replace("first", "third").strip()));
    }

    @Test
    void savedPageMetadataComesFromJsonLdAndMeta() throws Exception {
        ImportedArticle a = ArticleImporter.fromHtml("<html><head><title>Mill reopens | Valley Post</title>"
                + "<link rel=canonical href=\"https://post.example.org/news/mill\">"
                + "<meta property=\"og:description\" content=\"The mill grinds again after ten years.\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"The mill reopens\",\"datePublished\":\"2025-04-08T00:30:00+10:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ada Lovelace\"},{\"@type\":\"Person\",\"name\":\"Alan Turing\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Valley Post\"},\"articleSection\":[\"Business\"]}]}</script>"
                + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>The mill reopens</h1>"
                + "<p>The mill on the river grinds again, ten years after it closed, its new owners said on Monday.</p>"
                + "<figure><img src=x.jpg><figcaption>The mill in May.</figcaption></figure>"
                + "<blockquote><p>“We kept the <em>old</em> stones,” the owner said.</p></blockquote>"
                + "<p>See <a href=\"/news/mill-closes\">the closure</a> and <a href=\"https://mills.example.org/r\">the Mill "
                + "Society’s Restoration Report</a>.</p><aside class=related><a href=\"/x\">Other story</a></aside></article>"
                + "<footer>© Valley Post</footer></body></html>");
        assertThat(a.title()).isEqualTo("The mill reopens");
        assertThat(a.date()).contains(new PartialDate(2025, 4, 8));
        assertThat(a.author()).contains("Ada Lovelace and Alan Turing");
        assertThat(a.publisher()).contains("Valley Post");
        assertThat(a.section()).contains("Business");
        assertThat(a.url()).contains("https://post.example.org/news/mill");
        assertThat(a.summary()).contains("The mill grinds again after ten years.");
        assertThat(a.sources()).containsExactly(new ImportedSource("Restoration Report", Optional.of("Mill Society"),
                Optional.empty(), Optional.of("https://mills.example.org/r")));
        assertThat(a.toMarkdown()).endsWith("---\n\nThe mill on the river grinds again, ten years after it closed, its new "
                + "owners said on Monday.\n\n> “We kept the *old* stones,” the owner said.\n\n"
                + "See [the closure](https://post.example.org/news/mill-closes) and [the Mill Society’s Restoration Report]"
                + "(https://mills.example.org/r).\n");
    }

    @Test
    void aDescriptionThatIsTheLedeOrItsExcerptIsNotTheSummary() throws Exception {
        String body = "<body><h1>The mill reopens</h1><p>The mill on the river grinds again, ten years after it closed, "
                + "its new owners said.</p></body>";
        assertThat(ArticleImporter.fromHtml("<head><meta name=description content=\"The mill on the river grinds again, "
                + "ten years…\"></head>" + body).summary()).isEmpty();
        assertThat(ArticleImporter.fromHtml("<head><meta name=description content=\"The mill on the river grinds again, "
                + "ten years after it closed, its new owners said.\"></head>" + body).summary()).isEmpty();
    }

    @Test
    void emphasisCommonMarkWouldNotReadIsLeftOutAndTheWordsKept() {
        String em = InlineMarks.EM_OPEN + "";
        assertThat(MarkdownWriter.text("a " + InlineMarks.EM_OPEN + "b" + InlineMarks.EM_CLOSE + " c")).isEqualTo("a *b* c");
        assertThat(MarkdownWriter.text("x" + InlineMarks.EM_OPEN + "“q”" + InlineMarks.EM_CLOSE + "y")).isEqualTo("x“q”y");
        assertThat(MarkdownWriter.text(InlineMarks.STRONG_OPEN + "Bold" + InlineMarks.STRONG_CLOSE + ", then"))
                .isEqualTo("**Bold**, then");
        assertThat(MarkdownWriter.text(em + "a " + InlineMarks.STRONG_OPEN + "b" + InlineMarks.STRONG_CLOSE + InlineMarks.EM_CLOSE))
                .isEqualTo("a **b**");
    }

    /** An element marked as the author's name, without "By", is the author when it holds a person's name. */
    @Test
    void anAuthorElementWithoutByGivesItsName() throws Exception {
        String body = "<h1>Piers to be rebuilt</h1><p>The harbour board voted on Tuesday to rebuild the pier.</p>";
        assertThat(ArticleImporter.fromHtml("<p class=meta><a rel=author href=/people/ada>Ada Lovelace</a></p>" + body)
                .author()).contains("Ada Lovelace");
        assertThat(ArticleImporter.fromHtml("<span itemprop=author><span itemprop=name>Ada Lovelace</span></span>" + body)
                .author()).contains("Ada Lovelace");
        assertThat(ArticleImporter.fromHtml("<span itemprop=author>Our Foreign Staff</span>" + body).author()).isEmpty();
        assertThat(ArticleImporter.fromHtml("<span itemprop=author>Home and away</span>" + body).author()).isEmpty();
    }

    /** A layout class with a chrome word ("sidebar") around the whole page once left no text at all. */
    @Test
    void aPageWholeInsideAChromeClassIsReadAgainWithoutTheClassRule() throws Exception {
        List<String> paragraphs = List.of("one", "two", "three", "four", "five").stream()
                .map(n -> "Pier " + n + " will be rebuilt, the harbour board voted on Tuesday, after storms closed it in the "
                        + "winter; the work will cost about four million, paid over three years.")
                .toList();
        StringBuilder page = new StringBuilder("<head><meta property=\"og:title\" content=\"Piers to be rebuilt\"></head>"
                + "<body><div class=\"panel-display panel-two-col-sidebar-right\"><nav>Home News Sport</nav>"
                + "<h1>Piers to be rebuilt</h1>");
        paragraphs.forEach(p -> page.append("<p>").append(p).append("</p>"));
        ImportedArticle a = ArticleImporter.fromHtml(page.append("<form>Sign up</form></div></body>").toString());
        assertThat(a.title()).isEqualTo("Piers to be rebuilt");
        assertThat(a.toMarkdown()).contains(paragraphs).doesNotContain("Home News", "Sign up");
    }

    /** Emphasis holding a line break ended the line it had started on (an index out of bounds). */
    @Test
    void emphasisAroundALineBreakKeepsItsWordsAndMarksOnlyItsLastLine() throws Exception {
        String md = ArticleImporter.fromHtml("<h1>Title of it</h1><p>The first line of the story is here. "
                + "<em><strong>Read the rest of it.<br>Then the next</strong> part</em> today.</p>").toMarkdown();
        assertThat(md.substring(md.indexOf("\n---\n") + 5))
                .isEqualTo("\nThe first line of the story is here. Read the rest of it.\n\n**Then the next** part today.\n");
    }

    /** Long runs of capitalised words, hyphens, digits and markers once overflowed the regex stack. */
    @Test
    void hostileLinesNeitherOverflowNorHang() {
        String caps = "Title here\nAccording to a report by " + "Alpha ".repeat(50_000) + "x.\n";
        String odd = "Title here\nBy " + "Ab-".repeat(60_000) + "Cd\n" + "1".repeat(100_000) + " words\n"
                + "[1]".repeat(50_000) + "\nThe end of it all is here now.\n";
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
            assertThat(ArticleImporter.fromText(caps).title()).isEqualTo("Title here");
            assertThat(ArticleImporter.fromText(odd).title()).isEqualTo("Title here");
        });
    }
}
