package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.briefing.errors.BuildFailedException;
import dev.briefing.errors.Problem;
import dev.briefing.testing.Sites;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images and files articles name: copied into the site at the same place, images with their size
 * read from the file, alt text required, a missing file an error at its position; the first image
 * is the article's og:image and JSON-LD image; feeds and emails get absolute addresses.
 */
class ImagesAndFilesTest {
    static final String BASE = "https://example.org/b/";

    @TempDir
    Path tmp;

    private Path content() throws IOException {
        Path content = tmp.resolve("content");
        Sites.write(content, "site.yaml", "title: Pictures\n");
        Sites.write(content, "people.yaml", "[]\n");
        Sites.write(content, "articles/charts.md", """
                ---
                title: Charts
                date: 2026-01-02
                summary: A chart and a logo.
                ---

                ![A rising line](img/chart.png)

                The logo: ![The lab's logo](../assets/logo.svg). Read [the full report](files/report.pdf).
                """);
        Path img = content.resolve("articles/img");
        Files.createDirectories(img);
        ImageIO.write(new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB), "png", img.resolve("chart.png").toFile());
        Sites.write(content, "articles/files/report.pdf", "%PDF-1.4 not really\n");
        Sites.write(content, "assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\"></svg>\n");
        Sites.write(content, "assets/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\"></svg>\n");
        return content;
    }

    @Test
    void imagesAndFilesAreCopiedWithTheirSizes() throws IOException {
        Path out = tmp.resolve("out");
        Sites.build(content(), out, Optional.of(BASE));

        assertThat(out.resolve("articles/img/chart.png")).isRegularFile();
        assertThat(out.resolve("articles/files/report.pdf")).hasContent("%PDF-1.4 not really");
        assertThat(out.resolve("assets/logo.svg")).isRegularFile();
        assertThat(out.resolve("assets/favicon.svg")).content().contains("width=\"16\"");
        Document page = Sites.page(out, "articles/charts.html");
        Element chart = page.expectFirst(".body img[alt=A rising line]");
        assertThat(chart.attr("src")).isEqualTo("img/chart.png");
        assertThat(chart.attr("width")).isEqualTo("640");
        assertThat(chart.attr("height")).isEqualTo("360");
        Element logo = page.expectFirst(".body img[src$=logo.svg]");
        assertThat(logo.attr("width") + "x" + logo.attr("height")).isEqualTo("120x40");
        assertThat(page.expectFirst("meta[property=og:image]").attr("content")).isEqualTo(BASE + "articles/img/chart.png");
        assertThat(page.expectFirst("meta[property=og:image:alt]").attr("content")).isEqualTo("A rising line");
        assertThat(page.expectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.expectFirst("script[type=application/ld+json]").data())
                .contains("\"image\" : \"" + BASE + "articles/img/chart.png\"");

        Document feed = Jsoup.parse(Files.readString(out.resolve("feed.xml")), "", Parser.xmlParser());
        Document entry = Jsoup.parseBodyFragment(feed.expectFirst("entry content").text());
        assertThat(entry.select("img").eachAttr("src"))
                .containsExactly(BASE + "articles/img/chart.png", BASE + "assets/logo.svg");
        assertThat(entry.expectFirst("a:containsOwn(the full report)").attr("href"))
                .isEqualTo(BASE + "articles/files/report.pdf");

        Document email = Jsoup.parse(out.resolve("newsletter/charts.html").toFile(), "UTF-8");
        Element emailed = email.expectFirst("img[alt=A rising line]");
        assertThat(emailed.attr("src")).isEqualTo(BASE + "articles/img/chart.png");
        assertThat(emailed.attr("width")).isEqualTo("640");
        assertThat(emailed.attr("style")).contains("max-width:100%");
    }

    @Test
    void aMissingFileAMissingAltAndAFileOutsideTheContentAreErrorsAtTheirPlace() throws IOException {
        Path content = content();
        Sites.write(content, "articles/broken.md", """
                ---
                title: Broken
                ---

                ![](img/chart.png) and ![A map](img/map.png).

                See [notes](notes.txt) and [secrets](../../secrets.txt).
                """);
        Path file = content.resolve("articles/broken.md");
        assertThatThrownBy(() -> new SiteBuilder().build(new SiteBuilder.Options(content, Sites.THEME, tmp.resolve("out"),
                Optional.empty(), true)))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(e.problems())
                        .filteredOn(Problem::isError).extracting(Problem::format).containsExactly(
                                file + ":5:1: image 'img/chart.png' has no alt text: say what it shows, "
                                        + "![what it shows](img/chart.png)",
                                file + ":5:24: image not found: img/map.png",
                                file + ":7:5: linked file not found: notes.txt",
                                file + ":7:28: '../../secrets.txt' is outside the content folder; put the file in "
                                        + "content/assets/ or beside the article"));
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    /**
     * The reference forms of CommonMark ({@code ![alt][label]} with {@code [label]: address}
     * elsewhere) get what the inline forms get: sizes, the og:image, absolute addresses in emails;
     * and their problems are errors, a file's at its definition, reported once however often used.
     */
    @Test
    void referenceStyleImagesAndLinksAreSizedAndCheckedLikeInlineOnes() throws IOException {
        Path content = content();
        Sites.write(content, "articles/charts.md", """
                ---
                title: Charts
                date: 2026-01-02
                ---

                ![A rising line][chart] and again ![The same line][chart]. The [report][pdf].

                [chart]: img/chart.png
                [pdf]: files/report.pdf
                """);
        Path out = tmp.resolve("out");
        Sites.build(content, out, Optional.of(BASE));
        Document page = Sites.page(out, "articles/charts.html");
        assertThat(page.select(".body img")).extracting(i -> i.attr("alt"), i -> i.attr("src"), i -> i.attr("width"),
                i -> i.attr("height")).containsExactly(tuple("A rising line", "img/chart.png", "640", "360"),
                tuple("The same line", "img/chart.png", "640", "360"));
        assertThat(page.expectFirst("meta[property=og:image]").attr("content")).isEqualTo(BASE + "articles/img/chart.png");
        Document email = Jsoup.parse(out.resolve("newsletter/charts.html").toFile(), "UTF-8");
        assertThat(email.select("img").eachAttr("src")).containsExactly(BASE + "articles/img/chart.png",
                BASE + "articles/img/chart.png");

        Sites.write(content, "articles/broken.md", """
                ---
                title: Broken
                ---

                ![][chart] ![A map][map] ![Another map][map] [notes][txt] [Charts][charts] [Gone][gone] [gone]
                ![Only text][undefined]

                [chart]: img/chart.png
                [map]: img/map.png
                [txt]: notes.txt
                [charts]: charts.md
                [gone]: gone.md
                """);
        Path file = content.resolve("articles/broken.md");
        assertThatThrownBy(() -> new SiteBuilder().build(new SiteBuilder.Options(content, Sites.THEME, tmp.resolve("out2"),
                Optional.empty(), true)))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(e.problems())
                        .filteredOn(Problem::isError).extracting(Problem::format).containsExactly(
                                file + ":5:1: image 'img/chart.png' has no alt text: say what it shows, "
                                        + "![what it shows][chart]",
                                file + ":9:1: image not found: img/map.png",
                                file + ":10:1: linked file not found: notes.txt",
                                file + ":12:9: broken link 'gone.md': no article with slug 'gone'"));
    }
}
