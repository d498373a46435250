package dev.briefing.newsletter;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Makes an article body (HTML rendered with absolute person and article links) fit for email:
 * every remaining link made absolute against the article's web address, site-only attributes
 * dropped, each element's inline style set from the style table. Images keep their width and height
 * (read from their files) and get an absolute address; an image whose size is unknown (one on
 * another site) becomes a link, since email clients lay out images without a size badly.
 */
final class EmailBody {
    private final EmailStyles styles;
    private final Map<String, String> absoluteLinks = new ConcurrentHashMap<>();

    EmailBody(EmailStyles styles) {
        this.styles = styles;
    }

    /** The email-ready body: a container whose children are the styled blocks. */
    Element prepare(String bodyHtml, String pageUrl) {
        Document doc = Jsoup.parseBodyFragment(bodyHtml, pageUrl);
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        Element body = doc.body();
        for (Element img : body.select("img")) {
            String src = img.absUrl("src");
            String alt = img.attr("alt").isBlank() ? "image" : img.attr("alt");
            if (isWebUrl(src) && img.hasAttr("width") && img.hasAttr("height")) {
                img.attr("src", src);
            } else if (isWebUrl(src)) {
                img.replaceWith(new Element("a").attr("href", src).text("Image: " + alt));
            } else {
                img.replaceWith(new org.jsoup.nodes.TextNode("[" + alt + "]"));
            }
        }
        for (Element a : body.select("a")) {
            String href = a.hasAttr("href") ? absolute(a) : "";
            if (isWebUrl(href) || href.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
                a.attr("href", href);
            } else {
                a.unwrap(); // a link that cannot be made absolute goes nowhere in an inbox: keep its text
            }
        }
        // Unlinked mentions are <span id> on the site: nothing to show in an email.
        body.select("span.mention").forEach(Element::unwrap);
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            e.removeAttr("class").removeAttr("id").removeAttr("target");
            e.attributes().asList().stream().map(attr -> attr.getKey())
                    .filter(k -> k.startsWith("data-")).toList().forEach(e::removeAttr);
            styles.of(e.normalName()).filter(s -> !s.isEmpty()).ifPresent(s -> e.attr("style", s));
        }
        return body;
    }

    /**
     * The link's absolute address as jsoup makes it (which also encodes international host names
     * and drops control characters). An address that is already absolute does not depend on the
     * page, and the same ones (people, sources, articles) recur in every email: each is made once.
     */
    private String absolute(Element a) {
        String href = a.attr("href");
        if (href.startsWith("https://") || href.startsWith("http://")) {
            return absoluteLinks.computeIfAbsent(href, h -> a.absUrl("href"));
        }
        return a.absUrl("href");
    }

    static boolean isWebUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }
}
