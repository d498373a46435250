package dev.briefing.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The autolinker run only where a link can be gives the same HTML as flexmark's on every text. */
class QuickAutolinkTest {
    private static final List<String> TEXTS = List.of(
            "Plain prose with no address in it, only words, commas, and a full stop.",
            "See https://example.org/a?b=c#d for more, or http://example.org.",
            "Visit www.example.org or WWW.EXAMPLE.ORG today; not a www dot.",
            "Write to editor@example.org, or to a.b+c@example.co.uk.",
            "A scheme alone: https:// and then words.",
            "Entities that decode to one: https&#58;//example.org and editor&#64;example.org.",
            "Escapes: https\\://example.org and editor\\@example.org.",
            "*https://example.org/in-emphasis* and **www.example.org** and `https://in.code/`",
            "[a link](https://example.org/) beside https://example.org/bare",
            "Line one ends with https://example.org/\nand line two starts with www.example.org",
            "- https://example.org/item\n- plain item\n- mail@example.org",
            "| a | b |\n|---|---|\n| https://example.org | www.example.org |",
            "Time 10:30 and ratio 3:1, said: nothing; user@ alone; @handle; www.; wwwx.org.");

    @Test
    void givesTheSameHtmlAsFlexmarksAutolinker() {
        HtmlRenderer renderer = HtmlRenderer.builder(options(AutolinkExtension.create())).build();
        Parser flexmark = Parser.builder(options(AutolinkExtension.create())).build();
        Parser quick = Parser.builder(options(QuickAutolink.create())).build();
        for (String text : TEXTS) {
            assertThat(renderer.render(quick.parse(text))).as(text).isEqualTo(renderer.render(flexmark.parse(text)));
        }
        assertThat(renderer.render(quick.parse(TEXTS.get(1)))).contains("<a href=\"https://example.org/a?b=c#d\">");
        assertThat(renderer.render(quick.parse(TEXTS.get(2)))).contains("<a href=\"http://www.example.org\">");
        assertThat(renderer.render(quick.parse(TEXTS.get(3)))).contains("<a href=\"mailto:editor@example.org\">");
    }

    private static MutableDataSet options(Extension autolinker) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(com.vladsch.flexmark.ext.tables.TablesExtension.create(), autolinker));
        return options;
    }
}
