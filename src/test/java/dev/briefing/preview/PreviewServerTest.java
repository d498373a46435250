package dev.briefing.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.testing.Sites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@code briefing serve} for real: HTTP, server-sent events, edits on disk. */
class PreviewServerTest {
    /** Generous: only a hang reaches it. Nothing here measures time. */
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void rebuildsOnEditReloadsPagesShowsErrorsAndRecovers() throws Exception {
        Path content = Sites.copyContent(tmp);
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("assets"));
        Files.copy(Path.of("templates/assets/style.css"), templates.resolve("assets/style.css"));
        String footer = Files.readString(Path.of("templates/layout.ftlh"));
        Files.writeString(templates.resolve("layout.ftlh"), footer);
        Path article = content.resolve("articles/karpathy-joins-anthropic.md");
        String original = Files.readString(article);
        StringWriter terminal = new StringWriter();
        PrintWriter out = new PrintWriter(terminal, true);

        try (PreviewServer preview = PreviewServer.start(new PreviewServer.Options(content, templates, 0), out, out)) {
            String page = preview.url() + "articles/karpathy-joins-anthropic.html";
            HttpResponse<String> first = get(page);
            assertThat(first.statusCode()).isEqualTo(200);
            // Without it, each request on a kept-alive connection waits 40 ms for a delayed ACK.
            assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
            assertThat(first.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(first.body()).contains(">Andrej Karpathy</a> joins Anthropic").contains(ReloadChannel.PATH);

            BlockingQueue<String> events = subscribe(preview.url());
            long before = preview.builds();

            Files.writeString(article, original.replace("title: \"Andrej Karpathy joins Anthropic",
                    "title: \"Edited in preview: Andrej Karpathy joins Anthropic"));
            assertThat(nextReload(events)).isEqualTo("data: " + (before + 1));
            assertThat(get(page).body()).contains("<h1>Edited in preview: <a id=\"m-andrej-karpathy-1\"");

            Files.writeString(article, original.replace("date: 2026-05-22", "date: 2026-02-30"));
            assertThat(nextReload(events)).isEqualTo("data: " + (before + 2));
            HttpResponse<String> broken = get(page);
            String expected = content.resolve("articles/karpathy-joins-anthropic.md").toString()
                    + ":3:7: invalid date '2026-02-30' in 'date': February 2026 has no day 30";
            assertThat(broken.statusCode()).isEqualTo(500);
            assertThat(Jsoup.parse(broken.body()).select("li.error code").eachText()).containsExactly(expected);
            assertThat(broken.body()).contains(ReloadChannel.PATH);
            assertThat(terminal.toString()).contains(expected + "\n");
            assertThat(get(preview.url() + "index.html").statusCode()).isEqualTo(500);
            assertThat(get(preview.url() + "assets/style.css").statusCode()).isEqualTo(200);

            Files.writeString(article, original.replace("title: \"Andrej Karpathy joins Anthropic",
                    "title: \"Fixed: Andrej Karpathy joins Anthropic"));
            assertThat(nextReload(events)).isEqualTo("data: " + (before + 3));
            HttpResponse<String> fixed = get(page);
            assertThat(fixed.statusCode()).isEqualTo(200);
            assertThat(fixed.body()).contains("<h1>Fixed: <a id=\"m-andrej-karpathy-1\"");
            // The pages are served (and reloaded) first; the build reports when all else is made too.
            awaitTerminal(terminal, "(fixed) in ");

            // A stylesheet edit is swapped in without building the site.
            Files.writeString(templates.resolve("assets/style.css"), "/* edited */ body { color: red; }\n");
            assertThat(nextReload(events)).isEqualTo("data: " + (before + 4));
            assertThat(get(preview.url() + "assets/style.css").body()).startsWith("/* edited */");
            assertThat(terminal.toString()).contains("assets/style.css: updated without a rebuild in ");

            // A template edit shows in every page, read again from its file.
            Files.writeString(templates.resolve("layout.ftlh"), footer.replace("</body>", "<p>Edited layout</p></body>"));
            assertThat(nextReload(events)).isEqualTo("data: " + (before + 5));
            assertThat(get(page).body()).contains("<p>Edited layout</p>");
            assertThat(get(preview.url() + "index.html").body()).contains("<p>Edited layout</p>");

            HttpResponse<String> missing = get(preview.url() + "no/such/page.html");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("<h1>Page not found</h1>");

            // A paragraph added: the article's page is shown before the rest of the site is built again.
            Files.writeString(article, original.replace("title: \"Andrej Karpathy joins Anthropic",
                    "title: \"Fixed: Andrej Karpathy joins Anthropic").stripTrailing() + "\n\nA paragraph added in the preview.\n");
            assertThat(nextReload(events)).isEqualTo("data: " + (before + 6));
            assertThat(get(page).body()).contains("<p>A paragraph added in the preview.</p>");
            awaitTerminal(terminal, "files (the edited page shown ");
        }
        assertThat(terminal.toString()).containsPattern("Built \\d+ files in \\d+ ms \\(load \\d+ ms");
        // The preview lives in memory: no output folder appeared.
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "templates");
        }
        assertThat(Files.readString(Path.of("templates/layout.ftlh"))).doesNotContain(ReloadChannel.PATH);
    }

    private static void awaitTerminal(StringWriter terminal, String text) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(WAIT_SECONDS).toNanos();
        while (!terminal.toString().contains(text) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(terminal.toString()).contains(text);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(WAIT_SECONDS)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the event stream and waits until the server has registered it. */
    private BlockingQueue<String> subscribe(String base) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(URI.create(base + ReloadChannel.PATH.substring(1))).build(),
                HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(lines::add));
        while (true) {
            String line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(line).as("event stream opened").isNotNull();
            if (line.equals(": connected")) {
                return lines;
            }
        }
    }

    /** The data line of the next reload event. */
    private static String nextReload(BlockingQueue<String> lines) throws InterruptedException {
        boolean inReload = false;
        while (true) {
            String line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(line).as("a reload event").isNotNull();
            if (line.equals("event: reload")) {
                inReload = true;
            } else if (inReload && line.startsWith("data: ")) {
                return line;
            }
        }
    }
}
