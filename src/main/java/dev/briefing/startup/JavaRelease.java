package dev.briefing.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Java installation as its {@code release} file describes it ({@code JAVA_VERSION="17.0.15"},
 * {@code JAVA_RUNTIME_VERSION="17.0.15+6-Debian-1deb12u1"}), read the same way by the launcher.
 */
record JavaRelease(String version, String runtimeVersion) {
    static Optional<JavaRelease> of(Path javaHome) {
        Path file = javaHome.resolve("release");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip().replaceAll("^\"|\"$", ""));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        String version = values.get("JAVA_VERSION");
        if (version == null) {
            return Optional.empty();
        }
        return Optional.of(new JavaRelease(version, values.getOrDefault("JAVA_RUNTIME_VERSION", version)));
    }

    /** 17 for "17.0.15", 8 for "1.8.0_392", 26 for "26-ea". */
    int major() {
        String v = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
    }

    /**
     * {@code briefing-17.0.15_6-Debian-1deb12u1.jsa}: the runtime version with every character but
     * letters, digits, dot, hyphen and underscore made an underscore, as {@code bin/briefing} does.
     */
    String archiveName() {
        return "briefing-" + runtimeVersion.replaceAll("[^A-Za-z0-9._-]", "_") + (major() >= 24 ? ".aot" : ".jsa");
    }
}
