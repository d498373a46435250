package dev.briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.preview.PreviewServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing serve} facing other web pages, many connections, and builds that fail badly. */
class PreviewTest {
    /** Generous: only a hang reaches it. */
    private static final long WAIT_MILLIS = 60_000;

    @TempDir
    Path tmp;

    private PreviewServer start(HostileSite site, Path templates, StringWriter terminal) throws IOException {
        PrintWriter out = new PrintWriter(terminal, true);
        return PreviewServer.start(new PreviewServer.Options(site.content, templates, 0), out, out);
    }

    /** A page on another site can point its own host name at 127.0.0.1 (DNS rebinding): its requests are refused. */
    @Test
    void onlyLoopbackHostNamesAreAnswered() throws Exception {
        var site = HostileSite.in(tmp).article("a", "title: T\n", "Draft text.\n");
        try (PreviewServer preview = start(site, tmp.resolve("no-templates"), new StringWriter())) {
            int port = preview.port();
            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port,
                    "localhost")) {
                assertThat(statusLine(port, "/index.html", host)).as(host).isEqualTo("HTTP/1.1 200 OK");
            }
            for (String host : List.of("attacker.example:" + port, "attacker.example", "127.0.0.1.attacker.example",
                    "localhost:1", "127.0.0.2:" + port, "")) {
                assertThat(statusLine(port, "/index.html", host)).as(host).isEqualTo("HTTP/1.1 403 Forbidden");
                assertThat(statusLine(port, "/__briefing/events", host)).as(host).isEqualTo("HTTP/1.1 403 Forbidden");
            }
        }
    }

    /** 400 pages asking for reload events made 425 threads that lived 12-30 s after the pages left. */
    @Test
    void fourHundredReloadConnectionsAreBounded() throws Exception {
        var site = HostileSite.in(tmp).article("a", "title: T\n", "Text.\n");
        try (PreviewServer preview = start(site, tmp.resolve("no-templates"), new StringWriter())) {
            int port = preview.port();
            List<Socket> sockets = new ArrayList<>();
            int streaming = 0;
            int refused = 0;
            try {
                for (int i = 0; i < 400; i++) {
                    Socket s = open(port, "/__briefing/events", "127.0.0.1:" + port);
                    sockets.add(s);
                    String status = new BufferedReader(new InputStreamReader(s.getInputStream(),
                            StandardCharsets.ISO_8859_1)).readLine();
                    if ("HTTP/1.1 200 OK".equals(status)) {
                        streaming++;
                    } else {
                        refused++;
                    }
                }
                assertThat(streaming).isEqualTo(32);
                assertThat(refused).isEqualTo(368);
                assertThat(httpThreads()).isLessThanOrEqualTo(48);
                assertThat(statusLine(port, "/index.html", "127.0.0.1:" + port)).isEqualTo("HTTP/1.1 200 OK");
            } finally {
                for (Socket s : sockets) {
                    s.close();
                }
            }
            // Abandoned streams are noticed at the next ping and their threads end soon after.
            waitFor(() -> httpThreads() <= 2);
            assertThat(statusLine(port, "/__briefing/events", "127.0.0.1:" + port)).isEqualTo("HTTP/1.1 200 OK");
        }
    }

    /** One typo in site.yaml showed as seven problems: the error, and warnings about every article. */
    @Test
    void aYamlTypoShowsAsOneError() throws Exception {
        var site = HostileSite.in(tmp).site("title: T\nbase_url: https://example.org/\n")
                .article("a", "title: T\nsources:\n  - title: One\n  - title: Two\n  - title: Three\n", "Text.\n");
        StringWriter terminal = new StringWriter();
        try (PreviewServer preview = start(site, tmp.resolve("no-templates"), terminal)) {
            long before = preview.builds();
            site.site("title: T\nbase_url https://example.org/\n");
            waitFor(() -> preview.builds() > before);
            String page = body(preview.port(), "/index.html");
            assertThat(Jsoup.parse(page).select("li code").eachText()).containsExactly(site.content.resolve("site.yaml")
                    + ":3:1: YAML syntax error: could not find expected ':' (while scanning a simple key that starts "
                    + "at line 2, column 1)");
            assertThat(terminal.toString()).contains("Build failed with 1 error (and 3 warnings, shown once it builds)");
        }
    }

    /**
     * A typo in an article's front matter showed as seven problems: the error, and one for every
     * {@code stated_in} of the registry that names the article. Links to it are not reported either.
     */
    @Test
    void aFrontMatterTypoShowsAsOneError() throws Exception {
        var site = HostileSite.in(tmp)
                .people("- name: Ann Lee\n  roles:\n    - title: Editor\n      organization: Desk\n"
                        + "      stated_in: [a]\n  events:\n    - date: 2026-05-01\n      what: Hired\n      stated_in: [a]\n")
                .article("a", "title: A\n", "Ann Lee joins.\n")
                .article("b", "title: B\n", "See [the hire](a.md).\n");
        StringWriter terminal = new StringWriter();
        try (PreviewServer preview = start(site, tmp.resolve("no-templates"), terminal)) {
            long before = preview.builds();
            site.article("a", "title: A\ndate 2026-05-01\n", "Ann Lee joins.\n");
            waitFor(() -> preview.builds() > before);
            String page = body(preview.port(), "/index.html");
            assertThat(Jsoup.parse(page).select("li code").eachText()).containsExactly(site.content.resolve("articles/a.md")
                    + ":4:1: YAML syntax error: could not find expected ':' (while scanning a simple key that starts at "
                    + "line 3, column 1)");
            assertThat(terminal.toString()).contains("Build failed with 1 error");
        }
    }

    /**
     * A failure no check foresaw (here a template that calls itself until the stack overflows) is
     * shown in the page and the terminal, and the preview keeps running.
     */
    @Test
    void anyFailureIsShownInThePageAndTheTerminal() throws Exception {
        var site = HostileSite.in(tmp).article("a", "title: T\n", "Text.\n");
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        StringWriter terminal = new StringWriter();
        try (PreviewServer preview = start(site, templates, terminal)) {
            long before = preview.builds();
            Files.writeString(templates.resolve("index.ftlh"), "<#macro again><@again/></#macro><@again/>\n");
            waitFor(() -> preview.builds() > before);
            String page = body(preview.port(), "/index.html");
            String message = site.content + ":1:1: the input is nested too deeply to process (stack overflow)";
            assertThat(Jsoup.parse(page).select("li.error code").eachText()).containsExactly(message);
            assertThat(terminal.toString()).contains(message + "\n").doesNotContain("\tat ");
            long failed = preview.builds();
            Files.delete(templates.resolve("index.ftlh"));
            waitFor(() -> preview.builds() > failed);
            assertThat(statusLine(preview.port(), "/index.html", "localhost:" + preview.port()))
                    .isEqualTo("HTTP/1.1 200 OK");
        }
    }

    private static long httpThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("briefing-http")).count();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited too long").isLessThan(end);
            Thread.sleep(50);
        }
    }

    private static Socket open(int port, String path, String host) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout((int) WAIT_MILLIS);
        String hostLine = host.isEmpty() ? "" : "Host: " + host + "\r\n";
        s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\n" + hostLine + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        return s;
    }

    private static String statusLine(int port, String path, String host) throws IOException {
        try (Socket s = open(port, path, host)) {
            return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        }
    }

    private static String body(int port, String path) throws IOException {
        try (Socket s = open(port, path, "localhost:" + port)) {
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return response.substring(response.indexOf("\r\n\r\n") + 4);
        }
    }
}
