package dev.briefing.importer;

import java.util.List;

/** One block of an imported article's body. Texts may hold links and emphasis marked with {@link InlineMarks}. */
public sealed interface Block {
    public record Paragraph(String text) implements Block {}

    public record Heading(String text) implements Block {}

    public record BulletList(List<String> items) implements Block {}

    public record OrderedList(int start, List<String> items) implements Block {}

    /** A quotation set apart from the text (HTML {@code <blockquote>}): its paragraphs. */
    public record Quote(List<String> paragraphs) implements Block {}
}
