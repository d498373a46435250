package dev.briefing.importer;

import dev.briefing.model.PartialDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that is only a date, optionally with the section after a separator:
 * {@code 2026-05-22 — views}, {@code May 22, 2026}, {@code 22 May 2026 | Opinion}.
 */
record DateLine(PartialDate date, Optional<String> section) {
    private static final String SEPARATOR = "\\s+[—–\\-|·/•]\\s+";
    private static final Pattern ISO = Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:" + SEPARATOR + "(.+))?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:" + SEPARATOR + "(.+))?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})(?:" + SEPARATOR + "(.+))?");

    static Optional<DateLine> parse(String line) {
        String s = InlineLinks.plain(line).strip();
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            return PartialDate.parse(iso.group(1), new StringBuilder()).flatMap(d -> withSection(d, iso.group(2)));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(s);
        if (mdy.matches()) {
            return fullDate(mdy.group(3), mdy.group(1), mdy.group(2)).flatMap(d -> withSection(d, mdy.group(4)));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(s);
        if (dmy.matches()) {
            return fullDate(dmy.group(3), dmy.group(2), dmy.group(1)).flatMap(d -> withSection(d, dmy.group(4)));
        }
        return Optional.empty();
    }

    private static Optional<DateLine> withSection(PartialDate date, String section) {
        if (section == null) {
            return Optional.of(new DateLine(date, Optional.empty()));
        }
        return LineShapes.isNameShaped(section) ? Optional.of(new DateLine(date, Optional.of(section.strip())))
                : Optional.empty();
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
            if (n.length() >= 3 && full.startsWith(n)) {
                return Optional.of(m.getValue());
            }
        }
        return Optional.empty();
    }
}
