import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures how long an edit takes to show in {@code briefing serve}: edits one article's body (a
 * new marker word at its end), then polls the article's page over HTTP until the marker is there.
 * Repeats, and prints each latency and the median.
 *
 * <p>Usage: {@code java bench/ServeLatency.java http://127.0.0.1:PORT/ CONTENT_DIR [EDITS [LOG]]}. The
 * article edited is the middle one of {@code CONTENT_DIR/articles/} in name order. With the
 * preview's output in {@code LOG}, each edit waits until the preview has reported the rebuild of
 * the one before: an edit is timed on a quiet preview, not behind the end of the previous rebuild.
 */
public final class ServeLatency {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final long POLL_MILLIS = 5;
    /** Lets the server go quiet between edits, so one edit's rebuild does not delay the next. */
    private static final long PAUSE_MILLIS = 500;

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: java bench/ServeLatency.java http://127.0.0.1:PORT/ CONTENT_DIR [EDITS]");
            System.exit(2);
        }
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        Path articles = Path.of(args[1]).resolve("articles");
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Optional<Path> log = args.length > 3 ? Optional.of(Path.of(args[3])) : Optional.empty();
        List<Path> files;
        try (Stream<Path> list = Files.list(articles)) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Path file = files.get(files.size() / 2);
        String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
        URI page = URI.create(base + "articles/" + slug + ".html");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String original = Files.readString(file, StandardCharsets.UTF_8);
        System.out.println("Editing " + file + ", polling " + page);

        List<Long> latencies = new ArrayList<>();
        try {
            for (int i = 1; i <= edits; i++) {
                String marker = "benchmarker" + (char) ('a' + i % 26) + Long.toString(System.nanoTime() % 1_000_000_007L, 36)
                        .replaceAll("[0-9]", "q");
                String edited = original.stripTrailing() + "\n\nEdited to measure the preview: " + marker + ".\n";
                if (log.isPresent()) {
                    waitForRebuilds(log.get(), i - 1);
                }
                long start = System.nanoTime();
                Files.writeString(file, edited, StandardCharsets.UTF_8);
                long millis = waitFor(http, page, marker, start);
                latencies.add(millis);
                System.out.printf(Locale.ROOT, "edit %2d: %6d ms%n", i, millis);
                Thread.sleep(PAUSE_MILLIS);
            }
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        int n = sorted.size();
        long median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        System.out.printf(Locale.ROOT, "median %d ms over %d edits (min %d, max %d)%n", median, n, sorted.get(0),
                sorted.get(n - 1));
    }

    /** Waits until the preview's log reports {@code count} rebuilds. */
    private static void waitForRebuilds(Path log, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            long done;
            try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                done = lines.filter(l -> l.startsWith("Changed ") && l.contains(": rebuilt ")).count();
            }
            if (done >= count) {
                Thread.sleep(PAUSE_MILLIS);
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the preview did not finish rebuild " + count + " within "
                        + TIMEOUT.toSeconds() + " s (log: " + log + ")");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Polls until the page contains the marker; milliseconds since {@code start}. */
    private static long waitFor(HttpClient http, URI page, String marker, long start)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).GET().build();
        while (true) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (response.statusCode() == 200 && response.body().contains(marker)) {
                return elapsed;
            }
            if (response.statusCode() == 500) {
                throw new IllegalStateException("the preview shows build errors for " + page);
            }
            if (elapsed > TIMEOUT.toMillis()) {
                throw new IllegalStateException("the edit did not show on " + page + " within " + TIMEOUT.toSeconds()
                        + " s (last status " + response.statusCode() + ")");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
