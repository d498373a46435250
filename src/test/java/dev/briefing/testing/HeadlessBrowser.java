package dev.briefing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Headless Chromium, where the machine has it ({@code CHROMIUM} names the binary, else
 * {@code chromium} or {@code google-chrome} on the PATH): loads a page, lets its scripts run
 * (and their requests finish), and gives back the DOM they leave.
 *
 * <pre>
 * Document dom = HeadlessBrowser.find().orElseThrow().dom(URI.create("http://127.0.0.1:8000/x.html"));
 * </pre>
 */
public final class HeadlessBrowser {
    private final Path binary;

    private HeadlessBrowser(Path binary) {
        this.binary = binary;
    }

    public static Optional<HeadlessBrowser> find() {
        Stream<Path> named = Optional.ofNullable(System.getenv("CHROMIUM")).map(Path::of).stream();
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(d -> !d.isEmpty())
                .flatMap(d -> Stream.of("chromium", "chromium-browser", "google-chrome").map(n -> Path.of(d, n)));
        return Stream.concat(named, onPath).filter(Files::isExecutable).findFirst().map(HeadlessBrowser::new);
    }

    /** The page's DOM once its scripts have run, parsed with the page's address as base URI. */
    public Document dom(URI url) {
        try {
            Path profile = Files.createTempDirectory("briefing-browser");
            Path dump = Files.createTempFile("briefing-dom", ".html");
            try {
                Process p = new ProcessBuilder(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom",
                        url.toString()))
                        .redirectOutput(dump.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(90, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("the browser did not finish loading " + url);
                }
                return Jsoup.parse(Files.readString(dump, StandardCharsets.UTF_8), url.toString());
            } finally {
                Files.deleteIfExists(dump);
                deleteTree(profile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted loading " + url, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
