package dev.briefing.model;

/**
 * The one place that knows where every page of the site lives and how pages link to each other.
 * Paths are relative to the site root ({@code people/nick-joseph.html}); {@link #relative} turns
 * one into a link from a given page, {@link #rootOf} gives the way back to the root.
 *
 * <pre>
 * SitePaths.person("nick-joseph");                       // "people/nick-joseph.html"
 * SitePaths.relative("articles/a.html", "people/x.html"); // "../people/x.html"
 * </pre>
 */
public final class SitePaths {
    public static final String HOME = "index.html";
    public static final String PEOPLE_INDEX = "people/index.html";
    public static final String ORGANIZATIONS_INDEX = "organizations/index.html";
    public static final String TIMELINE = "timeline.html";
    public static final String BIBLIOGRAPHY = "bibliography.html";
    public static final String SEARCH = "search.html";
    public static final String NOT_FOUND = "404.html";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String PEOPLE_JSON = "people.json";
    public static final String SEARCH_INDEX_JSON = "search-index.json";
    public static final String SEARCH_INDEX_SCRIPT = "assets/search-index.js";
    public static final String STYLESHEET = "assets/style.css";
    public static final String FAVICON = "assets/favicon.svg";
    public static final String BIBTEX = "sources/bibliography.bib";
    public static final String RIS = "sources/bibliography.ris";
    public static final String CSL_JSON = "sources/bibliography.json";
    public static final String NEWSLETTER = "newsletter/";
    public static final String ARTICLES = "articles/";

    private SitePaths() {}

    public static String article(String slug) {
        return ARTICLES + slug + ".html";
    }

    public static String person(String id) {
        return "people/" + id + ".html";
    }

    public static String organization(String slug) {
        return "organizations/" + slug + ".html";
    }

    /** A source's entry on the bibliography page. */
    public static String source(String sourceAnchor) {
        return BIBLIOGRAPHY + "#" + sourceAnchor;
    }

    /** A newsletter file: {@code newsletter/<name><extension>}. */
    public static String newsletter(String name, String extension) {
        return NEWSLETTER + name + extension;
    }

    /** {@code ""} for a top-level page, {@code "../"} for one a folder down, and so on. */
    public static String rootOf(String sitePath) {
        int depth = 0;
        for (int i = 0; i < sitePath.length(); i++) {
            if (sitePath.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /**
     * A link from page {@code fromPage} to {@code target}: a target in the same folder is linked by
     * its file name alone, anything else through the root ({@code ../people/x.html}).
     */
    public static String relative(String fromPage, String target) {
        int slash = fromPage.lastIndexOf('/');
        String folder = slash < 0 ? "" : fromPage.substring(0, slash + 1);
        if (!folder.isEmpty() && target.startsWith(folder) && target.indexOf('/', folder.length()) < 0) {
            return target.substring(folder.length());
        }
        return rootOf(fromPage) + target;
    }
}
