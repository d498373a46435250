package dev.briefing.importer;

import dev.briefing.model.PartialDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One work an article cites, with only the facts the text states: title, author, publisher, date,
 * URL. Nothing is guessed: no URL or date unless stated.
 *
 * <p>{@link #parse} reads an entry of a list of cited works: "Title — Publisher ↗", optionally with
 * a link or URL and a date, or a note in the shape "Publisher, “Title,” October 2024."
 */
public record ImportedSource(String title, Optional<String> author, Optional<String> publisher,
        Optional<PartialDate> date, Optional<String> url) {
    /** Between title and publisher; the last one counts, since titles contain dashes too. */
    private static final String PUBLISHER_SEPARATOR = " — ";
    /** Arrows sites put after outbound links. */
    private static final Pattern TRAILING_ARROWS = Pattern.compile("[\\s↗→⇗➚🔗]+$");
    private static final Pattern TRAILING_DATE = Pattern.compile("(.*?)(?:,\\s*|\\s+\\()(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)\\)?$");
    /** A note's marker: "[1]", "1.", "^1". */
    private static final Pattern NOTE_MARKER = Pattern.compile("\\s*(?:\\[\\d{1,3}]|\\^\\d{1,3}|\\d{1,3}[.)])\\s+(\\S.*)");

    public ImportedSource(String title, Optional<String> publisher, Optional<PartialDate> date, Optional<String> url) {
        this(title, Optional.empty(), publisher, date, url);
    }

    static Optional<ImportedSource> parse(String line) {
        String item = itemText(line);
        Optional<ImportedSource> note = NoteCitation.parse(item);
        if (note.isPresent()) {
            return note;
        }
        Optional<String> url = InlineMarks.firstUrl(item);
        String text = TRAILING_ARROWS.matcher(InlineMarks.withoutUrls(item)).replaceAll("").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int split = text.lastIndexOf(PUBLISHER_SEPARATOR);
        if (split <= 0) {
            return Optional.of(new ImportedSource(text, Optional.empty(), Optional.empty(), url));
        }
        String title = text.substring(0, split).strip();
        String publisher = text.substring(split + PUBLISHER_SEPARATOR.length()).strip();
        Optional<PartialDate> date = Optional.empty();
        Matcher dated = TRAILING_DATE.matcher(publisher);
        if (dated.matches()) {
            date = PartialDate.parse(dated.group(2), new StringBuilder());
            if (date.isPresent()) {
                publisher = dated.group(1).strip();
            }
        }
        return Optional.of(new ImportedSource(title, Optional.of(publisher).filter(p -> !p.isEmpty()), date, url));
    }

    /** The entry without its list marker or note marker. */
    static String itemText(String line) {
        Matcher note = NOTE_MARKER.matcher(line);
        if (note.matches()) {
            return note.group(1).strip();
        }
        return LineShapes.bulletItem(line).orElse(line.strip());
    }

    static boolean isNoteItem(String line) {
        return NOTE_MARKER.matcher(line).matches();
    }
}
