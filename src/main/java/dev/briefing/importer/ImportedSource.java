package dev.briefing.importer;

import dev.briefing.model.PartialDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of an article's list of cited works, as the list states it: "Title — Publisher ↗",
 * optionally with a link or URL and a date. Nothing is guessed: no URL or date unless stated.
 */
public record ImportedSource(String title, Optional<String> publisher, Optional<PartialDate> date, Optional<String> url) {
    /** Between title and publisher; the last one counts, since titles contain dashes too. */
    private static final String PUBLISHER_SEPARATOR = " — ";
    /** Arrows sites put after outbound links. */
    private static final Pattern TRAILING_ARROWS = Pattern.compile("[\\s↗→⇗➚🔗]+$");
    private static final Pattern TRAILING_DATE = Pattern.compile("(.*?)(?:,\\s*|\\s+\\()(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)\\)?$");

    static Optional<ImportedSource> parse(String line) {
        String item = LineShapes.bulletItem(line)
                .or(() -> LineShapes.numberedItem(line).map(LineShapes.NumberedItem::text))
                .orElse(line.strip());
        Optional<String> url = InlineLinks.firstUrl(item);
        String text = TRAILING_ARROWS.matcher(InlineLinks.withoutUrls(item)).replaceAll("").strip();
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
}
