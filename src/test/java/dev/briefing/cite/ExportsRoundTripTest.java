package dev.briefing.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISConverter;
import dev.briefing.index.SourceEntry;
import dev.briefing.model.PartialDate;
import dev.briefing.site.SiteBuilder;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BibTeX, RIS and CSL-JSON exports, read back with citeproc-java's own readers, give the same
 * titles, publishers, dates and URLs the site shows.
 */
class ExportsRoundTripTest {
    @TempDir
    Path tmp;

    private SiteFixture site() throws Exception {
        return new SiteFixture(tmp).site("title: Test briefing\nbase_url: https://example.org/briefing/\n")
                .article("tricky", """
                        ---
                        title: "Costs {fell} 50% & more: $5, #1, snake_case, ~tilde, ^caret, back\\\\slash — Ünïcode"
                        date: 2026-05-22
                        author: Jane Q. Doe and John Smith
                        publisher: "R&D_Weekly #3"
                        sources:
                          - title: "A month-dated paper"
                            author: "Kaplan, Jared"
                            publisher: arXiv
                            date: 2020-01
                            url: "https://example.org/path_with_underscores/a&b?q=1#frag"
                            doi: 10.48550/arXiv.2001.08361
                            accessed: 2026-05-20
                          - title: "Year only"
                            publisher: "Ötzi Press"
                            date: 2019
                            url: https://example.net/y
                          - title: "Undated and unlinked"
                            publisher: The Wire
                        ---
                        Body.
                        """);
    }

    @Test
    void bibtexReadsBackIntoTheSameItems() throws Exception {
        SiteFixture site = site();
        SiteBuilder.Result result = site.build();
        String bib = site.file("sources/bibliography.bib");

        assertThat(bib).contains("@online{tricky,", "@misc{undated-and-unlinked,",
                "title = {{Costs \\{fell\\} 50\\% \\& more: \\$5, \\#1, snake\\_case, \\textasciitilde{}tilde, "
                        + "\\textasciicircum{}caret, back\\textbackslash{}slash — Ünïcode}}",
                "urldate = {2026-05-20}", "date = {2020-01}");
        assertThat(bib).doesNotContain("n.d.");
        assertThat(bib.lines().filter(l -> l.contains("urldate"))).hasSize(1);

        Map<String, CSLItemData> items = new BibTeXConverter().toItemData(
                new BibTeXConverter().loadDatabase(new ByteArrayInputStream(bib.getBytes(StandardCharsets.UTF_8))));
        assertSameItems(result.index().sources(), items, CSLItemData::getPublisher);
        assertThat(List.copyOf(items.keySet())).isEqualTo(result.index().sources().stream().map(SourceEntry::id).toList());
        assertThat(items.get("a-month-dated-paper").getDOI()).isEqualTo("10.48550/arXiv.2001.08361");
        assertThat(items.get("a-month-dated-paper").getAccessed().getRaw()).isEqualTo("2026-05-20");
        assertThat(items.get("tricky").getAuthor()).extracting(n -> n.getFamily()).containsExactly("Doe", "Smith");
    }

    /**
     * Non-ASCII text is written as UTF-8, not as TeX accents. (citeproc-java's BibTeX reader, jbibtex,
     * cannot lex CJK letters, so this one is checked in the file rather than read back.)
     */
    @Test
    void nonAsciiTextStaysUtf8() throws Exception {
        SiteFixture site = new SiteFixture(tmp).site("title: Test\n").article("a", """
                ---
                title: "Tōkyō 東京 — Ünïcode"
                publisher: "Ötzi Press"
                ---
                Body.
                """);
        site.build();
        assertThat(site.file("sources/bibliography.bib"))
                .contains("title = {{Tōkyō 東京 — Ünïcode}}", "publisher = {Ötzi Press}");
    }

    @Test
    void risReadsBackIntoTheSameItems() throws Exception {
        SiteFixture site = site();
        SiteBuilder.Result result = site.build();
        String ris = site.file("sources/bibliography.ris");

        assertThat(ris).contains("TY  - ELEC\r\nID  - tricky\r\n", "DA  - 2020/01//\r\n", "PY  - 2019\r\nDA  - 2019///\r\n");
        Map<String, CSLItemData> read = new RISConverter().toItemData(
                new RISConverter().loadLibrary(new ByteArrayInputStream(ris.getBytes(StandardCharsets.UTF_8))));
        // the RIS reader's map is keyed by ID, in no particular order
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        read.values().forEach(i -> items.put(i.getId(), i));
        assertSameItems(result.index().sources(), items, CSLItemData::getPublisher);
    }

    @Test
    void cslJsonReadsBackIntoTheSameItems() throws Exception {
        SiteFixture site = site();
        SiteBuilder.Result result = site.build();
        List<Object> array = new JsonParser(new JsonLexer(new StringReader(site.file("sources/bibliography.json"))))
                .parseArray();
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        for (Object o : array) {
            @SuppressWarnings("unchecked")
            CSLItemData item = CSLItemData.fromJson((Map<String, Object>) o);
            items.put(item.getId(), item);
        }
        assertSameItems(result.index().sources(), items, CSLItemData::getContainerTitle);
    }

    private static void assertSameItems(List<SourceEntry> sources, Map<String, CSLItemData> items,
            java.util.function.Function<CSLItemData, String> publisher) {
        assertThat(items.keySet()).containsExactlyInAnyOrderElementsOf(sources.stream().map(SourceEntry::id).toList());
        for (SourceEntry s : sources) {
            CSLItemData item = items.get(s.id());
            assertThat(item.getTitle()).as(s.id()).isEqualTo(s.title());
            assertThat(Optional.ofNullable(publisher.apply(item))).as(s.id()).isEqualTo(s.publisher());
            assertThat(Optional.ofNullable(item.getURL())).as(s.id()).isEqualTo(s.url());
            assertThat(parts(item.getIssued())).as(s.id()).isEqualTo(s.date().map(ExportsRoundTripTest::parts).orElse(null));
        }
    }

    /**
     * The BibTeX and RIS readers keep dates as {@code raw} text ({@code 2020-01}, {@code 2020/01//})
     * for the CSL processor to parse; CSL-JSON has date parts.
     */
    private static List<Integer> parts(CSLDate date) {
        if (date == null || (date.getDateParts() == null && date.getRaw() == null)) {
            return null; // the RIS reader gives undated items an empty date
        }
        if (date.getDateParts() != null) {
            return Arrays.stream(date.getDateParts()[0]).boxed().toList();
        }
        return Arrays.stream(date.getRaw().split("[-/]")).filter(p -> !p.isEmpty()).map(Integer::valueOf).toList();
    }

    private static List<Integer> parts(PartialDate d) {
        return d.hasDay() ? List.of(d.year(), d.month(), d.day())
                : d.hasMonth() ? List.of(d.year(), d.month()) : List.of(d.year());
    }
}
