package dev.briefing.preview;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to this computer by name: {@code Host: localhost:8000},
 * {@code 127.0.0.1:8000} or {@code [::1]:8000}. The preview listens on the loopback address only,
 * but a web page elsewhere can point a host name of its own at 127.0.0.1 (DNS rebinding) and then
 * read the preview, drafts included, as if it were its own site; such requests carry the page's
 * host name, and are refused with 403.
 */
final class LoopbackHosts extends Filter {
    private static final Set<String> NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final int port;

    LoopbackHosts(int port) {
        this.port = port;
    }

    static boolean allowed(String host, int port) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > h.lastIndexOf(']')) {
            if (!h.substring(colon + 1).equals(String.valueOf(port))) {
                return false;
            }
            h = h.substring(0, colon);
        }
        return NAMES.contains(h);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (allowed(exchange.getRequestHeaders().getFirst("Host"), port)) {
            chain.doFilter(exchange);
            return;
        }
        byte[] body = ("This preview answers only http://127.0.0.1:" + port + "/ and http://localhost:" + port
                + "/\n").getBytes(StandardCharsets.UTF_8);
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(403, body.length);
            exchange.getResponseBody().write(body);
        } finally {
            exchange.close();
        }
    }

    @Override
    public String description() {
        return "refuses requests whose Host is not this computer";
    }
}
