package dev.briefing.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events that tell open preview pages to reload. Each connected page holds one
 * request open (one pool thread) and gets a {@code reload} event after every rebuild; a comment
 * line every {@link #PING_SECONDS} seconds notices pages that were closed, so their threads end
 * soon after. At most {@link #MAX_CLIENTS} pages are connected at once; more are answered 503, and
 * their pages simply do not reload by themselves.
 */
final class ReloadChannel {
    static final String PATH = "/__briefing/events";
    static final int MAX_CLIENTS = 32;
    static final int PING_SECONDS = 2;

    /** Injected into every HTML response the preview serves (never into files on disk). */
    static final String CLIENT_SCRIPT = "<script>(function(){var s=new EventSource(\"" + PATH + "\");"
            + "s.addEventListener(\"reload\",function(){s.close();location.reload();});})();</script>";

    private static final String CLOSE = "\u0000close";

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();

    /** Serves one page's event stream until it disconnects or the server stops. */
    void handle(HttpExchange exchange) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        if (!register(queue)) {
            byte[] body = "Too many open preview pages\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.getResponseHeaders().set("Retry-After", "10");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(200, 0);
            send(out, "retry: 500\n: connected\n\n");
            while (true) {
                String event = queue.poll(PING_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(event)) {
                    return;
                }
                send(out, event == null ? ": ping\n\n" : event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException closedByBrowser) {
            // The page went away: nothing to do.
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    private synchronized boolean register(BlockingQueue<String> queue) {
        if (clients.size() >= MAX_CLIENTS) {
            return false;
        }
        clients.add(queue);
        return true;
    }

    /** Tells every open page to reload; {@code id} makes each event distinct in logs and tests. */
    void reload(long id) {
        clients.forEach(q -> q.add("event: reload\nid: " + id + "\ndata: " + id + "\n\n"));
    }

    int clientCount() {
        return clients.size();
    }

    void closeAll() {
        clients.forEach(q -> q.add(CLOSE));
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
