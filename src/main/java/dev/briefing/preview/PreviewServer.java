package dev.briefing.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.briefing.errors.BuildFailedException;
import dev.briefing.errors.Problem;
import dev.briefing.errors.SourcePosition;
import dev.briefing.errors.TerminalText;
import dev.briefing.site.SiteBuilder;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.hashing.FileHasher;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * {@code briefing serve}: a live preview on 127.0.0.1. Builds the site into memory (never into
 * the output folder, so a preview cannot clobber a real build), serves it, watches the content and
 * templates folders, rebuilds after each burst of changes and tells open pages to reload.
 *
 * <p>A failed build keeps the server up: pages show the problems (as the terminal does) until an
 * edit builds again. Rebuilds do only what the change needs: an edited theme asset (CSS, icons,
 * scripts) is swapped in without a build; other edits rebuild with the same builder, whose
 * FreeMarker configuration re-reads only the templates that changed.
 *
 * <pre>
 * try (PreviewServer preview = PreviewServer.start(new PreviewServer.Options(content, templates, 8000), out, err)) {
 *     preview.awaitStop();
 * }
 * </pre>
 */
public final class PreviewServer implements AutoCloseable {
    /** Bursts of saves (editors write several files, or a file twice) become one rebuild. */
    static final long DEBOUNCE_MILLIS = 20;
    /** The stage after which every HTML page of the site is made: the preview serves them then. */
    static final String PAGES_DONE = "assets";
    static final int MAX_THREADS = ReloadChannel.MAX_CLIENTS + 16;

    static {
        // The JDK's server writes a response's head and body apart; with Nagle's algorithm on, the
        // body then waits for the client's delayed ACK: every request on a kept-alive connection (a
        // browser's second and later) took 40 ms instead of 1. Read once, when the server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /**
     * @param port 0 for any free port
     * @param drafts show articles marked {@code draft: true}, labelled as drafts
     */
    public record Options(Path contentDir, Path templatesDir, int port, boolean drafts) {
        public Options(Path contentDir, Path templatesDir, int port) {
            this(contentDir, templatesDir, port, false);
        }
    }

    /** What the server serves: the last good site, and the problems of the last build (empty when good). */
    private record State(Map<String, byte[]> files, List<Problem> problems) {
        boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private final Options options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final HttpServer server;
    /**
     * Threads made on demand, at most {@link #MAX_THREADS}, ended after a few idle seconds: a page
     * load needs one for milliseconds, a connected page one for as long as it stays open (the
     * reload channel takes at most {@link ReloadChannel#MAX_CLIENTS}). Past the limit a
     * connection is closed unanswered instead of a thread made for it.
     */
    private final ExecutorService httpPool = new ThreadPoolExecutor(0, MAX_THREADS, 5, TimeUnit.SECONDS,
            new SynchronousQueue<>(), daemon("briefing-http"));
    private final ScheduledExecutorService rebuilds = Executors.newSingleThreadScheduledExecutor(daemon("briefing-rebuild"));
    private final ReloadChannel reload = new ReloadChannel();
    private final Set<DirectoryChangeEvent> pending = new LinkedHashSet<>();
    /** When the first of the pending changes was seen: edits are timed from there. */
    private long pendingSince;
    private final Object stopped = new Object();
    private SiteBuilder builder = SiteBuilder.incremental();
    private ScheduledFuture<?> scheduled;
    private DirectoryWatcher watcher;
    private volatile State state = new State(Map.of(), List.of());
    private volatile long builds;
    private boolean closed;

    private PreviewServer(Options options, PrintWriter out, PrintWriter err) throws IOException {
        this.options = options;
        this.out = out;
        this.err = err;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 50);
        server.setExecutor(httpPool);
        LoopbackHosts loopbackOnly = new LoopbackHosts(server.getAddress().getPort());
        server.createContext(ReloadChannel.PATH, reload::handle).getFilters().add(loopbackOnly);
        server.createContext("/", this::serve).getFilters().add(loopbackOnly);
    }

    /** Binds the port, builds the site once, starts serving and watching. */
    public static PreviewServer start(Options options, PrintWriter out, PrintWriter err) throws IOException {
        PreviewServer preview = new PreviewServer(options, out, err);
        preview.server.start();
        out.println("Preview at " + preview.url() + " (built in memory; the output folder is not touched)");
        preview.fullBuild("Built", System.nanoTime());
        preview.watch();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** How many builds (full or asset-only) have finished; for tests and the reload event id. */
    public long builds() {
        return builds;
    }

    /** Blocks until {@link #close} is called (from a shutdown hook, for the command line). */
    public void awaitStop() throws InterruptedException {
        synchronized (stopped) {
            while (!closed) {
                stopped.wait();
            }
        }
    }

    @Override
    public void close() {
        synchronized (stopped) {
            if (closed) {
                return;
            }
            closed = true;
            stopped.notifyAll();
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            err.println("preview: could not stop watching: " + e.getMessage());
        }
        reload.closeAll();
        rebuilds.shutdownNow();
        server.stop(0);
        httpPool.shutdownNow();
    }

    private void watch() throws IOException {
        List<Path> dirs = new ArrayList<>();
        dirs.add(options.contentDir());
        if (Files.isDirectory(options.templatesDir())) {
            dirs.add(options.templatesDir());
        }
        watcher = DirectoryWatcher.builder()
                .paths(dirs)
                .fileHasher(FileHasher.LAST_MODIFIED_TIME)
                .listener(this::changed)
                .build();
        watcher.watchAsync(Executors.newSingleThreadExecutor(daemon("briefing-watch")));
        out.println("Watching " + dirs.stream().map(Path::toString).collect(Collectors.joining(", "))
                + " for changes. Press Ctrl+C to stop.");
        out.flush();
    }

    private synchronized void changed(DirectoryChangeEvent event) {
        if (pending.isEmpty()) {
            pendingSince = System.nanoTime();
        }
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null) {
            pending.add(event);
        } else if (event.isDirectory() && event.eventType() == DirectoryChangeEvent.EventType.MODIFY) {
            return; // a folder's timestamp moved because a file in it changed: that file has its own event
        } else {
            pending.add(event);
        }
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        if (!closed) {
            scheduled = rebuilds.schedule(this::rebuild, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void rebuild() {
        List<DirectoryChangeEvent> events;
        long seen;
        synchronized (this) {
            seen = pendingSince;
            events = List.copyOf(pending);
            pending.clear();
            scheduled = null;
        }
        if (events.isEmpty()) {
            return;
        }
        String what = events.stream().map(e -> e.path() == null ? "(many files)" : relative(e.path()))
                .distinct().collect(Collectors.joining(", "));
        Path assets = options.templatesDir().resolve("assets");
        boolean onlyAssetEdits = !state.failed() && !state.files().isEmpty() && events.stream().allMatch(e ->
                e.eventType() == DirectoryChangeEvent.EventType.MODIFY && e.path() != null
                        && e.path().startsWith(assets) && Files.isRegularFile(e.path()));
        if (onlyAssetEdits && updateAssets(events, what)) {
            return;
        }
        boolean templatesAddedOrRemoved = events.stream().anyMatch(e -> e.path() == null
                || (e.path().startsWith(options.templatesDir()) && e.eventType() != DirectoryChangeEvent.EventType.MODIFY));
        if (templatesAddedOrRemoved) {
            // A new override file must win over the built-in theme: start from a fresh configuration.
            builder = SiteBuilder.incremental();
        } else if (events.stream().anyMatch(e -> e.path().startsWith(options.templatesDir()))) {
            builder.templatesChanged(); // pages depend on templates as well as on their models
        }
        if (events.stream().anyMatch(e -> e.path() == null || (e.path().startsWith(options.contentDir())
                && !e.path().toString().endsWith(".md") && !e.path().toString().endsWith(".yaml")))) {
            builder.contentFilesChanged(); // an image or document articles name: sizes and checks change
        }
        fullBuild("Changed " + what + ": rebuilt", seen);
    }

    /** Swaps edited theme assets into the served site without building anything else. */
    private boolean updateAssets(List<DirectoryChangeEvent> events, String what) {
        long start = System.nanoTime();
        Map<String, byte[]> files = new HashMap<>(state.files());
        try {
            for (DirectoryChangeEvent e : events) {
                String path = options.templatesDir().relativize(e.path()).toString().replace('\\', '/');
                if (!files.containsKey(path)) {
                    return false; // a new asset: a full build lists it
                }
                files.put(path, Files.readAllBytes(e.path()));
            }
        } catch (IOException e) {
            return false;
        }
        state = new State(Map.copyOf(files), List.of());
        finished("Changed " + what + ": updated without a rebuild", start, "");
        return true;
    }

    /** @param seen when the change was seen, for the time an edited page took to show */
    private void fullBuild(String verb, long seen) {
        long start = System.nanoTime();
        Optional<String> baseUrl = Optional.of(url());
        try {
            Map<String, byte[]> files = new ConcurrentHashMap<>();
            boolean recovered = state.failed();
            State before = state;
            long[] earlyMillis = {-1};
            AtomicReference<Map<String, byte[]>> shown = new AtomicReference<>();
            // An edited article's page first, when the edit allows it (SiteBuilder.Progress#earlyPages);
            // then all pages: once they are made, the preview serves them (and reloads open pages)
            // while the feed, search index, exports and emails are made; a failure later still shows.
            SiteBuilder.Progress pagesFirst = new SiteBuilder.Progress() {
                @Override
                public void earlyPages(Map<String, byte[]> pages) {
                    if (!before.files().isEmpty() && !before.failed()) {
                        Map<String, byte[]> partial = new HashMap<>(before.files());
                        partial.putAll(pages);
                        show(partial);
                        earlyMillis[0] = (System.nanoTime() - seen) / 1_000_000;
                    }
                }

                @Override
                public void finished(String stage, long millis) {
                    if (stage.equals(PAGES_DONE) && !before.files().isEmpty()) {
                        Map<String, byte[]> partial = new HashMap<>(before.files());
                        partial.putAll(files);
                        if (shown.get() != null && sameFiles(partial, shown.get())) {
                            return; // the early page was the whole change so far: no second reload
                        }
                        show(partial);
                    }
                }

                private void show(Map<String, byte[]> partial) {
                    shown.set(Map.copyOf(partial));
                    state = new State(shown.get(), List.of());
                    builds++;
                    reload.reload(builds);
                }
            };
            SiteBuilder.Result result = builder.build(new SiteBuilder.Options(options.contentDir(),
                    options.templatesDir(), options.contentDir().resolveSibling("site-out"), baseUrl, false, false,
                    options.drafts(), Optional.empty(), pagesFirst), files::put);
            state = new State(Map.copyOf(files), result.warnings());
            result.warnings().forEach(p -> err.println(TerminalText.safe(p.format())));
            String stages = result.stageMillis().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "));
            finished(verb + " " + result.fileCount() + " files" + (recovered ? " (fixed)" : "")
                    + (earlyMillis[0] >= 0 ? " (the edited page shown " + earlyMillis[0] + " ms after the save)" : ""), start,
                    " (" + stages + ")", shown.get() == null);
        } catch (BuildFailedException e) {
            failed(e.problems());
        } catch (Throwable e) { // a bug, or an input the checks missed, must not take the preview down
            String what = e instanceof StackOverflowError ? "the input is nested too deeply to process (stack overflow)"
                    : e instanceof OutOfMemoryError ? "out of memory while building" : "internal error: " + e;
            failed(List.of(Problem.error(SourcePosition.startOf(options.contentDir()), what)));
        }
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.size() == b.size() && a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    /**
     * Shows a failed build's errors in the page and here. Its warnings are left out until the
     * errors are fixed: one typo in site.yaml came with a screenful of warnings about articles.
     */
    private void failed(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        state = new State(state.files(), errors);
        errors.forEach(p -> err.println(TerminalText.safe(p.format())));
        long hidden = problems.size() - errors.size();
        err.println("Build failed with " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                + (hidden > 0 ? " (and " + hidden + (hidden == 1 ? " warning" : " warnings") + ", shown once it builds)" : "")
                + "; the preview shows them until the next good save.");
        err.flush();
        builds++;
        reload.reload(builds);
    }

    private void finished(String message, long startNanos, String detail) {
        finished(message, startNanos, detail, true);
    }

    /**
     * @param reloadPages false when the build was counted and open pages told to reload already,
     *     once its pages were made
     */
    private void finished(String message, long startNanos, String detail, boolean reloadPages) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        if (reloadPages) {
            builds++;
        }
        out.println(message + " in " + millis + " ms" + detail);
        out.flush();
        if (reloadPages) {
            reload.reload(builds);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                respond(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            State s = state;
            String path = exchange.getRequestURI().getPath().substring(1);
            if (path.isEmpty() || path.endsWith("/")) {
                path += "index.html";
            }
            byte[] body = s.files().get(path);
            boolean html = path.endsWith(".html");
            if (s.failed() && (html || body == null)) {
                respond(exchange, 500, ContentTypes.HTML, withReloadScript(ErrorPage.html(s.problems())));
            } else if (body != null) {
                respond(exchange, 200, ContentTypes.of(path), html ? withReloadScript(body) : body);
            } else if (s.files().containsKey(path + "/index.html")) {
                exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getPath() + "/");
                respond(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            } else {
                byte[] notFound = s.files().get("404.html");
                respond(exchange, 404, ContentTypes.HTML, notFound == null
                        ? "Not found\n".getBytes(StandardCharsets.UTF_8) : withReloadScript(notFound));
            }
        } finally {
            exchange.close();
        }
    }

    private static byte[] withReloadScript(String html) {
        return withReloadScript(html.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the reload script before {@code </body>}; only to the response, never to a file. */
    private static byte[] withReloadScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.lastIndexOf("</body>");
        String withScript = at < 0 ? page + ReloadChannel.CLIENT_SCRIPT
                : page.substring(0, at) + ReloadChannel.CLIENT_SCRIPT + "\n" + page.substring(at);
        return withScript.getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private String relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
