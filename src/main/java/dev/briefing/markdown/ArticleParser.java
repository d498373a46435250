package dev.briefing.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.briefing.errors.Problems;
import dev.briefing.model.Article;
import dev.briefing.model.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Markdown stage for one article: parses the body, finds in its tree everything the later
 * stages need (mentions, headings, links, source lists, name-like phrases), renders it to HTML
 * once with the mentions and source links applied, takes its plain text, and lets the tree go. Thread-safe: one parser
 * serves every article of a build in parallel.
 *
 * <pre>
 * ArticleParser parser = new ArticleParser(engine, people, false, ArticleParser.NO_NAME_CANDIDATES);
 * ParsedArticle parsed = parser.parse(article, problems);
 * </pre>
 */
public final class ArticleParser {
    /**
     * Reads name-like phrases from an article's tree, for the people checks.
     */
    @FunctionalInterface
    public interface NameReader {
        /**
         * @param mentions the document ranges {@code [start, end)} of the article's mentions, sorted
         */
        List<ParsedArticle.NameCandidate> read(Document document, BodyPositions positions, List<int[]> mentions);
    }

    /** Finds no name candidates: for builds that run no people checks. */
    public static final NameReader NO_NAME_CANDIDATES = (document, positions, mentions) -> List.of();

    /** Words a reader gets through in a minute, for "N min read". */
    public static final int WORDS_PER_MINUTE = 230;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final MarkdownEngine engine;
    private final MentionFinder mentions;
    private final NameReader nameCandidates;

    /**
     * @param nameCandidates reads name-like phrases from a tree, for the people checks
     */
    public ArticleParser(MarkdownEngine engine, List<Person> people, boolean linkEveryMention,
            NameReader nameCandidates) {
        this.engine = engine;
        this.mentions = new MentionFinder(people, linkEveryMention);
        this.nameCandidates = nameCandidates;
    }

    public ParsedArticle parse(Article article, Problems problems) {
        Document document = engine.parse(article.body());
        BodyPositions positions = new BodyPositions(article);
        MentionFinder.Result found = mentions.find(document, article.slug(), positions, problems);
        List<TextSourceLists.Found> items = TextSourceLists.find(document, positions, problems);
        List<Heading> headings = new ArrayList<>();
        List<ParsedArticle.LinkInBody> links = new ArrayList<>();
        collect(document, headings, links, positions);
        List<ParsedArticle.NameCandidate> candidates = nameCandidates.read(document, positions,
                found.spans().stream().map(sp -> new int[] {sp.start(), sp.end()}).toList());

        Map<Integer, Integer> itemParagraphs = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            itemParagraphs.put(items.get(i).paragraphOffset(), i);
        }
        String html = engine.render(document, new ArticleMarks(found.spans(), itemParagraphs));

        // Heading ids are the renderer's own, set on the headings while rendering.
        Set<String> anchors = new LinkedHashSet<>();
        headings.forEach(h -> anchors.add(h.getAnchorRefId()));
        found.mentions().forEach(m -> anchors.add(m.anchorId()));
        return new ParsedArticle(article, html, found.mentions(), Set.copyOf(anchors), List.copyOf(links),
                items.stream().map(TextSourceLists.Found::item).toList(), List.copyOf(candidates),
                Excerpt.firstParagraph(html), readingMinutes(article.body()), PlainText.of(document));
    }

    /** Headings, and the links that point into the site: other articles, or anchors. */
    private static void collect(Node node, List<Heading> headings, List<ParsedArticle.LinkInBody> links,
            BodyPositions positions) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading h) {
                headings.add(h);
            } else if (child instanceof Link link) {
                String url = link.getUrl().toString();
                if (url.startsWith("#") || url.contains(".md")) {
                    links.add(new ParsedArticle.LinkInBody(url, positions.of(link.getUrl().getStartOffset())));
                }
            }
            collect(child, headings, links, positions);
        }
    }

    static int readingMinutes(String markdown) {
        long words = WHITE_SPACE.splitAsStream(markdown)
                .filter(w -> w.chars().anyMatch(Character::isLetterOrDigit)).count();
        return (int) Math.max(1, Math.round((double) words / WORDS_PER_MINUTE));
    }
}
