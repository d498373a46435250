package dev.briefing.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a saved page's article the way Mozilla Readability does, on jsoup: page chrome is removed
 * by tag and by class or id ("sidebar", "related", "share", …), every paragraph scores its parent
 * and grandparent by its length and commas, scores are cut by link density, the best-scored
 * element wins, and siblings that score nearly as well (or are plain paragraphs) join it. What
 * remains is cleaned of blocks that are mostly links, such as related-story lists.
 *
 * <p>It works on the page as parsed: call it on a copy when the page is needed afterwards.
 */
final class ArticleSelector {
    /** Elements that are never article text: scripts, navigation, controls, asides, footers, AMP widgets. */
    private static final String REMOVED = "script, style, noscript, template, svg, iframe, object, embed, canvas, "
            + "button, input, select, textarea, label, nav, aside, footer, figcaption, dialog, "
            + "amp-ad, amp-sidebar, amp-social-share, amp-analytics, amp-embed, amp-sticky-ad, amp-consent, "
            + "amp-iframe, [hidden], [role=navigation], [role=banner], [role=complementary], [role=contentinfo], "
            + "[role=dialog], [role=alertdialog], [aria-modal=true]";
    /**
     * Elements the page does not show, such as its metadata for machines (a hidden copy of the
     * headline, byline and dates). Kept on the second reading, for a page that shows its article
     * only by script.
     */
    private static final String UNSHOWN = "[style~=(?i)(^|;)\\s*(display\\s*:\\s*none|visibility\\s*:\\s*hidden)]";
    /** Class or id words of page chrome (Readability's list, plus the cookie, share and ad boxes sites use). */
    private static final Pattern UNLIKELY = Pattern.compile("(?i)(^|[-_\\s])(ads?|advert\\w*|adslot|ad-?label|banner|"
            + "breadcrumbs?|combx|comments?|community|consent|cookies?|cover-wrap|credit|caption|disqus|extra|gdpr|"
            + "legends|menu|modal|most-?read|most-?popular|newsletter|outbrain|pager|pagination|popular|popup|"
            + "promo|related\\w*|remark|replies|rss|share\\w*|sharing|shoutbox|sidebar|signup|skip-link|"
            + "skyscraper|social|sponsor\\w*|subscribe|supplemental|taboola|tags|tag-links|tools|toolbar|"
            + "widget\\w*|yom-remote|jp-relatedposts|sharedaddy|sd-sharing\\w*|author-bio|post-navigation|"
            + "nav-links|top-bar|mpu(-ad)?)([-_\\s]|$)");
    /** Class or id words that keep an element despite an unlikely word. */
    private static final Pattern MAYBE = Pattern.compile("(?i)(^|[-_\\s])(article|body|column|content|main|shadow|"
            + "entry-content|post-content|story-text|story-body)([-_\\s]|$)");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|"
            + "page|post|text|blog|story|para");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)hidden|banner|combx|comment|com-|contact|foot|"
            + "footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|"
            + "sponsor|shopping|tags|tool|widget|byline|caption|credit");
    private static final Set<String> SCORED = Set.of("p", "pre", "td");
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl",
            "dt", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
            "ol", "p", "pre", "section", "table", "ul");
    private static final Set<String> KEEP = Set.of("html", "body", "article", "main");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    /** Readability's least article length: below it, the page is read again without the class and id rule. */
    private static final int MIN_ARTICLE_CHARS = 500;
    /**
     * Prose that makes a form the page itself rather than a form on it (a short article wrapped
     * whole in one form has less than a whole article's minimum); sign-up, search and comment
     * forms hold a sentence or two.
     */
    private static final int PAGE_FORM_PROSE = 250;
    /** Prose a sibling of the article must hold to be another of its sections (one paragraph of a sentence or two). */
    private static final int MIN_SECTION_PROSE_CHARS = 100;
    /** Link density above which a paragraph or section is a list of links rather than prose. */
    private static final double PROSE_LINK_DENSITY = 0.25;

    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private ArticleSelector() {}

    /**
     * The article's content: a detached element holding the chosen blocks in page order. As in
     * Readability, a page whose article the class and id rule leaves (nearly) empty is read again
     * without that rule (a layout class such as {@code panel-two-col-sidebar-right} can hold the
     * whole page) and without removing what the page does not show.
     */
    static Element select(Document doc) {
        Document untouched = doc.clone();
        Element content = new ArticleSelector().run(doc, true);
        int length = content.text().length();
        if (length < MIN_ARTICLE_CHARS) {
            Element again = new ArticleSelector().run(untouched, false);
            int longer = again.text().length();
            if (longer >= MIN_ARTICLE_CHARS && longer >= 2 * length) {
                return again;
            }
        }
        return content;
    }

    private Element run(Document doc, boolean strict) {
        Element body = doc.body();
        body.select(REMOVED).remove();
        removeForms(body);
        if (strict) {
            body.select(UNSHOWN).remove();
            removeUnlikely(body);
        }
        for (Element e : body.getAllElements()) {
            if (isParagraph(e)) {
                scoreParagraph(e);
            }
        }
        Element top = topCandidate(body);
        Element content = withSiblings(top);
        clean(content);
        return content;
    }

    /**
     * Forms (search, sign-up, comment boxes) are removed, except one that holds the article: some
     * sites wrap the whole page in one form.
     */
    private static void removeForms(Element body) {
        for (Element form : body.select("form")) {
            if (form.parent() != null && proseChars(form) < PAGE_FORM_PROSE
                    && form.select("article, main, [role=main]").isEmpty()) {
                form.remove();
            }
        }
    }

    private static void removeUnlikely(Element body) {
        List<Element> unlikely = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String words = e.className() + " " + e.id();
            if (!KEEP.contains(e.normalName()) && UNLIKELY.matcher(words).find() && !MAYBE.matcher(words).find()
                    && !isEmbeddedQuotation(e)) {
                unlikely.add(e);
            }
        }
        unlikely.forEach(Element::remove);
    }

    /**
     * A box whose text is all quotations: a post the article quotes, embedded in a box classed
     * "social" or "embed". A share bar or a comment list has text of its own (names, dates, buttons).
     */
    private static boolean isEmbeddedQuotation(Element e) {
        int length = e.text().length();
        int quoted = 0;
        for (Element q : e.select("blockquote")) {
            if (q.parents().stream().noneMatch(p -> p.normalName().equals("blockquote"))) {
                quoted += q.text().length();
            }
        }
        return length > 0 && quoted >= length - 1;
    }

    /** A {@code <p>}, {@code <pre>} or {@code <td>}, or a {@code <div>} holding only inline content. */
    private static boolean isParagraph(Element e) {
        if (SCORED.contains(e.normalName())) {
            return true;
        }
        return e.normalName().equals("div") && e.children().stream().noneMatch(c -> BLOCK.contains(c.normalName()));
    }

    private void scoreParagraph(Element p) {
        String text = p.text();
        if (text.length() < MIN_PARAGRAPH_CHARS) {
            return;
        }
        double score = 1 + text.split(",", -1).length - 1 + Math.min(text.length() / 100, 3);
        Element ancestor = p.parent();
        for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parent()) {
            if (ancestor.normalName().equals("html")) {
                break;
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(ancestor, initialScore(ancestor) + score / divider, (old, add) -> old + score / divider);
        }
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    private static int classWeight(Element e) {
        int weight = 0;
        for (String words : List.of(e.className(), e.id())) {
            if (words.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(words).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(words).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    private double finalScore(Element e) {
        return scores.getOrDefault(e, 0.0) * (1 - linkDensity(e));
    }

    private Element topCandidate(Element body) {
        List<Element> ranked = scores.keySet().stream()
                .sorted(Comparator.comparingDouble(this::finalScore).reversed()).toList();
        if (ranked.isEmpty()) {
            return body;
        }
        Element top = ranked.get(0);
        double topScore = finalScore(top);
        // Several near-best candidates inside one ancestor: the article is that ancestor.
        List<Element> close = ranked.stream().skip(1).limit(5).filter(c -> finalScore(c) >= 0.75 * topScore).toList();
        if (close.size() >= 3) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                Element p = parent;
                if (close.stream().filter(c -> c.parents().contains(p)).count() >= 3) {
                    top = parent;
                    break;
                }
            }
        }
        // A parent scoring better than its best child holds more of the article.
        double last = finalScore(top);
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (!scores.containsKey(parent)) {
                continue;
            }
            double score = finalScore(parent);
            if (score < last / 3) {
                break;
            }
            if (score > last) {
                top = parent;
                break;
            }
            last = score;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /**
     * The top candidate and its siblings that score near it, are plain paragraphs of prose, or
     * hold paragraphs of prose: the other sections of an article split into several containers
     * (between them a figure, a quotation set apart, an advertisement), whose paragraphs may sit
     * too deep to have scored them.
     */
    private Element withSiblings(Element top) {
        Element content = new Element("div");
        Element parent = top.parent();
        if (parent == null) {
            content.appendChild(top.clone());
            return content;
        }
        double threshold = Math.max(10, finalScore(top) * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == top || joinsTop(sibling, top, threshold)) {
                content.appendChild(sibling.clone());
            }
        }
        return content;
    }

    private boolean joinsTop(Element sibling, Element top, double threshold) {
        double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? finalScore(top) * 0.2 : 0;
        if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return classWeight(sibling) >= 0 && linkDensity(sibling) < PROSE_LINK_DENSITY
                    && proseChars(sibling) >= MIN_SECTION_PROSE_CHARS;
        }
        String text = sibling.text();
        double density = linkDensity(sibling);
        return text.length() > 80 && density < PROSE_LINK_DENSITY
                || !text.isEmpty() && text.length() <= 80 && density == 0 && text.matches(".*\\.( .*|$)");
    }

    /**
     * Removes blocks inside the article that are mostly links or have a chrome class: related
     * lists, tag clouds, link-only headings. A paragraph is never removed for its links, and
     * neither is a list right after a sources heading, an embedded quotation, or a heading
     * followed by a paragraph of prose.
     */
    private static void clean(Element content) {
        removeLinkCards(content);
        List<Element> blocks = new ArrayList<>(content.select("ul, ol, div, section, table, h1, h2, h3, h4, h5, h6"));
        Collections.reverse(blocks);
        for (Element e : blocks) {
            if (e.parent() == null || isSourcesList(e) || isEmbeddedQuotation(e)) {
                continue;
            }
            String text = e.text();
            int commas = text.split(",", -1).length - 1;
            double density = linkDensity(e);
            boolean heading = e.normalName().matches("h[1-6]");
            boolean container = !heading && !isParagraph(e);
            if (classWeight(e) < 0 && commas < 10
                    || heading && density > 0.33 && !headsProse(e)
                    || container && commas < 10 && density > (classWeight(e) >= 25 ? 0.5 : 0.33)
                    || container && text.isBlank() && e.select("img, picture, amp-img, video").isEmpty()) {
                e.remove();
            }
        }
    }

    /**
     * Removes, inside paragraphs, boxes of links with no words of their own: a hover card that
     * follows a name with the person's other articles, a "more" link. The innermost box goes, so
     * a link the sentence itself holds stays.
     */
    private static void removeLinkCards(Element content) {
        List<Element> inline = new ArrayList<>(content.select("p span, p div"));
        Collections.reverse(inline);
        for (Element e : inline) {
            if (e.parent() == null || e.select("a").size() < 3) {
                continue;
            }
            Element withoutLinks = e.clone();
            withoutLinks.select("a").remove();
            if (withoutLinks.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                e.remove();
            }
        }
    }

    /** A heading followed by a paragraph of prose: a section's heading, even when it is a link (a product named). */
    private static boolean headsProse(Element heading) {
        Element next = heading.nextElementSibling();
        return next != null && next.normalName().equals("p") && linkDensity(next) < PROSE_LINK_DENSITY
                && LineShapes.isParagraph(next.text());
    }

    private static boolean isSourcesList(Element e) {
        if (!e.normalName().matches("ul|ol")) {
            return false;
        }
        Element before = e.previousElementSibling();
        return before != null && LineShapes.isSourcesLabel(before.text());
    }

    /** Characters of the element's paragraphs that are sentences of prose with few links. */
    private static int proseChars(Element e) {
        int chars = 0;
        for (Element p : e.select("p")) {
            String text = p.text();
            if (text.length() >= MIN_PARAGRAPH_CHARS && linkDensity(p) < PROSE_LINK_DENSITY
                    && LineShapes.isProse(text)) {
                chars += text.length();
            }
        }
        return chars;
    }

    /** Share of an element's text that is link text. */
    private static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return Math.min(1, linked / (double) length);
    }
}
