package dev.briefing.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the source states it: a year, a month, or a day.
 *
 * <p>Articles say "in April 2026" or "May 19": storing them as full dates would invent a day.
 * {@code month} and {@code day} are 0 when not stated.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != 0) {
            LocalDate.of(year, month, day == 0 ? 1 : day); // validates ranges
        }
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @return the date, or empty with {@code why} filled in when the text is not a valid date
     */
    public static Optional<PartialDate> parse(String text, StringBuilder why) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            why.append("expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(2) != null && (month < 1 || month > 12)) {
            why.append("month ").append(month).append(" is not between 1 and 12");
            return Optional.empty();
        }
        if (m.group(3) != null) {
            int last = LocalDate.of(year, month, 1).lengthOfMonth();
            if (day < 1 || day > last) {
                why.append(Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                        .append(' ').append(year).append(" has no day ").append(day);
                return Optional.empty();
            }
        }
        return Optional.of(new PartialDate(year, month, day));
    }

    public boolean hasDay() {
        return day != 0;
    }

    public boolean hasMonth() {
        return month != 0;
    }

    /** The first day this date could mean; for sorting and feeds only, never for display. */
    public LocalDate earliestDay() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** Machine form as stated: {@code 2026}, {@code 2026-05} or {@code 2026-05-19}. */
    public String iso() {
        if (month == 0) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        if (day == 0) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    /** Human form in English: "2026", "April 2026", "May 19, 2026". */
    public String display() {
        if (month == 0) {
            return Integer.toString(year);
        }
        String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return day == 0 ? name + " " + year : name + " " + day + ", " + year;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) c = Integer.compare(month, o.month);
        if (c == 0) c = Integer.compare(day, o.day);
        return c;
    }

    @Override
    public String toString() {
        return iso();
    }
}
