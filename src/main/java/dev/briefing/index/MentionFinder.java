package dev.briefing.index;

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
import dev.briefing.errors.Problems;
import dev.briefing.markdown.MentionNode;
import dev.briefing.markdown.ParsedArticle;
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
 * unlinked rather than guessed. Found names are wrapped in {@link MentionNode}s in the tree.
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
        this.trie = Trie.builder().onlyWholeWords().addKeywords(matchesByName.keySet()).build();
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
     * Finds the mentions in one article and wraps them in {@link MentionNode}s.
     *
     * @return the mentions in document order
     */
    public List<Mention> annotate(ParsedArticle article, Problems problems) {
        List<Run> runs = new ArrayList<>();
        collectRuns(article.document(), runs);
        List<Found> found = new ArrayList<>();
        for (Run run : runs) {
            for (Emit emit : NonOverlapping.of(new ArrayList<>(trie.parseText(run.text)))) {
                int start = emit.getStart();
                int end = emit.getEnd() + 1;
                if (standsAlone(run.text, start, end)) {
                    found.add(new Found(run, start, end, emit.getKeyword()));
                }
            }
        }
        List<Mention> mentions = resolve(article, found, problems);
        // Split text nodes from the last match to the first, so earlier offsets stay valid.
        for (int i = found.size() - 1; i >= 0; i--) {
            Found f = found.get(i);
            if (f.mention != null) {
                wrap(f);
            }
        }
        return mentions;
    }

    private List<Mention> resolve(ParsedArticle article, List<Found> found, Problems problems) {
        Set<String> named = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<BasedSequence, Sentence.Text> sentences = new java.util.IdentityHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (Found f : found) {
            List<NameMatch> candidates = matchesByName.get(f.keyword);
            List<String> full = candidates.stream().filter(NameMatch::full).map(NameMatch::personId).distinct().toList();
            List<String> ids = full.isEmpty()
                    ? candidates.stream().map(NameMatch::personId).filter(named::contains).distinct().toList()
                    : full;
            int offset = f.run.documentOffset(f.start);
            if (ids.size() > 1) {
                problems.warning(article.positionOf(offset), "ambiguous name '" + f.keyword + "' could be "
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
            Sentence s = sentences.computeIfAbsent(f.run.sentenceSpan, Sentence.Text::new)
                    .around(offset, f.run.documentOffset(f.end - 1) + 1);
            Mention m = new Mention(id, article.article().slug(), anchor, f.run.text.substring(f.start, f.end),
                    s.before(), s.after(), article.positionOf(offset), linked);
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

    /** Replaces the text pieces a match covers with a mention node holding them. */
    private static void wrap(Found f) {
        Run run = f.run;
        Node first = run.split(f.start);
        Node afterLast = run.split(f.end);
        Node mentionChars = first;
        var node = new MentionNode(
                first.getChars().baseSubSequence(run.documentOffset(f.start), run.documentOffset(f.end - 1) + 1),
                f.mention.personId(), f.mention.anchorId(), f.mention.linked());
        mentionChars.insertBefore(node);
        Node current = first;
        while (current != null && current != afterLast) {
            Node next = current.getNext();
            current.unlink();
            node.appendChild(current);
            current = next;
        }
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
        final BasedSequence sentenceSpan;

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
            sentenceSpan = Sentence.spanOf(parent);
        }

        int documentOffset(int index) {
            return nodeAt[index].getChars().getStartOffset() + offsetInNode[index];
        }

        /**
         * Makes {@code index} the start of a node, splitting a text node if needed.
         *
         * @return the node that now starts at {@code index}, or the node after the run's text
         */
        Node split(int index) {
            if (index >= text.length()) {
                return nodeAt[index - 1].getNext();
            }
            Node node = nodeAt[index];
            int at = offsetInNode[index];
            if (at == 0 || !(node instanceof Text text)) {
                return node;
            }
            Text tail = new Text(text.getChars().subSequence(at));
            text.setChars(text.getChars().subSequence(0, at));
            text.insertAfter(tail);
            for (int i = index; i < nodeAt.length && nodeAt[i] == node; i++) {
                nodeAt[i] = tail;
                offsetInNode[i] -= at;
            }
            return tail;
        }
    }
}
