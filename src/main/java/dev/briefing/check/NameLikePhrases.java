package dev.briefing.check;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds phrases in an article's text that look like a person's name: two or three capitalised
 * words in a row, not starting a sentence, not after "the" or "a". Headings (written in title
 * case), code, links and names already found as mentions are skipped.
 *
 * <p>A heuristic: it finds candidates; {@link PeopleChecks} drops the ones the site knows are not
 * people.
 */
final class NameLikePhrases {
    /** "Smith", "McCann", "O’Brien", "Jean-Luc": a capital, then lower-case letters. */
    private static final Pattern NAME_WORD = Pattern.compile(
            "(?:\\p{Lu}\\p{Ll}?[’'])?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)*(?:-\\p{Lu}?\\p{Ll}+)*");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s?$");
    private static final String OPENING = "\"“‘'([«*_";
    private static final String QUOTES = "\"“‘'«";
    private static final String CLOSING = "\"”’')]».,;:!?*_…";
    private static final String SENTENCE_END = ".!?:;…";
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Words title case leaves in lower case. */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of", "on",
            "or", "the", "to", "vs", "with");
    private static final int LABEL_MAX_WORDS = 8;

    /** A candidate name and the document offset it starts at. */
    record Phrase(String text, int offset) {}

    private NameLikePhrases() {}

    /**
     * @param notNameWords words that never belong to a name ("May", "The"); they split candidates
     * @param known document ranges {@code [start, end)} already known to be registry names
     *     (the article's mentions), sorted: never part of a candidate, and they split candidates
     */
    static List<Phrase> in(Node document, Set<String> notNameWords, List<int[]> known) {
        List<Phrase> out = new ArrayList<>();
        collect(document, notNameWords, known, out);
        return out;
    }

    private static void collect(Node node, Set<String> notNameWords, List<int[]> known, List<Phrase> out) {
        if (skipped(node)) {
            return;
        }
        List<Node> run = new ArrayList<>();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text || c instanceof SoftLineBreak) {
                run.add(c);
            } else {
                scan(run, notNameWords, known, out);
                run = new ArrayList<>();
                collect(c, notNameWords, known, out);
            }
        }
        scan(run, notNameWords, known, out);
    }

    private static boolean skipped(Node node) {
        return node instanceof Heading || node instanceof Code || node instanceof Link
                || node instanceof AutoLink || node instanceof MailLink || node instanceof Image || node instanceof ImageRef
                || node instanceof LinkRef || node instanceof HtmlInline || node instanceof HtmlBlock
                || node instanceof Reference || node.getClass().getSimpleName().contains("Code");
    }

    /** Scans one run of text (a parent's consecutive text pieces) word by word. */
    private static void scan(List<Node> run, Set<String> notNameWords, List<int[]> known, List<Phrase> out) {
        if (run.isEmpty()) {
            return;
        }
        List<Word> words = words(run, known);
        int label = runInLabelLength(run.get(0), words);
        boolean nameLabel = label == 0 && isNameLabel(run.get(0), words);
        List<Word> sequence = new ArrayList<>();
        Word previous = label == 0 ? null : words.get(label - 1);
        for (Word w : words.subList(label, words.size())) {
            Stripped core = strip(w.text);
            boolean nameLike = NAME_WORD.matcher(core.core).matches() && !notNameWords.contains(core.core);
            boolean joins = nameLike && !core.leading && !sequence.isEmpty() && !sequence.get(sequence.size() - 1).breaksAfter;
            if (!joins) {
                emit(sequence, out);
                sequence = new ArrayList<>();
            }
            if (nameLike) {
                Word named = new Word(core.core, w.offset + core.start, core.trailing || w.breaksAfter);
                named.before = sequence.isEmpty() ? previous : sequence.get(0).before;
                named.sentenceStart = sequence.isEmpty() && !(nameLabel && previous == null)
                        && startsSentence(run.get(0), w, previous, core);
                named.quoted = sequence.isEmpty() && core.leading && QUOTES.indexOf(w.text.charAt(0)) >= 0;
                sequence.add(named);
            }
            previous = w;
        }
        emit(sequence, out);
    }

    /**
     * The number of words of a title-case label opening a paragraph, as list items often start
     * ("Automated Hyperparameter Tuning: ..."), or 0. Like a heading, a label capitalises every
     * word, so it says nothing about names; a label of one or two words ("Jane Doe: ...") is kept.
     */
    private static int runInLabelLength(Node first, List<Word> words) {
        if (first.getPrevious() != null) {
            return 0;
        }
        int capitalised = 0;
        for (int i = 0; i < words.size() && i < LABEL_MAX_WORDS; i++) {
            Stripped core = strip(words.get(i).text);
            if (NAME_WORD.matcher(core.core).matches() || core.core.chars().allMatch(Character::isUpperCase)) {
                capitalised++;
            } else if (!SMALL_WORDS.contains(core.core)) {
                return 0;
            }
            if (words.get(i).text.endsWith(":")) {
                return capitalised >= 3 ? i + 1 : 0;
            }
        }
        return 0;
    }

    /** Whether a paragraph opens with a two- or three-word name and a colon: "Jane Doe: ...". */
    private static boolean isNameLabel(Node first, List<Word> words) {
        if (first.getPrevious() != null) {
            return false;
        }
        for (int i = 0; i < words.size() && i < 3; i++) {
            Stripped core = strip(words.get(i).text);
            if (!NAME_WORD.matcher(core.core).matches() || (core.trailing && !words.get(i).text.endsWith(":"))) {
                return false;
            }
            if (words.get(i).text.endsWith(":")) {
                return i >= 1;
            }
        }
        return false;
    }

    private static void emit(List<Word> sequence, List<Phrase> out) {
        List<Word> s = sequence;
        if (!s.isEmpty() && s.get(0).quoted) {
            return; // a quoted phrase ("Hello World") is a title or a saying
        }
        if (!s.isEmpty() && s.get(0).sentenceStart) {
            s = s.subList(1, s.size()); // a capital at a sentence start says nothing
        } else if (!s.isEmpty() && s.get(0).before != null && ARTICLES.contains(strip(s.get(0).before.text).core.toLowerCase(Locale.ROOT))) {
            return; // "the Recursive Superintelligence lab": people are not "the" anything
        }
        if (s.size() < 2 || s.size() > 3) {
            return; // one word is too little to tell; four or more is a title, not a name
        }
        StringBuilder text = new StringBuilder();
        for (Word w : s) {
            text.append(text.length() == 0 ? "" : " ").append(w.text);
        }
        out.add(new Phrase(text.toString(), s.get(0).offset));
    }

    /**
     * Whether a word starts a sentence: nothing but opening punctuation between it and the start
     * of its paragraph (or list item, or table cell), or the word before ends a sentence.
     */
    private static boolean startsSentence(Node first, Word w, Word previous, Stripped core) {
        if (previous != null) {
            String p = previous.text;
            return SENTENCE_END.indexOf(p.charAt(p.length() - 1)) >= 0
                    || (p.length() > 1 && SENTENCE_END.indexOf(p.charAt(p.length() - 2)) >= 0 && CLOSING.indexOf(p.charAt(p.length() - 1)) >= 0);
        }
        // First word of the run: is the run at the start of its block, or does the text before it end a sentence?
        Node block = first.getParent();
        while (block != null && !(block instanceof Block) && !(block instanceof TableCell)) {
            block = block.getParent();
        }
        CharSequence doc = first.getDocument().getChars();
        int i = w.offset - 1;
        int blockStart = block == null ? 0 : block.getStartOffset();
        while (i >= blockStart && (Character.isWhitespace(doc.charAt(i)) || OPENING.indexOf(doc.charAt(i)) >= 0)) {
            i--;
        }
        return i < blockStart || SENTENCE_END.indexOf(doc.charAt(i)) >= 0;
    }

    /**
     * Splits a run into space-separated words with their document offsets; the characters of a
     * known name are left out, and the word before one ends a candidate.
     */
    private static List<Word> words(List<Node> run, List<int[]> known) {
        List<Word> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = -1;
        for (Node n : run) {
            if (n instanceof SoftLineBreak) {
                if (current.length() > 0) {
                    words.add(new Word(current.toString(), start, false));
                    current.setLength(0);
                }
                continue;
            }
            CharSequence chars = n.getChars();
            int base = n.getStartOffset();
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                if (inKnownName(known, base + i)) {
                    if (current.length() > 0) {
                        words.add(new Word(current.toString(), start, true));
                        current.setLength(0);
                    } else if (!words.isEmpty()) {
                        Word last = words.remove(words.size() - 1);
                        words.add(new Word(last.text, last.offset, true));
                    }
                    continue;
                }
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (current.length() > 0) {
                        words.add(new Word(current.toString(), start, false));
                        current.setLength(0);
                    }
                } else {
                    if (current.length() == 0) {
                        start = base + i;
                    }
                    current.append(c);
                }
            }
        }
        if (current.length() > 0) {
            words.add(new Word(current.toString(), start, false));
        }
        return words;
    }

    private static boolean inKnownName(List<int[]> known, int offset) {
        int lo = 0;
        int hi = known.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] span = known.get(mid);
            if (offset < span[0]) {
                hi = mid - 1;
            } else if (offset >= span[1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** A word without its surrounding punctuation; whether punctuation or a possessive cut it off. */
    private record Stripped(String core, int start, boolean leading, boolean trailing) {}

    private static Stripped strip(String word) {
        int s = 0;
        int e = word.length();
        while (s < e && OPENING.indexOf(word.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && CLOSING.indexOf(word.charAt(e - 1)) >= 0) {
            e--;
        }
        String core = word.substring(s, e);
        var possessive = POSSESSIVE.matcher(core);
        boolean cut = e < word.length();
        if (core.length() > 2 && possessive.find()) {
            core = core.substring(0, possessive.start());
            cut = true;
        }
        return new Stripped(core, s, s > 0, cut);
    }

    private static final class Word {
        final String text;
        final int offset;
        final boolean breaksAfter;
        Word before;
        boolean sentenceStart;
        boolean quoted;

        Word(String text, int offset, boolean breaksAfter) {
            this.text = text;
            this.offset = offset;
            this.breaksAfter = breaksAfter;
        }
    }
}
