package dev.briefing.importer;

import dev.briefing.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note that cites a work with its title in quotation marks, as notes and reference lists write
 * them: {@code Author, “Title,” Publisher, October 2024, https://…}. Before the title stands the
 * author, or the publisher when nothing names one after the title; after it, the publisher, the
 * date and the URL, in any order.
 */
final class NoteCitation {
    private static final Pattern QUOTED = Pattern.compile("(.*?)[“\"]([^”\"]{2,300}?)[,.]?[”\"][,.]?\\s*(.*)");
    private static final Pattern YEAR = Pattern.compile("\\(?(\\d{4})\\)?");

    private NoteCitation() {}

    static Optional<ImportedSource> parse(String note) {
        Matcher m = QUOTED.matcher(note.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String before = m.group(1).strip().replaceFirst("[,:.]$", "").strip();
        String title = m.group(2).strip();
        String after = m.group(3).strip();
        Optional<String> url = InlineMarks.firstUrl(after);
        Optional<PartialDate> date = Optional.empty();
        List<String> named = new ArrayList<>();
        for (String part : InlineMarks.withoutUrls(after).split("\\s*[,;]\\s+")) {
            String p = part.strip().replaceFirst("^[—–-]\\s*", "").replaceFirst("[.,;]$", "").strip();
            if (p.isEmpty()) {
                continue;
            }
            Optional<PartialDate> d = date(p);
            if (d.isPresent() && date.isEmpty()) {
                date = d;
            } else if (LineShapes.isNameShaped(p)) {
                named.add(p);
            } else {
                return Optional.empty(); // more than a citation: the note says something of its own
            }
        }
        if (before.isEmpty() && named.isEmpty() && url.isEmpty()) {
            return Optional.empty();
        }
        if (!before.isEmpty() && !LineShapes.isNameShaped(before) && !Byline.isPersonName(before)) {
            return Optional.empty();
        }
        Optional<String> author = Optional.empty();
        Optional<String> publisher;
        if (!named.isEmpty()) {
            author = Optional.of(before).filter(b -> !b.isEmpty());
            publisher = Optional.of(named.get(0));
        } else {
            publisher = Optional.of(before).filter(b -> !b.isEmpty());
        }
        return Optional.of(new ImportedSource(title, author, publisher, date, url));
    }

    private static Optional<PartialDate> date(String text) {
        Matcher year = YEAR.matcher(text);
        if (year.matches()) {
            return PartialDate.parse(year.group(1), new StringBuilder());
        }
        return DateLine.parse(text).map(DateLine::date).or(() -> DateLine.monthYear(text));
    }
}
