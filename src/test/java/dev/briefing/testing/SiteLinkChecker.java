package dev.briefing.testing;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every internal reference of a generated site the way a browser opening it from disk
 * would follow it: each relative {@code href}/{@code src} is resolved against its page's path, must
 * stay inside the site, must name a file (a folder does not open from {@code file://}), and its
 * {@code #fragment} must be the id of an element in the target page.
 *
 * <pre>
 * List&lt;String&gt; broken = new SiteLinkChecker(outDir).brokenLinks();
 * </pre>
 */
public final class SiteLinkChecker {
    /** A scheme ({@code https:}, {@code mailto:}) or a protocol-relative {@code //host}: not ours to check. */
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*");
    private static final URI SITE_ROOT = URI.create("file:///site/");

    private final Path site;
    private final Map<String, Set<String>> idsByPage = new HashMap<>();

    public SiteLinkChecker(Path site) {
        this.site = site;
    }

    /** Every broken internal reference as {@code page: href: why}; empty when all resolve. */
    public List<String> brokenLinks() {
        List<String> broken = new ArrayList<>();
        for (String page : Sites.htmlPages(site)) {
            Document doc = Sites.page(site, page);
            for (Element e : doc.select("[href], [src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String why = check(page, ref);
                if (why != null) {
                    broken.add(page + ": " + ref + ": " + why);
                }
            }
        }
        return broken;
    }

    /** Number of internal references checked, so a test can assert the checker saw something. */
    public long internalLinkCount() {
        return Sites.htmlPages(site).stream()
                .flatMap(p -> Sites.page(site, p).select("[href], [src]").stream())
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                .filter(ref -> !EXTERNAL.matcher(ref).matches())
                .count();
    }

    /** Why {@code ref} on {@code page} is broken, or null when it resolves. */
    String check(String page, String ref) {
        if (ref.isBlank()) {
            return "empty reference";
        }
        if (EXTERNAL.matcher(ref).matches()) {
            return null;
        }
        URI target;
        try {
            target = SITE_ROOT.resolve(new URI(null, null, page, null)).resolve(new URI(ref));
        } catch (URISyntaxException e) {
            return "not a valid URI: " + e.getMessage();
        }
        String path = target.getPath();
        if (!path.startsWith(SITE_ROOT.getPath())) {
            return "points outside the site";
        }
        String relative = path.substring(SITE_ROOT.getPath().length());
        Path file = site.resolve(relative.isEmpty() ? "." : relative);
        if (relative.isEmpty() || relative.endsWith("/") || Files.isDirectory(file)) {
            return "points at a folder, which does not open from file://";
        }
        if (!Files.isRegularFile(file)) {
            return "no such file " + relative;
        }
        String fragment = target.getFragment();
        if (fragment == null) {
            return null;
        }
        if (fragment.isEmpty()) {
            return "empty #fragment";
        }
        if (!relative.endsWith(".html")) {
            return "#fragment on a file that is not a page";
        }
        if (!ids(relative).contains(fragment)) {
            return "no element with id '" + fragment + "' in " + relative;
        }
        return null;
    }

    private Set<String> ids(String page) {
        return idsByPage.computeIfAbsent(page, p -> Sites.page(site, p).select("[id]").stream()
                .map(e -> e.id()).collect(Collectors.toSet()));
    }
}
