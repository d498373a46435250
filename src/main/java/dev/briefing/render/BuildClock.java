package dev.briefing.render;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * "Now" for anything a build stamps: {@code SOURCE_DATE_EPOCH} when set (reproducible builds),
 * else the current time, whole seconds.
 */
public final class BuildClock {
    private BuildClock() {}

    public static Instant now() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        }
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** RFC 3339 in UTC, as Atom wants: {@code 2026-05-22T00:00:00Z}. */
    public static String rfc3339(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}
