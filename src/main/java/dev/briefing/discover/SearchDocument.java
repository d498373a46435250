package dev.briefing.discover;

import dev.briefing.model.Utf8Text;
import java.util.List;

/**
 * One thing the search finds, as the index sees it: its words by field (a title weighs more than a
 * body) and what a result shows (title, a line of facts, and the sentence that matched).
 *
 * @param meta a line of facts shown under the title (date and publisher; a role), or null
 * @param fields the text indexed, each with its weight
 * @param text what a result may quote: lines, each cut into sentences (an article's summary and
 *     body, a person's other names, roles and description)
 */
record SearchDocument(Kind kind, String path, String title, String meta, List<Field> fields, List<Utf8Text> text) {

    /**
     * The kinds, in the order the index numbers documents.
     *
     * @param code names the kind in the index files
     * @param perFile documents per file of quotable text: one article, many people or sources
     */
    enum Kind {
        ARTICLE("a", 1),
        PERSON("p", 50),
        ORGANIZATION("o", 50),
        SOURCE("s", 50);

        final String code;
        final int perFile;

        Kind(String code, int perFile) {
            this.code = code;
            this.perFile = perFile;
        }
    }

    /**
     * Text of one field and how much a word in it counts, against 1 for a word of a body. Kept as
     * UTF-8 (an article's body is the index's own copy), so the documents of a large site do not
     * hold every body again as a string while the index is made.
     */
    record Field(Utf8Text utf8, float weight) {
        Field(String text, float weight) {
            this(Utf8Text.of(text), weight);
        }

        String text() {
            return utf8.toString();
        }
    }
}
