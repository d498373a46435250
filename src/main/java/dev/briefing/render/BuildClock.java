package dev.briefing.render;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * "Now" for anything a build stamps: {@code SOURCE_DATE_EPOCH} when set (reproducible builds),
 * else the current time, whole seconds.
 */
public final class BuildClock {
    private BuildClock() {}

    public static Instant now() {
        return sourceDateEpoch().orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code SOURCE_DATE_EPOCH}, when set to a number of seconds. */
    public static Optional<Instant> sourceDateEpoch() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d+")) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.strip())));
        }
        return Optional.empty();
    }

    /** RFC 3339 in UTC, as Atom wants: {@code 2026-05-22T00:00:00Z}. */
    public static String rfc3339(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}
