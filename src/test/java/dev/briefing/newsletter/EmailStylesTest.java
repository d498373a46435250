package dev.briefing.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.errors.Problems;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmailStylesTest {
    private final Problems problems = new Problems();
    private final EmailStyles styles = EmailStyles.parse("""
            item { margin: 0 0 8px 0; }
            note { color: #52606d; font-family: "Iowan Old Style", Georgia, serif; }
            """, Path.of("styles.css"), problems);

    @Test
    void namesGiveOneAttributeMergedInOrderAndEscaped() throws Exception {
        assertThat(problems.sorted()).isEmpty();
        assertThat(markup("item note")).isEqualTo("style=\"margin:0 0 8px 0;color:#52606d;"
                + "font-family:&quot;Iowan Old Style&quot;,Georgia,serif\"");
        assertThat(markup("note item")).startsWith("style=\"color:#52606d;").endsWith(";margin:0 0 8px 0\"");
        assertThat(styles.attributes().get("item")).isSameAs(styles.attributes().get("item"));
    }

    @Test
    void aNameNotInTheTableGivesNoAttribute() {
        assertThat(styles.attributes().get("item missing")).isNull();
        assertThat(styles.attributes().containsKey("missing")).isFalse();
        assertThat(styles.attributes().get("")).isNull();
    }

    private String markup(String names) throws Exception {
        return HTMLOutputFormat.INSTANCE.getMarkupString((TemplateHTMLOutputModel) styles.attributes().get(names));
    }
}
