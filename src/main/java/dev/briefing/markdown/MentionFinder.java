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
import dev.briefing.model.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds every registry person's name in article text with one Aho–Corasick automaton over all names,
 * aliases and family names, built once per build; each article is scanned once, whatever the number
 * of people.
 *
 * <p>Rules: full names and aliases always count; a family name alone counts once the article has
 * named that person in full. Names inside code, links, URLs and raw HTML are never matched, nor
 * inside a longer word. A name that fits more than one person is reported as ambiguous and left
 * unlinked rather than guessed. The tree is only read: what is found is returned as data, with the
 * characters each mention covers, for the renderer to mark ({@link ArticleMarks}).
 */
public final class MentionFinder {
    /** Stands between text pieces a name must not run across (code, links, emphasis boundaries). */
    private static final char BARRIER = '\u0000';

    private final Trie trie;
    private final Map<String, List<NameMatch>> matchesByName;
    private final Map<String, String> nameById;
    private final boolean linkEveryMention;

    public MentionFinder(List<Person> people, boolean linkEveryMention) {
        this.linkEveryMention = linkEveryMention;
        nameById = new HashMap<>();
        people.forEach(p -> nameById.put(p.id(), p.name()));
        this.matchesByName = namesToPeople(people);
        this.trie = Trie.builder().onlyWholeWords().ignoreOverlaps().addKeywords(matchesByName.keySet()).build();
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

    /** The mentions of one article in the order found, and the characters each covers. */
    record Result(List<Mention> mentions, List<ArticleMarks.Span> spans) {}

    /**
     * Finds the mentions in one article's parsed body.
     *
     * @param slug the article's slug, for the mentions' anchors
     */
    public Result find(Document document, String slug, BodyPositions positions, Problems problems) {
        List<Run> runs = new ArrayList<>();
        collectRuns(document, runs);
        List<Found> found = new ArrayList<>();
        for (Run run : runs) {
            for (Emit emit : trie.parseText(run.text)) {
                int start = emit.getStart();
                int end = emit.getEnd() + 1;
                if (standsAlone(run.text, start, end)) {
                    found.add(new Found(run, start, end, emit.getKeyword()));
                }
            }
        }
        List<Mention> mentions = resolve(slug, positions, found, problems);
        List<ArticleMarks.Span> spans = new ArrayList<>(mentions.size());
        for (Found f : found) {
            if (f.mention != null) {
                spans.add(new ArticleMarks.Span(f.run.documentOffset(f.start), f.run.documentOffset(f.end - 1) + 1,
                        f.mention));
            }
        }
        spans.sort(java.util.Comparator.comparingInt(ArticleMarks.Span::start));
        return new Result(mentions, List.copyOf(spans));
    }

    private List<Mention> resolve(String slug, BodyPositions positions, List<Found> found, Problems problems) {
        Set<String> named = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<Integer, Sentence.Finder> sentenceFinders = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (Found f : found) {
            List<NameMatch> candidates = matchesByName.get(f.keyword);
            List<String> full = candidates.stream().filter(NameMatch::full).map(NameMatch::personId).distinct().toList();
            List<String> ids = full.isEmpty()
                    ? candidates.stream().map(NameMatch::personId).filter(named::contains).distinct().toList()
                    : full;
            int offset = f.run.documentOffset(f.start);
            if (ids.size() > 1) {
                problems.warning(positions.of(offset), "ambiguous name '" + f.keyword + "' could be "
                        + String.join(" or ", ids.stream().map(nameById::get).toList()) + "; not linked");
                continue;
            }
            if (ids.isEmpty()) {
                continue; // a family name before the article has named the person
            }
            String id = ids.get(0);
            named.add(id);
            int n = counts.merge(id, 1, Integer::sum);
            boolean linked = n == 1 || linkEveryMention;
            String anchor = "m-" + id + "-" + n;
            Sentence s = f.run.sentences(sentenceFinders).around(offset, f.run.documentOffset(f.end - 1) + 1);
            Mention m = new Mention(id, slug, anchor, f.run.text.substring(f.start, f.end),
                    s.before(), s.after(), positions.of(offset), linked);
            f.mention = m;
            mentions.add(m);
        }
        return List.copyOf(mentions);
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
        return node instanceof Code || node instanceof Link || node instanceof AutoLink || node instanceof MailLink
                || node instanceof Image || node instanceof ImageRef || node instanceof LinkRef
                || node instanceof HtmlInline || node instanceof HtmlBlock || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock || node instanceof Reference
                || node.getClass().getSimpleName().contains("Code");
    }

    /** A match of a registry name, resolved to a mention or not. */
    private static final class Found {
        final Run run;
        final int start;
        final int end;
        final String keyword;
        Mention mention;

        Found(Run run, int start, int end, String keyword) {
            this.run = run;
            this.start = start;
            this.end = end;
            this.keyword = keyword;
        }
    }

    /**
     * The text of one parent's children as one string (soft line breaks as spaces, anything else as
     * a barrier), with the child node and document offset for every character.
     */
    private static final class Run {
        final String text;
        final Node[] nodeAt;
        final int[] offsetInNode;
        private final Node parent;

        Run(Node parent) {
            StringBuilder sb = new StringBuilder();
            List<Node> nodes = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text || c instanceof SoftLineBreak) {
                    CharSequence chars = c instanceof Text ? c.getChars() : " ";
                    for (int i = 0; i < chars.length(); i++) {
                        char ch = chars.charAt(i);
                        boolean space = Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u202F';
                        // Runs of white space (a name broken across lines, double spaces) read as one space.
                        if (space && sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                            continue;
                        }
                        sb.append(space ? ' ' : ch);
                        nodes.add(c);
                        offsets.add(i);
                    }
                } else {
                    sb.append(BARRIER);
                    nodes.add(null);
                    offsets.add(0);
                }
            }
            text = sb.toString();
            nodeAt = nodes.toArray(new Node[0]);
            offsetInNode = offsets.stream().mapToInt(Integer::intValue).toArray();
            this.parent = parent;
        }

        /**
         * The sentence finder of the block this run is in, made when the block's first name is
         * found (most name nobody) and shared by every run of the block.
         */
        Sentence.Finder sentences(Map<Integer, Sentence.Finder> byBlock) {
            BasedSequence span = Sentence.spanOf(parent);
            return byBlock.computeIfAbsent(span.getStartOffset(), k -> new Sentence.Finder(span));
        }

        int documentOffset(int index) {
            return nodeAt[index].getChars().getStartOffset() + offsetInNode[index];
        }
    }
}
