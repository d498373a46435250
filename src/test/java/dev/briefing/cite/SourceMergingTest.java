package dev.briefing.cite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.errors.Problem;
import dev.briefing.index.SourceEntry;
import dev.briefing.site.SiteBuilder;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources from front matter and from "Sources" lists in the text, merged into one bibliography. */
class SourceMergingTest {
    static final String SITE = "title: Test briefing\nbase_url: https://example.org/test/\n";

    @TempDir
    Path tmp;

    @Test
    void twoArticlesCitingTheSameWorkByDoiOrUrlMakeOneEntryCitedByBoth() throws Exception {
        SiteFixture site = new SiteFixture(tmp).site(SITE)
                .article("first", """
                        ---
                        title: First
                        date: 2026-05-20
                        sources:
                          - title: "Scaling laws for neural language models"
                            publisher: arXiv
                            doi: 10.48550/arXiv.2001.08361
                          - title: "A report"
                            publisher: Example News
                            url: https://www.example.com/report/
                        ---
                        Body.
                        """)
                .article("second", """
                        ---
                        title: Second
                        date: 2026-05-21
                        sources:
                          - title: "Scaling Laws for Neural Language Models."
                            author: Jared Kaplan
                            date: 2020-01
                            doi: https://doi.org/10.48550/arXiv.2001.08361
                          - title: "A report, retitled"
                            url: http://example.com/report
                            date: 2026-05-19
                        ---
                        Body.
                        """);
        SiteBuilder.Result result = site.build();

        assertThat(result.index().sources()).filteredOn(s -> !s.primary()).hasSize(2);
        SourceEntry paper = result.index().sources().stream().filter(s -> s.doi().isPresent()).findFirst().orElseThrow();
        assertThat(paper.citedBy()).containsExactly("second", "first");
        assertThat(paper.author()).contains("Jared Kaplan");
        assertThat(paper.date().map(Object::toString)).contains("2020-01");
        SourceEntry report = result.index().sources().stream().filter(s -> s.url().isPresent() && !s.primary())
                .findFirst().orElseThrow();
        assertThat(report.citedBy()).containsExactly("second", "first");
        assertThat(report.date().map(Object::toString)).contains("2026-05-19");

        Document bib = site.page("bibliography.html");
        Element entry = bib.getElementById(paper.anchor());
        assertThat(entry.select(".cited-by a")).extracting(a -> a.attr("href")).containsExactly(
                "articles/second.html#cite-" + paper.id(), "articles/first.html#cite-" + paper.id());
        assertThat(entry.selectFirst(".csl-entry a").attr("href"))
                .isEqualTo("https://doi.org/10.48550/arXiv.2001.08361");
        assertThat(entry.selectFirst(".csl-entry").text()).isEqualTo("Kaplan, J. (2020, January). "
                + "Scaling Laws for Neural Language Models. arXiv. https://doi.org/10.48550/arXiv.2001.08361");
    }

    @Test
    void readsASourcesListInTheTextAndLinksEachItemToItsEntry() throws Exception {
        SiteFixture site = new SiteFixture(tmp).site(SITE)
                .article("story", """
                        ---
                        title: Story
                        sources:
                          - title: "Front matter work"
                            publisher: Example Wire
                            url: https://wire.example/work
                        ---
                        The story.

                        ## Sources

                        - [Front matter work](https://wire.example/work) — Example Wire
                        - [Launch post](https://blog.example/launch) — Example Blog (2026-05-19)
                        - “Interview transcript” — Radio Example

                        Read more:
                        - [Other](other.md)
                        """)
                .article("other", """
                        ---
                        title: Other
                        ---
                        Text.
                        """);
        SiteBuilder.Result result = site.build();

        assertThat(result.index().sourcesCitedBy("story")).extracting(SourceEntry::title).containsExactly(
                "Front matter work", "Launch post", "Interview transcript", "Other");
        SourceEntry launch = result.index().sourcesCitedBy("story").get(1);
        assertThat(launch.publisher()).contains("Example Blog");
        assertThat(launch.date().map(Object::toString)).contains("2026-05-19");
        assertThat(launch.url()).contains("https://blog.example/launch");
        assertThat(result.index().primarySource("other").orElseThrow().citedBy()).containsExactly("story");

        Document article = site.page("articles/story.html");
        assertThat(article.select(".body li a.source-entry")).extracting(a -> a.attr("href")).containsExactly(
                "../bibliography.html#src-front-matter-work", "../bibliography.html#src-launch-post",
                "../bibliography.html#src-interview-transcript", "../bibliography.html#src-other");
        assertThat(article.selectFirst(".body li a[href=https://blog.example/launch]").text()).isEqualTo("Launch post");
        assertThat(site.page("bibliography.html").getElementById("src-launch-post").selectFirst(".csl-entry").text())
                .isEqualTo("Launch post. (2026, May 19). Example Blog. https://blog.example/launch");

        assertThat(result.warnings()).extracting(Problem::format).containsExactly(
                site.content.resolve("articles/story.md") + ":14:3: warning: source has no URL");
    }

    @Test
    void checkWarnsAboutASourceWithNoUrlAtItsFrontMatterItem() throws Exception {
        SiteFixture site = new SiteFixture(tmp).site(SITE).article("a", """
                ---
                title: A
                sources:
                  - title: "Has a link"
                    url: https://example.org/x
                  - title: "Has none"
                    publisher: Somewhere
                ---
                Body.
                """);
        SiteBuilder.Result result = site.check();

        assertThat(result.warnings()).extracting(Problem::format).containsExactly(
                site.content.resolve("articles/a.md") + ":6:5: warning: source has no URL");
    }

    @Test
    void escapesMarkupInSourceTitles() throws Exception {
        SiteFixture site = new SiteFixture(tmp).site(SITE).article("a", """
                ---
                title: "<script>alert(1)</script> & co"
                sources:
                  - title: "<img src=x onerror=alert(2)> Ü & ß"
                    publisher: "R&D <b>Weekly</b>"
                    url: "https://example.org/?a=1&b=2"
                ---
                Body.
                """);
        site.build();
        Document bib = site.page("bibliography.html");

        assertThat(bib.select("main script, main img, main b")).isEmpty();
        // APA title-cases the site name, so the tag-like text prints as "<B>Weekly</B>": text, not markup.
        assertThat(bib.select("main").text()).contains("<script>alert(1)</script> & co", "<img src=x onerror=alert(2)> Ü & ß",
                "R&D <b>Weekly</b>"); // a publisher's name as written, never re-cased
        Document article = site.page("articles/a.html");
        assertThat(article.select("main script, main img, main b")).isEmpty();
    }
}
