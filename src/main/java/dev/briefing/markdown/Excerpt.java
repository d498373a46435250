package dev.briefing.markdown;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The one rule for an article's excerpt, wherever a summary is missing (home cards, email previews
 * and digests): the first paragraph's text, cut at a word near {@value #LENGTH} characters.
 */
public final class Excerpt {
    /** How long an excerpt may be, in characters, before it is cut at a word. */
    public static final int LENGTH = 220;

    private Excerpt() {}

    /**
     * The text of the first {@code <p>} of rendered body HTML, as a reader sees it (an image reads
     * "Image: alt"), or of the whole body when it has no paragraph.
     */
    static String firstParagraph(String bodyHtml) {
        int start = bodyHtml.indexOf("<p>");
        int end = start < 0 ? -1 : bodyHtml.indexOf("</p>", start);
        Element body = Jsoup.parseBodyFragment(start < 0 || end < 0 ? bodyHtml : bodyHtml.substring(start, end + 4))
                .body();
        for (Element img : body.select("img")) {
            String alt = img.attr("alt").isBlank() ? "image" : img.attr("alt");
            img.replaceWith(new TextNode(isWebOrRelative(img.attr("src")) ? "Image: " + alt : "[" + alt + "]"));
        }
        return body.text();
    }

    /** {@code text} as it fits an excerpt: whole when short, else cut at a word with an ellipsis. */
    public static String cut(String text) {
        if (text.length() <= LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LENGTH);
        return text.substring(0, cut > 0 ? cut : LENGTH).replaceAll("[,;:\\s]+$", "") + "…";
    }

    /** An image address that becomes a web address once resolved against the article's page. */
    private static boolean isWebOrRelative(String src) {
        String s = src.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://") || !s.matches("^[a-z][a-z0-9+.-]*:.*");
    }
}
