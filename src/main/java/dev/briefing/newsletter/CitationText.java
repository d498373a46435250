package dev.briefing.newsletter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A citation as the site's style formats it (citeproc-java's HTML), made fit for an email: inline
 * elements only, no classes, and numeric styles' labels dropped (the email's own list numbers the
 * entries in the same order); and as plain text for the text part.
 */
final class CitationText {
    private CitationText() {}

    static String emailHtml(String html) {
        Element body = parse(html);
        body.select(".csl-left-margin").remove();
        body.select("div").forEach(Element::unwrap);
        body.getAllElements().forEach(e -> e.removeAttr("class"));
        return body.html().strip();
    }

    static String plain(String html) {
        Element body = parse(html);
        body.select(".csl-left-margin").remove();
        return body.text();
    }

    private static Element parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return doc.body();
    }
}
