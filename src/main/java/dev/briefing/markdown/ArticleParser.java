package dev.briefing.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.load.ContentFiles;
import dev.briefing.model.Article;
import dev.briefing.model.Person;
import dev.briefing.model.Utf8Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The Markdown stage for one article: parses the body, finds in its tree everything the later
 * stages need (mentions, headings, links, source lists, name-like phrases), renders it to HTML
 * once with the mentions and source links applied, takes its plain text, and lets the tree go. Thread-safe: one parser
 * serves every article of a build in parallel.
 *
 * <pre>
 * ArticleParser parser = new ArticleParser(engine, people, false, ArticleParser.NO_NAME_CANDIDATES,
 *         new ContentFiles(Path.of("content")));
 * ParsedArticle parsed = parser.parse(article, problems);
 * </pre>
 */
public final class ArticleParser {
    /**
     * Reads the people an article names from its front matter and tree, for the people checks.
     */
    @FunctionalInterface
    public interface NameReader {
        /**
         * @param mentions the document ranges {@code [start, end)} of the article's mentions, sorted
         */
        List<ParsedArticle.NameCandidate> read(Article article, Document document, BodyPositions positions,
                List<int[]> mentions);
    }

    /** Finds no name candidates: for builds that run no people checks. */
    public static final NameReader NO_NAME_CANDIDATES = (article, document, positions, mentions) -> List.of();

    /** Words a reader gets through in a minute, for "N min read". */
    public static final int WORDS_PER_MINUTE = 230;
    private static final Pattern PAGE = Pattern.compile("(\\.html?|/)([?#].*)?$", Pattern.CASE_INSENSITIVE);

    private final MarkdownEngine engine;
    private final MentionFinder mentions;
    private final NameReader nameCandidates;
    private final ContentFiles files;

    /**
     * @param nameCandidates reads name-like phrases from a tree, for the people checks
     * @param files the content's files, that images and links name
     */
    public ArticleParser(MarkdownEngine engine, List<Person> people, boolean linkEveryMention,
            NameReader nameCandidates, ContentFiles files) {
        this.engine = engine;
        this.mentions = new MentionFinder(people, linkEveryMention);
        this.nameCandidates = nameCandidates;
        this.files = files;
    }

    public ParsedArticle parse(Article article, Problems problems) {
        Document document = engine.parse(article.body());
        BodyPositions positions = new BodyPositions(article);
        MentionFinder.Result found = mentions.find(article.title(), article.summary().orElse(""), document,
                article.slug(), positions, article.position(), problems);
        List<TextSourceLists.Found> items = TextSourceLists.find(document, positions, problems);
        List<Heading> headings = new ArrayList<>();
        List<ParsedArticle.LinkInBody> links = new ArrayList<>();
        List<Node> references = new ArrayList<>();
        collect(document, document, headings, links, references, positions);
        Map<Integer, ContentFiles.Size> imageSizes = new HashMap<>();
        List<ParsedArticle.ImageInBody> images = new ArrayList<>();
        Set<Path> used = new TreeSet<>();
        Set<Reference> checked = new HashSet<>();
        for (Node ref : references) {
            reference(article, ref, document, positions, imageSizes, images, used, checked, problems);
        }
        List<ParsedArticle.NameCandidate> candidates = nameCandidates.read(article, document, positions,
                found.bodySpans().stream().map(sp -> new int[] {sp.start(), sp.end()}).toList());

        Map<Integer, Integer> itemParagraphs = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            itemParagraphs.put(items.get(i).paragraphOffset(), i);
        }
        String html = engine.render(document, new ArticleMarks(found.bodySpans(), itemParagraphs, imageSizes));

        // Heading ids are the renderer's own, set on the headings while rendering.
        Set<String> anchors = new LinkedHashSet<>();
        headings.forEach(h -> anchors.add(h.getAnchorRefId()));
        found.mentions().forEach(m -> anchors.add(m.anchorId()));
        return new ParsedArticle(article.withoutBody(), Utf8Text.of(html), found.titleSpans(), found.summarySpans(), found.mentions(),
                Set.copyOf(anchors), List.copyOf(new LinkedHashSet<>(links)),
                items.stream().map(TextSourceLists.Found::item).toList(), List.copyOf(candidates),
                Excerpt.firstParagraph(html), readingMinutes(article.body()), Utf8Text.of(PlainText.of(document)),
                List.copyOf(images), used.stream().map(files::sitePath).toList());
    }

    /**
     * Checks an image or link the body writes: an image must say what it shows (alt text); a
     * file it names must exist in the content folder. Records what the page needs of it. A
     * reference ({@code ![alt][chart]}) names its file in its definition ({@code [chart]: img/c.png}),
     * so a problem with the file is reported there, once however often it is used.
     */
    private void reference(Article article, Node node, Document document, BodyPositions positions,
            Map<Integer, ContentFiles.Size> sizes, List<ParsedArticle.ImageInBody> images, Set<Path> used,
            Set<Reference> checked, Problems problems) {
        boolean image = node instanceof Image || node instanceof ImageRef;
        Reference definition = node instanceof RefNode ref ? ref.getReferenceNode(document) : null;
        LinkNodeBase link = definition != null ? definition : (LinkNodeBase) node;
        String address = link.getUrl().unescape();
        SourcePosition at = positions.of(node.getStartOffset());
        boolean report = definition == null || checked.add(definition);
        String alt = image ? new TextCollectingVisitor().collectAndGetText(node).strip() : null;
        if (image && alt.isEmpty()) {
            String written = node instanceof RefNode ref ? "[" + ref.getReference() + "]" : "(" + address + ")";
            problems.error(at, "image '" + address + "' has no alt text: say what it shows, ![what it shows]" + written);
        }
        // A link to a page (ours: people/index.html; or a folder) is not a content file to check.
        Optional<Path> file = image || !PAGE.matcher(address).find() ? files.referencedBy(article.file(), address)
                : Optional.empty();
        SourcePosition fileAt = positions.of(link.getStartOffset());
        Optional<ContentFiles.Size> size = Optional.empty();
        if (file.isPresent()) {
            if (!files.inside(file.get())) {
                if (report) {
                    problems.error(fileAt, "'" + address + "' is outside the content folder; put the file in "
                            + "content/assets/ or beside the article");
                }
                return;
            }
            if (!Files.isRegularFile(file.get())) {
                if (report) {
                    problems.error(fileAt, (image ? "image" : "linked file") + " not found: " + address);
                }
                return;
            }
            used.add(file.get());
            if (image) {
                size = files.imageSize(file.get());
                size.ifPresent(s -> sizes.put(node.getStartOffset(), s));
            }
        }
        if (image) {
            images.add(new ParsedArticle.ImageInBody(address, alt, file.map(files::sitePath), size));
        }
    }

    /**
     * Headings; the links that point into the site (other articles, anchors) to check; images and
     * links that may name a content file. A reference-style link or image counts with the address
     * of its definition; one whose label is defined nowhere is only text.
     */
    private static void collect(Node node, Document document, List<Heading> headings,
            List<ParsedArticle.LinkInBody> links, List<Node> references, BodyPositions positions) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading h) {
                headings.add(h);
            } else if (child instanceof Link link) {
                String url = link.getUrl().toString();
                if (url.startsWith("#") || url.contains(".md")) {
                    links.add(new ParsedArticle.LinkInBody(url, positions.of(link.getUrl().getStartOffset())));
                } else {
                    references.add(link);
                }
            } else if (child instanceof LinkRef ref && ref.getReferenceNode(document) != null) {
                Reference definition = ref.getReferenceNode(document);
                String url = definition.getUrl().toString();
                if (url.startsWith("#") || url.contains(".md")) {
                    links.add(new ParsedArticle.LinkInBody(url, positions.of(definition.getUrl().getStartOffset())));
                } else {
                    references.add(ref);
                }
            } else if (child instanceof Image || child instanceof ImageRef ref && ref.getReferenceNode(document) != null) {
                references.add(child);
            }
            collect(child, document, headings, links, references, positions);
        }
    }

    static int readingMinutes(String markdown) {
        return (int) Math.max(1, Math.round((double) words(markdown) / WORDS_PER_MINUTE));
    }

    /**
     * The runs between the white space of {@code \s} that hold a letter or digit, counted in one
     * pass: splitting the body into strings first cost as much as rendering it.
     */
    static long words(String markdown) {
        long words = 0;
        boolean letterInWord = false;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                words += letterInWord ? 1 : 0;
                letterInWord = false;
            } else if (!letterInWord && Character.isLetterOrDigit(c)) {
                letterInWord = true;
            }
        }
        return words + (letterInWord ? 1 : 0);
    }
}
