package dev.briefing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * What this copy of briefing was built from: the project version and the git commit, read from
 * {@code dev/briefing/version.properties}, which Maven fills in at build time.
 *
 * <pre>
 * BuildInfo.load().describe()   // "0.1.0 (commit 7a9c6d66a7b6)"
 * </pre>
 *
 * @param commit empty when built without git (a source tarball) or from an IDE that does not filter resources
 */
record BuildInfo(String version, Optional<String> commit) {
    static final String RESOURCE = "/dev/briefing/version.properties";

    static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new BuildInfo(filled(p.getProperty("version")).orElse("development"),
                filled(p.getProperty("commit")));
    }

    String describe() {
        return version + " (" + commit.map(c -> "commit " + c).orElse("commit unknown: built without git") + ")";
    }

    /** A property Maven did not fill in stays as its {@code ${name}} placeholder. */
    private static Optional<String> filled(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty() && !v.startsWith("${"));
    }
}
