package dev.briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISConverter;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bibliography exports, read back by real parsers, with titles and publishers built to break
 * them: an unpaired brace truncated or dropped the BibTeX entry, a line separator reached RIS raw.
 */
class ExportsTest {
    /** Each hostile text as written in YAML (double-quoted), and what it reads as in every export. */
    private record Text(String yaml, String read) {}

    private static final List<Text> HOSTILE = List.of(
            new Text("Costs {fell 50%", "Costs {fell 50%"),
            new Text("A} closing brace {first", "A} closing brace {first"),
            new Text("}}}{{{ braces only", "}}}{{{ braces only"),
            new Text("Ends in a backslash \\\\", "Ends in a backslash \\"),
            new Text("@misc{injected, title = {x}} % comment", "@misc{injected, title = {x}} % comment"),
            new Text("Line\\u2028separator and\\u2029paragraph", "Line separator and paragraph"),
            new Text("Title\\nER  - \\nTY  - JOUR", "Title ER - TY - JOUR"));

    @TempDir
    Path tmp;

    private HostileSite site() {
        StringBuilder sources = new StringBuilder();
        for (int i = 0; i < HOSTILE.size(); i++) {
            sources.append("  - title: \"").append(HOSTILE.get(i).yaml()).append("\"\n")
                    .append("    publisher: \"").append(HOSTILE.get(HOSTILE.size() - 1 - i).yaml()).append("\"\n")
                    .append("    url: https://example.org/").append(i).append('\n');
        }
        HostileSite site = HostileSite.in(tmp).article("a", "title: \"" + HOSTILE.get(0).yaml() + "\"\npublisher: \""
                + HOSTILE.get(1).yaml() + "\"\nsources:\n" + sources, "Text.\n");
        var run = site.build("--base-url", "https://example.org/");
        assertThat(run.exit()).as(run.err()).isZero();
        return site;
    }

    /** The article's own title, then each source's. */
    private static List<String> titles() {
        List<String> all = new java.util.ArrayList<>(List.of(HOSTILE.get(0).read()));
        HOSTILE.forEach(t -> all.add(t.read()));
        return all;
    }

    @Test
    void bibtexParsesEntryByEntryWithTheSameTitles() throws Exception {
        String bib = Files.readString(site().out.resolve("sources/bibliography.bib"));

        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
        assertThat(db.getEntries()).hasSize(1 + HOSTILE.size());
        assertThat(db.getEntries().keySet()).extracting(Key::getValue).doesNotContain("injected");

        Map<String, CSLItemData> items = new BibTeXConverter().toItemData(
                new BibTeXConverter().loadDatabase(new ByteArrayInputStream(bib.getBytes(StandardCharsets.UTF_8))));
        assertThat(items.values().stream().map(CSLItemData::getTitle).toList())
                .containsExactlyInAnyOrderElementsOf(titles());
        assertThat(items.values().stream().map(CSLItemData::getPublisher).toList())
                .containsAll(HOSTILE.stream().map(Text::read).toList());
    }

    @Test
    void risHasOneLinePerTagAndTheSameTitles() throws Exception {
        String ris = Files.readString(site().out.resolve("sources/bibliography.ris"));

        assertThat(ris).doesNotContain("\u2028", "\u2029");
        assertThat(ris.split("\r\n")).allMatch(line -> line.isEmpty() || line.matches("[A-Z][A-Z0-9]  - .*"));
        Map<String, CSLItemData> read = new RISConverter().toItemData(
                new RISConverter().loadLibrary(new ByteArrayInputStream(ris.getBytes(StandardCharsets.UTF_8))));
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        read.values().forEach(i -> items.put(i.getId(), i));
        assertThat(items).hasSize(1 + HOSTILE.size());
        assertThat(items.values().stream().map(CSLItemData::getTitle).toList())
                .containsExactlyInAnyOrderElementsOf(titles());
        assertThat(items.values().stream().map(CSLItemData::getPublisher).toList())
                .containsAll(HOSTILE.stream().map(Text::read).toList());
    }
}
