package dev.briefing.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One word of a text segment with the punctuation around it stripped and classified: the unit the
 * person finder reads.
 *
 * @param start offset of the word's core in the segment text
 * @param sentenceStart nothing but opening punctuation between the word and the start of its
 *     sentence (or segment)
 * @param breakAfter punctuation after the word ends any name it is part of (comma, colon, dash...)
 * @param quoted the word opens a quotation: a quoted phrase is a title or a saying, not a name
 */
record Token(String core, Kind kind, int start, boolean possessive, boolean sentenceStart, boolean breakAfter,
        String trailing, boolean quoted) {

    enum Kind {
        /** "Smith", "O'Neill", "McAllister", "Mei-Ling", "al-Zahrani". */
        NAME,
        /** "J.", "J.R.", "A.K.". */
        INITIAL,
        /** "van", "der", "de", "bin": lower-case words inside names. */
        PARTICLE,
        /** "Jr.", "III". */
        SUFFIX,
        /** "Dr.", "Sen.", "St.": abbreviations that end in a full stop without ending a sentence. */
        ABBREVIATION,
        /** "CEO", "NASA": words in capitals. */
        ACRONYM,
        /** "&": joins the names of firms ("Harrow & Vance"). */
        AMPERSAND,
        OTHER
    }

    private static final Pattern NAME = Pattern.compile(
            "(?:(?:al|el|ul|bin|ibn|abu|da|de|di|du|van|von|le|la)[-‐])?(?:\\p{Lu}['’]|\\p{Lu}{1,2}(?=\\p{Lu}\\p{Ll}))?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?"
                    + "(?:[-‐]\\p{Lu}?\\p{Ll}+){0,6}"); // bounded: an unbounded group recurses per part
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,3}");
    private static final Pattern ACRONYMS = Pattern.compile("\\p{Lu}{2,}s?");
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "del", "della", "di", "da", "das",
            "dos", "du", "von", "zu", "bin", "binti", "bint", "ibn", "al", "el", "le", "la", "ter", "ten", "y");
    /** Irish patronymic particles, written with a capital: "Sean Ó Briain", "Aoife Ní Fhearraigh". */
    private static final Set<String> CAPITAL_PARTICLES = Set.of("Ó", "Ní", "Nic", "Ua", "Uí");
    private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");
    static final Set<String> ABBREVIATIONS = Set.of("Dr.", "Mr.", "Mrs.", "Ms.", "Mx.", "Prof.", "Sen.", "Rep.",
            "Gov.", "Gen.", "Col.", "Capt.", "Lt.", "Sgt.", "Adm.", "Rev.", "Hon.", "Supt.", "Insp.", "Det.", "St.",
            "Mt.", "Ft.", "Pres.", "Amb.", "Cllr.", "Cllr", "Dr", "Mr", "Mrs", "Ms", "Prof");
    private static final String OPENING = "\"“‘'([«*_¿¡";
    private static final String QUOTES = "\"“‘'«";
    private static final String CLOSING = "\"”’')]».,;:!?*_…";
    private static final String SENTENCE_END = ".!?:;…";
    private static final String BREAKING = ",;:.!?)]”\"»…";
    private static final Set<String> DASHES = Set.of("—", "–", "-", "--", "·", "|", "/", "•");

    boolean is(Kind k) {
        return kind == k;
    }

    /** A word that can be part of a person's name. */
    boolean nameLike() {
        return kind == Kind.NAME || kind == Kind.INITIAL || kind == Kind.PARTICLE || kind == Kind.SUFFIX;
    }

    String lower() {
        return core.toLowerCase(Locale.ROOT);
    }

    int end() {
        return start + core.length();
    }

    /** Splits a segment into tokens; a barrier character breaks names and sentences like a full stop. */
    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
                i++;
                continue;
            }
            if (c == TextSegments.BARRIER) {
                if (!out.isEmpty()) {
                    Token last = out.remove(out.size() - 1);
                    out.add(last.withBreak());
                }
                i++;
                continue;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0'
                    && text.charAt(i) != TextSegments.BARRIER) {
                i++;
            }
            Token t = token(text.substring(s, i), s, sentenceStart);
            out.add(t);
            sentenceStart = endsSentence(t);
        }
        return out;
    }

    private Token withBreak() {
        return new Token(core, kind, start, possessive, sentenceStart, true, trailing, quoted);
    }

    private static boolean endsSentence(Token t) {
        if (t.kind == Kind.INITIAL || t.kind == Kind.ABBREVIATION || t.kind == Kind.SUFFIX) {
            return false;
        }
        String tr = t.trailing;
        for (int k = 0; k < tr.length(); k++) {
            if (SENTENCE_END.indexOf(tr.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Token token(String word, int offset, boolean sentenceStart) {
        if (DASHES.contains(word)) {
            return new Token(word, Kind.OTHER, offset, false, sentenceStart, true, word, false);
        }
        int s = 0;
        int e = word.length();
        while (s < e && OPENING.indexOf(word.charAt(s)) >= 0) {
            s++;
        }
        String afterOpening = word.substring(s);
        boolean quoted = false;
        for (int k = 0; k < s; k++) {
            quoted |= QUOTES.indexOf(word.charAt(k)) >= 0;
        }
        boolean capital = !afterOpening.isEmpty() && Character.isUpperCase(afterOpening.charAt(0));
        if (capital && afterOpening.length() > 1 && afterOpening.charAt(1) == '.'
                && INITIALS.matcher(stripClosingExceptDot(afterOpening)).matches()) {
            String core = stripClosingExceptDot(afterOpening);
            String trailing = afterOpening.substring(core.length());
            return new Token(core, Kind.INITIAL, offset + s, false, sentenceStart, breaks(trailing), trailing, quoted);
        }
        String abbrev = capital ? stripClosingExceptDot(afterOpening) : "";
        if (capital && (ABBREVIATIONS.contains(abbrev) || SUFFIXES.contains(abbrev))) {
            String trailing = afterOpening.substring(abbrev.length());
            Kind k = SUFFIXES.contains(abbrev) ? Kind.SUFFIX : Kind.ABBREVIATION;
            return new Token(abbrev, k, offset + s, false, sentenceStart, breaks(trailing), trailing, quoted);
        }
        while (e > s && CLOSING.indexOf(word.charAt(e - 1)) >= 0) {
            e--;
        }
        String core = word.substring(s, e);
        String trailing = word.substring(e);
        boolean possessive = false;
        if (core.length() > 2 && (core.endsWith("'s") || core.endsWith("’s"))) {
            core = core.substring(0, core.length() - 2);
            possessive = true;
        } else if (core.length() > 2 && (core.endsWith("s'") || core.endsWith("s’"))) {
            core = core.substring(0, core.length() - 1);
            possessive = true;
        }
        boolean breakAfter = breaks(trailing) || possessive;
        return new Token(core, kind(core), offset + s, possessive, sentenceStart, breakAfter, trailing, quoted);
    }

    private static String stripClosingExceptDot(String w) {
        int e = w.length();
        while (e > 0 && CLOSING.indexOf(w.charAt(e - 1)) >= 0 && w.charAt(e - 1) != '.') {
            e--;
        }
        return w.substring(0, e);
    }

    private static boolean breaks(String trailing) {
        for (int k = 0; k < trailing.length(); k++) {
            if (BREAKING.indexOf(trailing.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Kind kind(String core) {
        if (core.isEmpty()) {
            return Kind.OTHER;
        }
        if (Character.isLowerCase(core.charAt(0)) && core.indexOf('-') < 0 && core.indexOf('‐') < 0) {
            return PARTICLES.contains(core) ? Kind.PARTICLE : Kind.OTHER; // most words: no pattern to try
        }
        if (core.equals("&")) {
            return Kind.AMPERSAND;
        }
        if (PARTICLES.contains(core) || CAPITAL_PARTICLES.contains(core)) {
            return Kind.PARTICLE;
        }
        if (ACRONYMS.matcher(core).matches()) {
            return Kind.ACRONYM;
        }
        return NAME.matcher(core).matches() ? Kind.NAME : Kind.OTHER;
    }
}
