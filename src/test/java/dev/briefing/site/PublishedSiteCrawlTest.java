package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.briefing.testing.HeadlessBrowser;
import dev.briefing.testing.Sites;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that the built site holds together wherever it is put: served over HTTP at {@code /}
 * and under {@code /briefing/}, and opened from {@code file://}, a crawl from the home page that
 * follows every href and src (pages, stylesheets, scripts, icons, feed, sitemap) finds no broken
 * link, asset or {@code #anchor}, and the 404 page works from any depth.
 */
class PublishedSiteCrawlTest {
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void relativeSiteWorksAtRootUnderASubpathAndFromFiles() throws Exception {
        Path site = tmp.resolve("site");
        Sites.build(Path.of("content"), site, Optional.empty());

        for (String prefix : List.of("/", "/briefing/")) {
            HttpServer server = serve(site, prefix);
            try {
                String home = "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
                Set<String> seen = crawl(URI.create(home + "index.html"));
                assertThat(seen).as("crawled under " + prefix).contains(home + "people/nick-joseph.html",
                        home + "assets/style.css", home + "assets/search.js", home + "assets/search-index.js",
                        home + "bibliography.html", home + "search.html");
            } finally {
                server.stop(0);
            }
        }
        Set<String> files = crawl(site.resolve("index.html").toUri());
        URI siteUri = site.toUri();
        assertThat(files).contains(siteUri.resolve("people/index.html").toString(),
                siteUri.resolve("assets/favicon.svg").toString(), siteUri.resolve("assets/search.js").toString());
        // The stylesheet is inlined into 404.html, so it is styled wherever the host serves it.
        assertThat(Jsoup.parse(site.resolve("404.html").toFile()).select("style")).hasSize(1);
    }

    @Test
    void siteWithBaseUrlLinksFeedSitemapAnd404FromAnyDepth() throws Exception {
        Path site = tmp.resolve("site");
        HttpServer server = serve(site, "/briefing/");
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/briefing/";
            Sites.build(Path.of("content"), site, Optional.of(base));
            Set<String> seen = crawl(URI.create(base + "index.html"));
            assertThat(seen).contains(base + "feed.xml", base + "assets/style.css");
            crawl(URI.create(base + "sitemap.xml"));
            crawl(URI.create(base + "robots.txt"));

            // A missing page three folders down gets the 404 page, whose links and styles all work.
            URI deep = URI.create(base + "no/such/folder/page.html");
            HttpResponse<String> missing = get(deep);
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("<h1>Page not found</h1>");
            Document notFound = Jsoup.parse(missing.body(), deep.toString());
            assertThat(notFound.select("link[rel=stylesheet]")).isEmpty();
            List<Element> refs = notFound.select("a[href]:not([href^=#]), link[href]:not([href^=data:]), script[src]");
            assertThat(refs).isNotEmpty();
            for (Element e : refs) {
                String url = e.hasAttr("href") ? e.absUrl("href") : e.absUrl("src");
                assertThat(url).as(e.outerHtml()).startsWith(base);
                assertThat(get(URI.create(url)).statusCode()).as(url).isEqualTo(200);
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void baseUrlNotFoundPageWorksOnAnyHostServingTheSamePathWithoutScripts() throws Exception {
        Path site = tmp.resolve("site");
        HttpServer server = serve(site, "/briefing/");
        try {
            int port = server.getAddress().getPort();
            Sites.build(Path.of("content"), site, Optional.of("http://127.0.0.1:" + port + "/briefing/"));
            // Another name for the host than the configured one: the links still lead into the site.
            String other = "http://localhost:" + port + "/briefing/";
            URI deep = URI.create(other + "people/no/such/person.html");
            HttpResponse<String> missing = get(deep);
            assertThat(missing.statusCode()).isEqualTo(404);
            Document notFound = Jsoup.parse(missing.body(), deep.toString());
            assertThat(notFound.select("style")).hasSize(1);
            assertThat(notFound.select("link[rel=stylesheet]")).isEmpty();
            assertLinksWork(notFound, other);
        } finally {
            server.stop(0);
        }
    }

    /**
     * A missing page at any depth, in a real browser: the page's script finds where the site is
     * served and points its links there, in a build without a base URL (whose links are otherwise
     * relative to the site root) and in one with a base URL served under another path.
     */
    @Test
    void notFoundPageFindsTheSiteRootFromAnyDepthInABrowser() throws Exception {
        Optional<HeadlessBrowser> browser = HeadlessBrowser.find();
        Assumptions.assumeTrue(browser.isPresent(), "needs Chromium (apt-get install chromium, or set CHROMIUM)");
        Path relative = tmp.resolve("relative");
        Sites.build(Path.of("content"), relative, Optional.empty());
        Path based = tmp.resolve("based");
        Sites.build(Path.of("content"), based, Optional.of("https://example.org/briefing/"));
        // Where each build is served, and which missing addresses are asked for there.
        Map<Path, Map<String, List<String>>> cases = Map.of(
                relative, Map.of("/", List.of("typo.html", "no/such/folder/page.html"),
                        "/a/b/", List.of("typo.html", "people/gone.html")),
                based, Map.of("/briefing/", List.of("no/such/folder/page.html"), "/", List.of("people/gone.html")));
        for (Path site : List.of(relative, based)) {
            for (var served : cases.get(site).entrySet()) {
                String prefix = served.getKey();
                HttpServer server = serve(site, prefix);
                try {
                    String root = "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
                    for (String missing : served.getValue()) {
                        Document dom = browser.get().dom(URI.create(root + missing));
                        String where = site.getFileName() + " at " + prefix + missing;
                        assertThat(dom.expectFirst("h1").text()).as(where).isEqualTo("Page not found");
                        assertThat(dom.expectFirst("html").attr("data-site-root")).as(where).isEqualTo(prefix);
                        assertLinksWork(dom, root);
                    }
                } finally {
                    server.stop(0);
                }
            }
            // Opened from disk, as itself.
            Document fromDisk = browser.get().dom(site.resolve("404.html").toUri());
            for (Element a : fromDisk.select("a[href]:not([href^=#])")) {
                Path target = Path.of(URI.create(a.absUrl("href")));
                assertThat(target).as(a.outerHtml()).startsWith(site).isRegularFile();
            }
        }
    }

    /** Every link of a 404 page (but in-page ones) leads to a page of the site under {@code root}. */
    private void assertLinksWork(Document notFound, String root) throws Exception {
        List<Element> links = notFound.select("a[href]:not([href^=#])");
        assertThat(links).hasSizeGreaterThan(8);
        for (Element a : links) {
            String url = a.absUrl("href");
            assertThat(url).as(a.outerHtml()).startsWith(root);
            assertThat(get(URI.create(url)).statusCode()).as(url).isEqualTo(200);
        }
    }

    /** Crawls everything reachable from {@code start} on the same site; fails on any broken reference. */
    private Set<String> crawl(URI from) throws Exception {
        // Resolving spells file URIs as file:/x, not file:///x: spell the start the same way.
        URI start = from.resolve(from.getRawPath().substring(from.getRawPath().lastIndexOf('/') + 1));
        String root = start.resolve(".").toString();
        Deque<URI> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new LinkedHashSet<>(List.of(start.toString()));
        Map<String, Document> pages = new HashMap<>();
        List<String[]> anchors = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        while (!queue.isEmpty()) {
            URI uri = queue.poll();
            Optional<byte[]> body = fetch(uri);
            if (body.isEmpty()) {
                broken.add(uri.toString());
                continue;
            }
            String text = new String(body.get(), StandardCharsets.UTF_8);
            String path = uri.getPath();
            List<String> refs = new ArrayList<>();
            if (path.endsWith(".html")) {
                Document doc = Jsoup.parse(text, uri.toString());
                pages.put(uri.toString(), doc);
                for (Element e : doc.select("[href], [src]")) {
                    String attr = e.hasAttr("href") ? "href" : "src";
                    if (!e.attr(attr).startsWith("data:")) {
                        refs.add(e.attr(attr));
                    }
                }
            } else if (path.endsWith(".xml")) {
                Document xml = Jsoup.parse(text, uri.toString(), Parser.xmlParser());
                xml.select("link[href]").forEach(l -> refs.add(l.attr("href")));
                xml.select("loc").forEach(l -> refs.add(l.text()));
            } else if (path.endsWith(".css")) {
                Matcher m = CSS_URL.matcher(text);
                while (m.find()) {
                    refs.add(m.group(1));
                }
            } else if (path.endsWith(".txt")) {
                text.lines().filter(l -> l.startsWith("Sitemap: ")).forEach(l -> refs.add(l.substring(9)));
            }
            for (String ref : refs) {
                URI target = uri.resolve(ref.replace(" ", "%20"));
                String withoutFragment = new URI(target.getScheme(), target.getSchemeSpecificPart(), null).toString();
                if (!withoutFragment.startsWith(root)) {
                    assertThat(target.getScheme()).as("link leaving the site from " + uri + ": " + ref)
                            .isIn("http", "https", "mailto");
                    assertThat(target.getHost()).as("link leaving the site from " + uri + ": " + ref)
                            .isNotEqualTo("127.0.0.1");
                    continue; // an outside link: not ours to check
                }
                if (target.getFragment() != null && !target.getFragment().isEmpty()) {
                    anchors.add(new String[] {uri.toString(), withoutFragment, target.getFragment()});
                }
                if (seen.add(withoutFragment)) {
                    queue.add(URI.create(withoutFragment));
                }
            }
        }
        assertThat(broken).as("broken links or assets").isEmpty();
        for (String[] a : anchors) {
            Document target = pages.get(a[1]);
            assertThat(target).as("anchor target is a page: " + a[1]).isNotNull();
            assertThat(target.getElementById(a[2])).as("#" + a[2] + " in " + a[1] + " (linked from " + a[0] + ")")
                    .isNotNull();
        }
        return seen;
    }

    private Optional<byte[]> fetch(URI uri) throws Exception {
        if (uri.getScheme().equals("file")) {
            Path p = Path.of(uri);
            return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
        }
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode() == 200 ? Optional.of(r.body()) : Optional.empty();
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A static host like GitHub Pages: files under {@code prefix}, {@code folder/} serves its
     * index.html, anything missing gets 404.html with status 404, nothing exists outside the prefix.
     */
    private static HttpServer serve(Path dir, String prefix) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                Path file = null;
                if (path.startsWith(prefix)) {
                    String rel = path.substring(prefix.length());
                    Path candidate = dir.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).normalize();
                    if (candidate.startsWith(dir) && Files.isRegularFile(candidate)) {
                        file = candidate;
                    }
                }
                int status = 200;
                if (file == null) {
                    status = 404;
                    file = dir.resolve("404.html");
                }
                byte[] body = Files.readAllBytes(file);
                // A HEAD (the 404 page's script asks for the site's icon so) gets the length and no
                // body; the JDK's server logs a warning when given a length for one.
                if (exchange.getRequestMethod().equals("HEAD")) {
                    exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
                    exchange.sendResponseHeaders(status, -1);
                    return;
                }
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        return server;
    }
}
