package dev.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules for saved pages, each on a small page written for it ({@code src/test/resources/import/rules/}):
 * the article text the import must keep, word for word, and the page's text it must leave out.
 */
class ImportHtmlRulesTest {
    private static final Path RULES = Path.of("src/test/resources/import/rules");

    private static ImportedArticle read(String page) throws Exception {
        return ArticleImporter.read(RULES.resolve(page), Optional.empty());
    }

    /** The written file after its front matter. */
    private static String body(ImportedArticle article) {
        String md = article.toMarkdown();
        return md.substring(md.indexOf("\n---\n") + 5);
    }

    @Test
    void aPageWrappedInOneFormKeepsItsArticleAndDropsTheFormsInside() throws Exception {
        ImportedArticle a = read("page-in-one-form.html");
        assertThat(a.title()).isEqualTo("Harbour crane returns to work");
        assertThat(body(a)).isEqualTo("""

                The old gantry crane on the north quay lifted its first container in nine years on Tuesday, after a \
                restoration that took three winters.

                Volunteers from the port museum replaced the cables, rebuilt the cab and repainted the jib, working \
                mostly at weekends, while the harbour board paid for the new motors.

                “It sounds exactly as it did when my father drove it,” said one of the volunteers, who asked that the \
                crane, not the people, get the credit.

                The crane will work two days a month, moving the museum’s own boats, and will be open to visitors on \
                the other days.
                """);
    }

    @Test
    void whatThePageDoesNotShowIsLeftOut() throws Exception {
        ImportedArticle a = read("unshown-metadata.html");
        String md = a.toMarkdown();
        assertThat(body(a)).contains("Residents have campaigned for the service for a decade, collecting signatures "
                + "at every station on the line.");
        assertThat(md).doesNotContain("hidden copy").doesNotContain("a hidden summary says")
                .doesNotContain("2031-03-04T08:00").doesNotContain("hidden from readers");
        // Its machine-readable author is still a fact of the page.
        assertThat(a.author()).contains("Hidden Author Name");
        assertThat(body(a)).doesNotContain("Hidden Author Name");
    }

    @Test
    void anArticleSplitIntoSeveralContainersKeepsEverySection() throws Exception {
        String body = body(read("article-in-sections.html"));
        assertThat(body).startsWith("\nWhen the beekeeper opened the first hive in February, she expected to find it "
                + "empty, as it had been after every mild winter of the past five years.\n\nInstead the colony was small");
        assertThat(body).contains("The change came from a cold store.")
                .contains("and wrote each number into a ledger kept at the warehouse.\n\nFor now, the beekeepers are "
                        + "cautious. One good winter, they say, proves nothing, and the cold store will be tried again "
                        + "next year with twice as many hives.\n");
        assertThat(body).doesNotContain("Staff writer").doesNotContain("orchard that grows forty kinds")
                .doesNotContain("river is browner");
    }

    @Test
    void aSentenceAfterAReadMoreButtonStaysInTheBodyAndIsNoSource() throws Exception {
        ImportedArticle a = read("read-more-button.html");
        assertThat(body(a)).contains("describing a quiet morning.\n\nWheat futures were last [trading slightly lower]"
                + "(https://markets.example.org/wheat) in early afternoon after small gains in the morning.\n\nBarley");
        assertThat(body(a)).doesNotContain("Read More");
        assertThat(a.sources()).noneMatch(s -> s.title().startsWith("Wheat futures"));
    }

    @Test
    void aHeadingStartingWithItsNumberStaysAHeading() throws Exception {
        assertThat(body(read("numbered-headings.html"))).isEqualTo("""

                A garden by a busy road can still be a calm place, a landscape gardener told the allotment society at \
                its spring meeting.

                ## 1\\. Plant a hedge, not a fence

                Leaves scatter sound where a flat fence reflects it back, so a thick hedge of mixed shrubs does more \
                than boards of the same height.

                ## 2\\. Add moving water

                A small fountain does not make the road quieter, but the ear follows the water, and the traffic fades \
                into the background.

                ## 3\\. Sit low

                A bench set down a step, below the line of the hedge, is in the sound shadow that the hedge makes.
                """);
    }

    @Test
    void aQuotedPostEmbeddedInASocialBoxIsAQuotationAndTheShareBarGoes() throws Exception {
        String body = body(read("embedded-post.html"));
        assertThat(body).contains("one post was shared more than any other.\n\n> We paid a consultancy for four words "
                + "and two of them are the town’s name.\n>\n> — Pell Harrow (@pellharrow) [March 3, 2031]"
                + "(https://posts.example.net/pellharrow/1)\n\nThe council’s spokesperson said");
        assertThat(body).doesNotContain("Share on").doesNotContain("Email");
    }

    @Test
    void aSpaceAtTheEdgeOfALinkStaysBetweenTheWords() throws Exception {
        String body = body(read("link-spaces.html"));
        assertThat(body).contains("The [Lake Ferry Company](https://ferries.example.org/) will add two crossings")
                .contains("according to [a letter from the riders’ association](https://riders.example.org/letter), "
                        + "which counted");
    }

    @Test
    void aHoverCardOfLinksInsideASentenceGoesAndTheNameItFollowsStays() throws Exception {
        String body = body(read("hover-card.html"));
        assertThat(body).contains("Support for the river bill grew on Tuesday when Senator Orla Venn said she would "
                + "vote for it, calling it overdue.\n");
        assertThat(body).doesNotContain("presses for a vote").doesNotContain("fishing towns").doesNotContain("MORE");
    }

    @Test
    void timesWithoutAYearAdvertAndShareLabelsAndBoxesOfOtherArticlesGo() throws Exception {
        assertThat(body(read("interface-lines.html"))).isEqualTo("""

                The cottage at the foot of the lighthouse opened as a museum on Saturday, with the last keeper’s \
                logbooks on show in the kitchen.

                Visitors can climb the tower on weekends, in groups of eight, and the lamp room keeps its original \
                brass fittings.

                The museum is run by volunteers and asks for a donation rather than a ticket price.
                """);
        assertThat(Chrome.isChrome("Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM")).isTrue();
        assertThat(Chrome.isChrome("Posted on Dec 2")).isTrue();
        assertThat(Chrome.isChrome("Posted Nov 19, the notice said the ferry would run.")).isFalse();
        assertThat(Chrome.isBoxLabel("Most read in world news")).isTrue();
        assertThat(Chrome.isBoxLabel("You might also like…")).isTrue();
        assertThat(Chrome.isBoxLabel("Related news")).isTrue();
    }

    @Test
    void aLinkInCapitalsOnALineOfItsOwnGoesAndAHeadingInCapitalsStays() throws Exception {
        assertThat(body(read("shouted-links.html"))).isEqualTo("""

                The city council voted on Thursday to keep all six night bus routes, reversing a plan to cut three of \
                them in the autumn.

                Shift workers, students and hospital staff had written more than two thousand letters against the \
                cuts, the council’s transport chair said.

                ## WHAT HAPPENS NEXT

                The routes will be reviewed again in a year, with passenger counts taken on every bus between \
                midnight and five in the morning.

                The vote was 31 to 12, with two abstentions.
                """);
    }

    @Test
    void aLinkedHeadingOverAParagraphStaysAndLinkedHeadingsAloneGo() throws Exception {
        String body = body(read("linked-headings.html"));
        assertThat(body).contains("over the winter.\n\n## [Corvane 18V Compact Drill](https://shop.example.com/p/41)\n\n"
                + "The drill weighs barely more than a kilo")
                .contains("with gloves on.\n\n## [Tallis Folding Workbench](https://shop.example.com/p/77)\n\nIt folds");
        assertThat(body).doesNotContain("best saws").doesNotContain("rack out a van");
    }
}
