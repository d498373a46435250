package dev.briefing.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.ast.Document;
import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.model.Person;
import dev.briefing.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds every registry person's name in article text with one matcher over all names, aliases and
 * family names ({@link NameMatcher}), built once per build; each article is scanned once, whatever
 * the number of people.
 *
 * <p>An article is read in order: its title, its standfirst (the {@code summary}), then its body.
 * Rules: full names and aliases always count; a family name alone counts once the article has
 * named that person in full, and not when it is part of a longer name: inside the name of an
 * organization the registry knows ("Morgan" in "Morgan Stanley"), followed by another capitalised
 * word in running text ("the Gates Foundation"), or joined by a hyphen to a capitalised word
 * ("Smith-Jones"). Names inside code, links, URLs and raw HTML are never matched, nor inside a
 * longer word. A name that fits more than one person is reported as ambiguous and left unlinked
 * rather than guessed. The first mention of a person in each part links to the person page.
 *
 * <p>The tree is only read: what is found is returned as data, with the characters each mention
 * covers, for the renderer to mark ({@link ArticleMarks}) and for the title and standfirst.
 */
public final class MentionFinder {
    /** Stands between text pieces a name must not run across (code, links, emphasis boundaries). */
    private static final char BARRIER = '\u0000';

    /** The parts of an article, in reading order. */
    enum Part { TITLE, SUMMARY, BODY }

    private final NameMatcher names;
    private final NameMatcher organizations;
    private final Map<String, List<NameMatch>> matchesByName;
    private final Map<String, String> nameById;
    private final boolean linkEveryMention;

    public MentionFinder(List<Person> people, boolean linkEveryMention) {
        this.linkEveryMention = linkEveryMention;
        nameById = new HashMap<>();
        people.forEach(p -> nameById.put(p.id(), p.name()));
        this.matchesByName = namesToPeople(people);
        this.names = new NameMatcher(matchesByName.keySet());
        Set<String> orgs = new TreeSet<>();
        for (Person p : people) {
            p.roles().stream().map(Role::organization).flatMap(java.util.Optional::stream)
                    .map(MentionFinder::normalizeSpaces).filter(o -> o.contains(" ")).forEach(orgs::add);
        }
        this.organizations = new NameMatcher(orgs);
    }

    /** Every name the registry knows (full names, aliases, family names), with the people it can mean. */
    private static Map<String, List<NameMatch>> namesToPeople(List<Person> people) {
        Map<String, List<NameMatch>> byName = new TreeMap<>();
        for (Person p : people) {
            Set<String> full = new LinkedHashSet<>(p.allNames());
            Set<String> family = new LinkedHashSet<>();
            family.add(normalizeSpaces(p.familyName()));
            for (String name : full.stream().map(MentionFinder::normalizeSpaces).toList()) {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new NameMatch(p.id(), true));
            }
            family.removeAll(full.stream().map(MentionFinder::normalizeSpaces).toList());
            for (String name : family) {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new NameMatch(p.id(), false));
            }
        }
        return byName;
    }

    /** Registry names are matched against text whose white space is collapsed to single spaces. */
    private static String normalizeSpaces(String name) {
        return name.strip().replaceAll("[\\s\u00A0\u202F]+", " ");
    }

    /**
     * Names shared by more than one person as a full name or alias: they can never be resolved.
     * Needs only the registry, not the automaton.
     */
    public static Map<String, List<String>> collidingNames(List<Person> people) {
        Map<String, List<String>> out = new TreeMap<>();
        namesToPeople(people).forEach((name, matches) -> {
            List<String> ids = matches.stream().filter(NameMatch::full).map(NameMatch::personId).distinct().toList();
            if (ids.size() > 1) {
                out.put(name, ids);
            }
        });
        return out;
    }

    /**
     * The mentions of one article in reading order, and the characters each covers: in the body's
     * document for {@code bodySpans}, in the title and summary strings for the others.
     */
    record Result(List<Mention> mentions, List<MentionSpan> bodySpans, List<MentionSpan> titleSpans,
            List<MentionSpan> summarySpans) {}

    /**
     * Finds the mentions in one article: its title, its summary (may be empty) and its parsed body.
     *
     * @param slug the article's slug, for the mentions' anchors
     * @param heading where the title and summary are written, for their mentions
     */
    public Result find(String title, String summary, Document document, String slug, BodyPositions positions,
            SourcePosition heading, Problems problems) {
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(title, Part.TITLE));
        if (!summary.isEmpty()) {
            runs.add(new Run(summary, Part.SUMMARY));
        }
        collectRuns(document, runs);
        List<Found> found = new ArrayList<>();
        for (Run run : runs) {
            List<NameMatcher.Match> inOrganizations = organizations.findAll(run.text);
            boolean titleCase = run.part == Part.TITLE || looksTitleCased(run.text);
            for (NameMatcher.Match match : names.find(run.text)) {
                int start = match.start();
                int end = match.end();
                if (standsAlone(run.text, start, end) && !joinedByHyphen(run.text, start, end)) {
                    found.add(new Found(run, start, end, match.name(),
                            partOfLongerName(run.text, start, end, inOrganizations, titleCase)));
                }
            }
        }
        List<Mention> mentions = resolve(slug, positions, heading, found, problems);
        List<MentionSpan> body = new ArrayList<>();
        List<MentionSpan> inTitle = new ArrayList<>();
        List<MentionSpan> inSummary = new ArrayList<>();
        for (Found f : found) {
            if (f.mention != null) {
                var span = new MentionSpan(f.run.documentOffset(f.start), f.run.documentOffset(f.end - 1) + 1,
                        f.mention);
                (f.run.part == Part.BODY ? body : f.run.part == Part.TITLE ? inTitle : inSummary).add(span);
            }
        }
        body.sort(java.util.Comparator.comparingInt(MentionSpan::start));
        return new Result(mentions, List.copyOf(body), List.copyOf(inTitle), List.copyOf(inSummary));
    }

    private List<Mention> resolve(String slug, BodyPositions positions, SourcePosition heading, List<Found> found,
            Problems problems) {
        Set<String> named = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<Part, Set<String>> linkedIn = new java.util.EnumMap<>(Part.class);
        Map<Object, Sentence.Finder> sentenceFinders = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (Found f : found) {
            List<NameMatch> candidates = matchesByName.get(f.keyword);
            List<String> full = candidates.stream().filter(NameMatch::full).map(NameMatch::personId).distinct().toList();
            List<String> ids = full.isEmpty() && !f.partOfLongerName
                    ? candidates.stream().map(NameMatch::personId).filter(named::contains).distinct().toList()
                    : full;
            int offset = f.run.documentOffset(f.start);
            SourcePosition at = f.run.part == Part.BODY ? positions.of(offset) : heading;
            if (ids.size() > 1) {
                problems.warning(at, "ambiguous name '" + f.keyword + "' could be "
                        + String.join(" or ", ids.stream().map(nameById::get).toList()) + "; not linked");
                continue;
            }
            if (ids.isEmpty()) {
                continue; // a family name before the article has named the person, or part of another name
            }
            String id = ids.get(0);
            named.add(id);
            int n = counts.merge(id, 1, Integer::sum);
            boolean linked = linkedIn.computeIfAbsent(f.run.part, k -> new HashSet<>()).add(id) || linkEveryMention;
            Sentence s = f.run.sentences(sentenceFinders).around(offset, f.run.documentOffset(f.end - 1) + 1);
            String written = f.run.text.substring(f.start, f.end);
            // A site keeps every mention: one string for all the times a name is written the same way.
            Mention m = new Mention(id, slug, n, written.equals(f.keyword) ? f.keyword : written, s, at, linked);
            f.mention = m;
            mentions.add(m);
        }
        return List.copyOf(mentions);
    }

    /**
     * Whether a family name found alone is part of someone or something else's longer name: inside
     * a known organization's name, followed by another capitalised word in running text ("Morgan
     * Stanley"), or after a capitalised word that reads as another given name ("Arthur Blake"
     * when only Jordan Blake is registered; "President Blake" and "CEO Blake" are still Blake).
     */
    static boolean partOfLongerName(String text, int start, int end, List<NameMatcher.Match> organizations,
            boolean titleCase) {
        for (NameMatcher.Match o : organizations) {
            if (o.start() <= start && o.end() >= end) {
                return true;
            }
        }
        if (titleCase) {
            return false; // in a headline every word is capitalised: the words around say nothing
        }
        if (end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))) {
            return true;
        }
        return afterAnotherGivenName(text, start);
    }

    /** Words that stand before a family name without being part of the name. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
            "sir", "dame", "lord", "lady", "president", "vice", "senator", "sen", "rep", "representative",
            "congressman", "congresswoman", "governor", "gov", "mayor", "minister", "chancellor", "secretary",
            "judge", "justice", "chief", "director", "chairman", "chairwoman", "chair", "commissioner", "general",
            "gen", "colonel", "captain", "capt", "officer", "inspector", "detective", "sheriff", "ambassador",
            "prime", "premier", "king", "queen", "prince", "princess", "pope", "father", "sister", "brother",
            "rabbi", "imam", "reverend", "rev", "coach", "founder", "cofounder", "economist", "analyst", "according",
            "said", "says", "told", "by", "and", "or", "but", "with", "of", "for", "to", "from", "as", "when", "while",
            "if", "that", "the", "a", "an", "at", "in", "on");

    private static boolean afterAnotherGivenName(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int wordEnd = start - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == wordEnd || !Character.isUpperCase(text.charAt(wordStart))) {
            return false;
        }
        String word = text.substring(wordStart, wordEnd);
        boolean allCaps = word.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
        if (allCaps || TITLES.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return false; // "CEO Blake", "President Blake"
        }
        // The capitalised word may only be capitalised because it starts a sentence.
        int before = wordStart - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 && ".!?:;\"“‘(\u0000".indexOf(text.charAt(before)) < 0;
    }

    /**
     * "Smith-Jones": a hyphen joins the match to another capitalised word, making a longer name.
     * "Karpathy-led" and "ex-Karpathy" still name the person.
     */
    static boolean joinedByHyphen(String text, int start, int end) {
        boolean after = end + 1 < text.length() && isHyphen(text.charAt(end)) && Character.isUpperCase(text.charAt(end + 1));
        if (after) {
            return true;
        }
        if (start < 2 || !isHyphen(text.charAt(start - 1)) || !Character.isLetter(text.charAt(start - 2))) {
            return false;
        }
        int wordStart = start - 2;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return Character.isUpperCase(text.charAt(wordStart));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** A heading written in title case: most of its words start with a capital. */
    static boolean looksTitleCased(String text) {
        int words = 0;
        int capitalised = 0;
        boolean atWordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && atWordStart) {
                words++;
                if (Character.isUpperCase(c)) {
                    capitalised++;
                }
            }
            atWordStart = c == ' ' || c == BARRIER;
        }
        return words >= 3 && capitalised * 4 >= words * 3;
    }

    /**
     * Whether a match is a word of its own, not part of a longer word, a number, a web address, a
     * handle or a file name: the automaton only looks at letters either side.
     */
    static boolean standsAlone(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (isWordChar(before) || isWordChar(after) || "/@#_\\".indexOf(before) >= 0 || "/@_\\".indexOf(after) >= 0) {
            return false;
        }
        // "www.Name" or "Name.com": a dot glued to a word on the other side makes it an address.
        boolean dottedBefore = before == '.' && start > 1 && isWordChar(text.charAt(start - 2));
        boolean dottedAfter = after == '.' && end + 1 < text.length() && isWordChar(text.charAt(end + 1));
        return !dottedBefore && !dottedAfter;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static void collectRuns(Node node, List<Run> runs) {
        if (isOpaque(node)) {
            return;
        }
        boolean hasText = false;
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text) {
                hasText = true;
            } else if (!(c instanceof SoftLineBreak)) {
                collectRuns(c, runs);
            }
        }
        if (hasText) {
            runs.add(new Run(node));
        }
    }

    private static boolean isOpaque(Node node) {
        return OPAQUE.get(node.getClass());
    }

    /** Node types whose text is never a mention: code, links, images, raw HTML. Decided once per class. */
    private static final ClassValue<Boolean> OPAQUE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return Code.class.isAssignableFrom(type) || Link.class.isAssignableFrom(type)
                    || AutoLink.class.isAssignableFrom(type) || MailLink.class.isAssignableFrom(type)
                    || Image.class.isAssignableFrom(type) || ImageRef.class.isAssignableFrom(type)
                    || LinkRef.class.isAssignableFrom(type) || HtmlInline.class.isAssignableFrom(type)
                    || HtmlBlock.class.isAssignableFrom(type) || FencedCodeBlock.class.isAssignableFrom(type)
                    || IndentedCodeBlock.class.isAssignableFrom(type) || Reference.class.isAssignableFrom(type)
                    || type.getSimpleName().contains("Code");
        }
    };

    /** A match of a registry name, resolved to a mention or not. */
    private static final class Found {
        final Run run;
        final int start;
        final int end;
        final String keyword;
        final boolean partOfLongerName;
        Mention mention;

        Found(Run run, int start, int end, String keyword, boolean partOfLongerName) {
            this.run = run;
            this.start = start;
            this.end = end;
            this.keyword = keyword;
            this.partOfLongerName = partOfLongerName;
        }
    }

    /**
     * The text of one parent's children as one string (soft line breaks as spaces, anything else as
     * a barrier), with the child node and document offset for every character.
     */
    private static final class Run {
        final String text;
        final Part part;
        final Node[] nodeAt;
        final int[] offsetInNode;
        private final Node parent;
        private final String plain;

        /** A plain string (the title, the summary): offsets are offsets in the string. */
        Run(String plain, Part part) {
            StringBuilder sb = new StringBuilder(plain.length());
            int[] offsets = new int[plain.length()];
            int n = 0;
            for (int i = 0; i < plain.length(); i++) {
                char ch = plain.charAt(i);
                boolean space = Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u202F';
                if (space && n > 0 && sb.charAt(n - 1) == ' ') {
                    continue;
                }
                sb.append(space ? ' ' : ch);
                offsets[n++] = i;
            }
            this.text = sb.toString();
            this.part = part;
            this.nodeAt = null;
            this.offsetInNode = offsets;
            this.parent = null;
            this.plain = plain;
        }

        Run(Node parent) {
            int capacity = 0;
            for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
                capacity += c instanceof Text ? c.getChars().length() : 1;
            }
            StringBuilder sb = new StringBuilder(capacity);
            Node[] nodes = new Node[capacity];
            int[] offsets = new int[capacity];
            int n = 0;
            for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text || c instanceof SoftLineBreak) {
                    // A String copy: flexmark's sequences check bounds through several layers per character.
                    String chars = c instanceof Text ? c.getChars().toString() : " ";
                    for (int i = 0; i < chars.length(); i++) {
                        char ch = chars.charAt(i);
                        boolean space = Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u202F';
                        // Runs of white space (a name broken across lines, double spaces) read as one space.
                        if (space && n > 0 && sb.charAt(n - 1) == ' ') {
                            continue;
                        }
                        sb.append(space ? ' ' : ch);
                        nodes[n] = c;
                        offsets[n++] = i;
                    }
                } else {
                    sb.append(BARRIER);
                    nodes[n] = null;
                    offsets[n++] = 0;
                }
            }
            text = sb.toString();
            nodeAt = nodes;
            offsetInNode = offsets;
            this.parent = parent;
            this.part = Part.BODY;
            this.plain = null;
        }

        /**
         * The sentence finder of the block this run is in, made when the block's first name is
         * found (most name nobody) and shared by every run of the block.
         */
        Sentence.Finder sentences(Map<Object, Sentence.Finder> byBlock) {
            if (parent == null) {
                return byBlock.computeIfAbsent(part, k -> new Sentence.Finder(plain));
            }
            BasedSequence span = Sentence.spanOf(parent);
            return byBlock.computeIfAbsent(span.getStartOffset(), k -> new Sentence.Finder(span));
        }

        /** The offset of a character of the run in the body document, or in the plain string. */
        int documentOffset(int index) {
            return nodeAt == null ? offsetInNode[index] : nodeAt[index].getChars().getStartOffset() + offsetInNode[index];
        }
    }
}
