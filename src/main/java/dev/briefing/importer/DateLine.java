package dev.briefing.importer;

import dev.briefing.model.PartialDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that is only a date as outlets print it, with what may stand around it: a label
 * ({@code Updated}, {@code Posted on}, {@code date}), a time and a weekday ({@code Updated 3:41 PM
 * EST, Tue March 4, 2025}), a section after a separator ({@code 2026-05-22 — views}), the author
 * ({@code Posted on 14 September 2024 by Ada Lovelace}), a relative update note ({@code Updated 2
 * hours ago}), or reading time and word count joined by dots ({@code 2025-01-18·922 words·5 mins·}).
 * A sentence that contains a date is not a date line.
 */
record DateLine(PartialDate date, Optional<String> section, List<String> authors) {
    private static final String SEPARATOR = "\\s+[—–\\-|·/•]\\s+";
    private static final Pattern LABEL = Pattern.compile("(?i)(?:last updated|updated|first published|originally published|"
            + "published|posted(?: on)?|last modified|modified|date)\\s*:?\\s+(.*)");
    private static final Pattern TIME = Pattern.compile(
            "(?i)(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5}\\b)?");
    private static final Pattern LEADING_TIME = Pattern.compile(
            "(?i)(\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?),?\\s+(.*)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+(.*)");
    private static final Pattern ISO = Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(\\b.*)?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(\\b.*)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})(\\b.*)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?,?\\s+(\\d{4})");
    private static final Pattern UPDATE_NOTE = Pattern.compile("(?i)(?:last\\s+)?updated\\b.*");
    private static final Pattern BY = Pattern.compile("(?i)by\\s+\\S.*");
    private static final Pattern SECTION = Pattern.compile(SEPARATOR + "(.+)");
    /** "Posted by Ada Lovelace on 2 April 2024". */
    private static final Pattern BY_ON = Pattern.compile("(?i)(?:posted |published |written )?by\\s+(.+?)\\s+(?:on|[|·—–-])\\s+(.+)");

    static Optional<DateLine> parse(String line) {
        String s = InlineMarks.plain(line).strip();
        Matcher byOn = BY_ON.matcher(s);
        if (byOn.matches()) {
            Optional<Byline> byline = Byline.parse("By " + byOn.group(1));
            Optional<DateLine> date = parse(byOn.group(2));
            if (byline.isPresent() && byline.get().outlet().isEmpty() && date.isPresent() && date.get().authors().isEmpty()) {
                return Optional.of(new DateLine(date.get().date(), date.get().section(), byline.get().authors()));
            }
        }
        if (s.matches(".+[·•].*")) {
            Optional<DateLine> dotted = dotted(s);
            if (dotted.isPresent()) {
                return dotted;
            }
        }
        Matcher label = LABEL.matcher(s);
        if (label.matches()) {
            s = label.group(1);
        }
        Matcher time = LEADING_TIME.matcher(s);
        if (time.matches()) {
            s = time.group(2);
        }
        Matcher weekday = WEEKDAY.matcher(s);
        if (weekday.matches()) {
            s = weekday.group(1);
        }
        return dateAndRest(s).flatMap(d -> withRest(d.date, d.rest));
    }

    /** "2025-01-18·922 words·5 mins·", "Nov 20, 2024 • 4 min read": a date, then reading time and word count. */
    private static Optional<DateLine> dotted(String s) {
        String[] parts = s.split("\\s*[·•]\\s*");
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty() && !LineShapes.isReadingTime(parts[i]) && !LineShapes.isWordCount(parts[i])) {
                return Optional.empty();
            }
        }
        return dateAndRest(parts[0]).filter(d -> d.rest.isBlank())
                .map(d -> new DateLine(d.date, Optional.empty(), List.of()));
    }

    private record DateAndRest(PartialDate date, String rest) {}

    private static Optional<DateAndRest> dateAndRest(String s) {
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            return PartialDate.parse(iso.group(1), new StringBuilder()).map(d -> new DateAndRest(d, rest(iso.group(2))));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(s);
        if (mdy.matches()) {
            return fullDate(mdy.group(3), mdy.group(1), mdy.group(2)).map(d -> new DateAndRest(d, rest(mdy.group(4))));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(s);
        if (dmy.matches()) {
            return fullDate(dmy.group(3), dmy.group(2), dmy.group(1)).map(d -> new DateAndRest(d, rest(dmy.group(4))));
        }
        return Optional.empty();
    }

    private static String rest(String group) {
        return group == null ? "" : group;
    }

    /** What may follow the date: a time, an update note, "by" and the author, or a separator and the section. */
    private static Optional<DateLine> withRest(PartialDate date, String rest) {
        String r = rest.strip().replaceFirst("^,\\s*", "");
        Matcher time = Pattern.compile("(" + TIME.pattern() + ")(?:\\s+(.*))?").matcher(r);
        if (!r.isEmpty() && Character.isDigit(r.replaceFirst("(?i)^at\\s+", "").charAt(0)) && time.matches()) {
            r = time.group(2) == null ? "" : time.group(2).strip();
        }
        if (r.isEmpty() || UPDATE_NOTE.matcher(r).matches()) {
            return Optional.of(new DateLine(date, Optional.empty(), List.of()));
        }
        if (BY.matcher(r).matches()) {
            return Byline.parse(r).filter(b -> b.outlet().isEmpty())
                    .map(b -> new DateLine(date, Optional.empty(), b.authors()));
        }
        Matcher section = SECTION.matcher(" " + r);
        if (section.matches()) {
            String text = section.group(1).strip();
            if (TIME.matcher(text).matches()) {
                return Optional.of(new DateLine(date, Optional.empty(), List.of()));
            }
            return LineShapes.isNameShaped(text) ? Optional.of(new DateLine(date, Optional.of(text), List.of()))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /** A month and year alone ("October 2024", "Oct. 2024"), as reference lists give them. */
    static Optional<PartialDate> monthYear(String text) {
        Matcher m = MONTH_YEAR.matcher(text.strip());
        return m.matches() ? month(m.group(1)).flatMap(mo -> PartialDate.parse(
                String.format(Locale.ROOT, "%s-%02d", m.group(2), mo), new StringBuilder())) : Optional.empty();
    }

    private static Optional<PartialDate> fullDate(String year, String monthName, String day) {
        return month(monthName).flatMap(m -> PartialDate.parse(
                String.format(Locale.ROOT, "%s-%02d-%02d", year, m, Integer.parseInt(day)), new StringBuilder()));
    }

    /** English month names, full or abbreviated to at least three letters. */
    private static Optional<Integer> month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (n.length() >= 3 && full.startsWith(n) || n.equals("sept") && m == Month.SEPTEMBER) {
                return Optional.of(m.getValue());
            }
        }
        return Optional.empty();
    }
}
