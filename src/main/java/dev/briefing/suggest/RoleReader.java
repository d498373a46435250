package dev.briefing.suggest;

import dev.briefing.model.StatedRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the roles a sentence states next to a name, in the shapes news text uses:
 * <ul>
 *   <li>a title before the name: "Chief Technology Officer Jane Doe", "Vice President of Research
 *       Jane Doe", "Acme CEO Jane Doe", "Acme's chief scientist, Jane Doe", "former Acme engineer
 *       Jane Doe", "a spokesman for Acme, Jane Doe";</li>
 *   <li>an appositive or a predicate after it: "Jane Doe, general counsel at Acme,", "Jane Doe —
 *       head of procurement", "Jane Doe, a former Acme researcher", "Jane Doe is a neurologist at
 *       Acme";</li>
 *   <li>an appointment: "named Jane Doe chief risk officer", "Jane Doe joined Acme as director of
 *       data".</li>
 * </ul>
 * It takes the words as written; it never guesses a role the text does not state.
 */
final class RoleReader {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "my", "our",
            "your", "now", "also", "currently", "still", "then", "first", "new", "longtime");
    private static final Set<String> PRONOUNS = Set.of("its", "his", "her", "their", "our", "my", "your", "whose");
    private static final Set<String> ORGANISATION_LINKS = Set.of("at", "of", "for", "with");
    private static final Set<String> APPOINTING = Set.of("named", "appointed", "promoted", "hired", "made", "elected",
            "picked", "tapped", "installed", "chose", "names", "appoints", "promotes", "hires");
    private static final Set<String> COPULAS = Set.of("is", "was", "becomes", "became", "remains", "serves", "served");
    private static final Set<String> APPOINTED = Set.of("has been appointed", "was appointed", "is appointed",
            "has been named", "was named", "is named", "was promoted to", "has been promoted to", "will become",
            "has become", "was elected", "has been elected", "was made", "becomes", "became");
    private static final Set<String> FUNCTION_WORDS = Set.of("who", "which", "that", "whose", "and", "or", "but", "of",
            "in", "on", "at", "for", "to", "with", "by", "from", "is", "was", "has", "had", "will", "would", "not");
    private static final Set<String> JOINING = Set.of("joined", "joins", "rejoined", "rejoins");
    /** Words that open a sentence before a title without being an organisation ("Yesterday CEO Jane Doe"). */
    private static final Set<String> OPENERS = Set.of("yesterday", "today", "tomorrow", "meanwhile", "then", "now",
            "also", "however", "separately", "earlier", "later", "last", "next", "when", "while", "after", "before",
            "since", "both", "but", "and", "so", "still", "finally", "instead", "under", "with", "despite", "like",
            "unlike", "as", "at", "in", "on", "for", "from", "by", "of", "to", "the", "a", "an", "this", "that",
            "these", "those", "one", "many", "some", "most", "several", "other", "another", "every", "each", "no",
            "only", "even", "once", "recently", "previously", "currently", "analysts", "officials", "critics",
            "investors", "observers", "sources", "residents", "experts", "his", "her", "its", "their", "our", "my");

    private final String text;
    private final List<Token> t;
    private final NameLexicon lexicon;

    RoleReader(String text, List<Token> tokens, NameLexicon lexicon) {
        this.text = text;
        this.t = tokens;
        this.lexicon = lexicon;
    }

    /**
     * @param runStart first token of the capitalised run the name is in
     * @param titleStart first title word inside the run (== nameStart when none)
     * @param nameStart first word of the name
     * @param nameEnd one past the name's last word
     * @return the roles stated before and after the name, at most one of each
     */
    List<StatedRole> read(int runStart, int titleStart, int nameStart, int nameEnd) {
        List<StatedRole> out = new ArrayList<>();
        Optional<StatedRole> before = titleInRun(runStart, titleStart, nameStart, nameEnd);
        if (before.isEmpty()) {
            before = titleBefore(runStart, nameEnd);
        }
        if (before.isEmpty()) {
            before = appointment(runStart, nameEnd);
        }
        before.ifPresent(out::add);
        Optional<StatedRole> after = appositive(nameEnd);
        if (after.isEmpty()) {
            after = predicate(nameEnd);
        }
        if (after.isEmpty()) {
            after = joinedAs(nameEnd);
        }
        after.filter(r -> !out.contains(r)).ifPresent(out::add);
        return out;
    }

    /** "Acme CEO Jane Doe", "Vice President of Research Jane Doe of Acme", "Sen. Jane Doe". */
    private Optional<StatedRole> titleInRun(int runStart, int titleStart, int nameStart, int nameEnd) {
        int first = titleStart;
        boolean current = true;
        while (first < nameStart && (RoleWords.HONORIFICS.contains(t.get(first).lower())
                && !(first + 1 < nameStart && RoleWords.isHead(t.get(first + 1).core())) // "Lord Mayor"
                || RoleWords.DROPPED.contains(t.get(first).lower()))) {
            current &= !t.get(first).lower().equals("former");
            first++;
        }
        if (first >= nameStart) {
            return Optional.empty();
        }
        if (runStart >= 1 && !t.get(runStart - 1).breakAfter() && t.get(runStart - 1).lower().equals("former")) {
            current = false; // "former Gov. Jane Doe"
        }
        int titleFrom = first;
        // "Vice President of Research Jane Doe": the run starts after "of"; the title began before it.
        if (first == runStart && runStart >= 2 && t.get(runStart - 1).lower().equals("of") && !t.get(runStart - 2).breakAfter()) {
            int k = runStart - 2;
            while (k >= 0 && RoleWords.isTitleWord(t.get(k)) && (k == runStart - 2 || !t.get(k).breakAfter())) {
                k--;
            }
            if (k + 1 <= runStart - 2) {
                titleFrom = k + 1;
            }
        }
        Optional<String> organization = Optional.empty();
        if (titleStart > runStart && !(t.get(runStart).sentenceStart() && OPENERS.contains(t.get(runStart).lower()))) {
            organization = organization(runStart, titleStart);
        }
        if (organization.isEmpty()) {
            organization = organizationAfter(nameEnd);
        }
        return Optional.of(new StatedRole(span(titleFrom, nameStart), organization, current));
    }

    /**
     * "chief executive Jane Doe", "Acme's spokesperson, Jane Doe", "former Boeing engineer Jane
     * Doe", "Harlow's Chief Digital Officer, Dame Jane Doe", "a spokesman for Acme, Jane Doe".
     */
    private Optional<StatedRole> titleBefore(int runStart, int nameEnd) {
        int k = runStart - 1;
        if (k < 0) {
            return Optional.empty();
        }
        boolean comma = t.get(k).breakAfter();
        if (comma && !t.get(k).trailing().equals(",")) {
            return Optional.empty();
        }
        Optional<String> organization = Optional.empty();
        // "a spokesman for Acme, Jane Doe"
        if (comma && t.get(k).is(Token.Kind.NAME)) {
            int s = k;
            while (s - 1 >= 0 && !t.get(s - 1).breakAfter() && (t.get(s - 1).is(Token.Kind.NAME) || t.get(s - 1).is(Token.Kind.ACRONYM))) {
                s--;
            }
            if (s >= 2 && ORGANISATION_LINKS.contains(t.get(s - 1).lower()) && isHead(t.get(s - 2)) && !t.get(s - 2).breakAfter()) {
                organization = organization(s, k + 1);
                k = s - 2;
            } else if (!isHead(t.get(k))) {
                return Optional.empty();
            }
        }
        int headEnd = k + 1;
        // "its head of digital, Jane Doe", "its head of regional lending, Jane Doe"
        for (int field = 1; field <= 3 && !isHead(t.get(k)); field++) {
            int of = k - field + 1 - 1;
            if (of >= 1 && t.get(of).lower().equals("of") && isHead(t.get(of - 1)) && allLower(of + 1, k + 1)) {
                k = of - 1;
                break;
            }
        }
        if (!isHead(t.get(k))) {
            return Optional.empty();
        }
        int from = k;
        while (from - 1 >= 0 && !t.get(from - 1).breakAfter() && isTitleWord(t.get(from - 1))) {
            from--;
        }
        // "their nominee for governor, Jane Doe": a head, "for" or "of", and the office it is for
        while (comma && from >= 2 && isLower(t.get(from - 2).core()) && isHead(t.get(from - 2)) && !t.get(from - 2).breakAfter()
                && !t.get(from - 1).breakAfter() && (t.get(from - 1).lower().equals("for") || t.get(from - 1).lower().equals("of"))) {
            from -= 2;
            while (from - 1 >= 0 && !t.get(from - 1).breakAfter() && isTitleWord(t.get(from - 1))) {
                from--;
            }
        }
        // "Campaign manager Jane Doe", "American cosmologist Jane Doe": a common word or a nationality
        // opening the sentence belongs to the title; any other capitalised word is the organisation.
        if (from - 1 >= 0 && t.get(from - 1).is(Token.Kind.NAME) && !t.get(from - 1).breakAfter()
                && !OPENERS.contains(t.get(from - 1).lower()) && isLower(t.get(from).core())
                && (t.get(from - 1).sentenceStart() && lexicon.isCommonWord(t.get(from - 1).core())
                        || RoleWords.looksLikeNationality(t.get(from - 1).core()))) {
            from--;
        }
        boolean current = true;
        int titleFrom = from;
        while (titleFrom < k && RoleWords.DROPPED.contains(t.get(titleFrom).lower())) {
            current &= !t.get(titleFrom).lower().equals("former");
            titleFrom++;
        }
        int o = from - 1;
        // "its chief engineer, Jane Doe", "the council's chief engineer, Jane Doe"
        boolean determiner = o >= 0 && (DETERMINERS.contains(t.get(o).lower()) || t.get(o).possessive() && isLower(t.get(o).core()));
        if (organization.isEmpty() && o >= 0 && (!t.get(o).breakAfter() || t.get(o).possessive())) {
            Token before = t.get(o);
            if (before.lower().equals("former")) {
                current = false;
            } else if ((before.is(Token.Kind.NAME) || before.is(Token.Kind.ACRONYM)) && !PRONOUNS.contains(before.lower())
                    && !(before.sentenceStart() && OPENERS.contains(before.lower()))) {
                int s = o;
                while (s - 1 >= 0 && !t.get(s - 1).breakAfter() && (t.get(s - 1).is(Token.Kind.NAME) || t.get(s - 1).is(Token.Kind.ACRONYM))) {
                    s--;
                }
                while (s <= o && RoleWords.DROPPED.contains(t.get(s).lower())) {
                    current &= !t.get(s).lower().equals("former");
                    s++;
                }
                if (EntityWords.isPrize(t.get(o).lower())) {
                    titleFrom = s; // "Grammy Award nominee": the prize is part of the title
                } else {
                    organization = organization(s, o + 1);
                }
            }
        }
        // "At Acme, chief executive Jane Doe said"
        if (organization.isEmpty() && o >= 1 && t.get(o).trailing().equals(",") && t.get(o).is(Token.Kind.NAME)) {
            int s = o;
            while (s - 1 >= 0 && !t.get(s - 1).breakAfter() && t.get(s - 1).is(Token.Kind.NAME)
                    && !t.get(s - 1).lower().equals("at")) {
                s--;
            }
            if (s >= 1 && t.get(s - 1).lower().equals("at")) {
                organization = organization(s, o + 1);
            }
        }
        if (comma && organization.isEmpty() && !determiner) {
            return Optional.empty(); // "..., officer, Jane Doe": a list, not a title
        }
        if (organization.isEmpty()) {
            organization = organizationAfter(nameEnd);
        }
        return Optional.of(new StatedRole(span(titleFrom, headEnd), organization, current));
    }

    /** "named Jane Doe chief risk officer", "promoted Jane Doe to president", "hired Jane Doe as its first CMO". */
    private Optional<StatedRole> appointment(int runStart, int nameEnd) {
        if (runStart < 1 || !APPOINTING.contains(t.get(runStart - 1).lower()) || t.get(runStart - 1).breakAfter()
                || nameEnd >= t.size() || t.get(nameEnd - 1).breakAfter()) {
            return Optional.empty();
        }
        int p = nameEnd;
        if (t.get(p).lower().equals("as") || t.get(p).lower().equals("to")) {
            p++;
        }
        return roleFrom(p, false);
    }

    /** "Jane Doe, general counsel at Acme," / "Jane Doe — head of procurement" / "Jane Doe, a former Acme researcher". */
    private Optional<StatedRole> appositive(int nameEnd) {
        int p = nameEnd;
        if (p >= t.size()) {
            return Optional.empty();
        }
        if (isDash(t.get(p))) {
            p++;
        } else if (!t.get(p - 1).trailing().equals(",")) {
            return Optional.empty();
        }
        return roleFrom(p, true);
    }

    /**
     * "Jane Doe is a neurologist at Acme", "Jane Doe, is its chief scientist", "Jane Doe, formerly of
     * Acme, has been appointed chief scientist at Initech".
     */
    private Optional<StatedRole> predicate(int nameEnd) {
        int p = nameEnd;
        if (p >= t.size() || t.get(p - 1).breakAfter() && !t.get(p - 1).trailing().equals(",")) {
            return Optional.empty();
        }
        if (t.get(p - 1).trailing().equals(",") && !COPULAS.contains(t.get(p).lower())) {
            int q = p; // skip an appositive: ", formerly of the Harwell Institute,"
            while (q < t.size() && q < p + 8 && !t.get(q).breakAfter()) {
                q++;
            }
            if (q < t.size() && q < p + 8 && t.get(q).trailing().equals(",")) {
                p = q + 1;
            }
        }
        if (p + 2 < t.size() && APPOINTED.contains(t.get(p).lower() + " " + t.get(p + 1).lower() + " " + t.get(p + 2).lower())) {
            return roleFrom(p + 3, false);
        }
        if (p + 1 < t.size() && APPOINTED.contains(t.get(p).lower() + " " + t.get(p + 1).lower())) {
            return roleFrom(p + 2, false);
        }
        if (p >= t.size() || !COPULAS.contains(t.get(p).lower()) || t.get(p).breakAfter()) {
            return Optional.empty();
        }
        p++;
        if (p < t.size() && t.get(p).lower().equals("now")) {
            p++;
        }
        if (p >= t.size() || !DETERMINERS.contains(t.get(p).lower())) {
            return Optional.empty(); // "is leaving", "was fired": not a role
        }
        return roleFrom(p, true);
    }

    /** "Jane Doe joined the Wellcome Trust as director of data". */
    private Optional<StatedRole> joinedAs(int nameEnd) {
        int p = nameEnd;
        if (p < t.size() && isDash(t.get(p))) {
            p++; // "Jane Doe — joins Acme as ..."
        } else if (p < t.size() && t.get(p - 1).breakAfter()) {
            return Optional.empty();
        }
        if (p + 3 >= t.size() || !JOINING.contains(t.get(p).lower())) {
            return Optional.empty();
        }
        int s = p + 1;
        if (t.get(s).lower().equals("the")) {
            s++;
        }
        int e = s;
        while (e < t.size() && (t.get(e).is(Token.Kind.NAME) || t.get(e).is(Token.Kind.ACRONYM)) && !t.get(e).breakAfter()) {
            e++;
        }
        if (e == s || e + 1 >= t.size() || !t.get(e).lower().equals("as")) {
            return Optional.empty();
        }
        Optional<String> organization = organization(s, e);
        return roleFrom(e + 1, false).map(r -> new StatedRole(r.title(), r.organization().or(() -> organization), r.current()));
    }

    /**
     * A role phrase starting at {@code p}: determiners, an optional organisation ("Norrsken's", "a
     * former Acme researcher"), title words up to a head, "of" and a lower-case field, then an
     * optional "at/of/for Organisation".
     */
    private Optional<StatedRole> roleFrom(int p, boolean allowOrganisationFirst) {
        boolean current = true;
        Optional<String> organization = Optional.empty();
        while (p < t.size() && (DETERMINERS.contains(t.get(p).lower()) || RoleWords.DROPPED.contains(t.get(p).lower()))
                && !t.get(p).breakAfter()) {
            current &= !t.get(p).lower().equals("former");
            p++;
        }
        if (p >= t.size()) {
            return Optional.empty();
        }
        Token first = t.get(p);
        if (first.possessive() && !isLower(first.core()) && !PRONOUNS.contains(first.lower())) {
            organization = Optional.of(first.core()); // "Norrsken's chief operating officer"
            p++;
        } else if (first.possessive()) {
            p++; // "the utility's chairman": the organisation is not named
        } else if (allowOrganisationFirst && first.is(Token.Kind.NAME) && !first.breakAfter() && !isTitleWord(first)) {
            int s = p;
            while (p < t.size() && (t.get(p).is(Token.Kind.NAME) || t.get(p).is(Token.Kind.ACRONYM)) && !t.get(p).breakAfter()
                    && !isTitleWord(t.get(p))) {
                p++;
            }
            if (p < t.size() && isTitleWord(t.get(p)) && isLower(t.get(p).core())) {
                organization = organization(s, p); // "a former Acme researcher"
            } else {
                return Optional.empty();
            }
        }
        int from = p;
        // "a utilities analyst", "a transport modelling consultant": lower-case words before a head.
        if (p > 0 && DETERMINERS.contains(t.get(p - 1).lower())) {
            int q = p;
            while (q < t.size() && q < p + 2 && t.get(q).is(Token.Kind.OTHER) && isLower(t.get(q).core()) && !isHead(t.get(q))
                    && !t.get(q).breakAfter() && !FUNCTION_WORDS.contains(t.get(q).lower())) {
                q++;
            }
            if (q > p && q < t.size() && isHead(t.get(q))) {
                p = q;
            }
        }
        int head = -1;
        boolean lowerCase = p < t.size() && isLower(t.get(p).core());
        // A title keeps the case it starts in: "chief risk officer", "Chief Technology Officer".
        while (p < t.size() && isTitleWord(t.get(p)) && (isLower(t.get(p).core()) == lowerCase
                || t.get(p).is(Token.Kind.ACRONYM) || head < 0)) {
            if (isHead(t.get(p))) {
                head = p;
            }
            if (t.get(p).breakAfter()) {
                break;
            }
            p++;
        }
        if (head < 0) {
            return Optional.empty();
        }
        int end = head + 1;
        // "head of procurement", "head of storage development": a lower-case field after "of" belongs to the title.
        if (!t.get(head).breakAfter() && end + 1 < t.size() && t.get(end).lower().equals("of")) {
            int e = end + 1;
            while (e < t.size() && e < end + 4 && t.get(e).is(Token.Kind.OTHER) && isLower(t.get(e).core())
                    && !ORGANISATION_LINKS.contains(t.get(e).lower()) && !t.get(e).lower().equals("and")) {
                e++;
                if (t.get(e - 1).breakAfter()) {
                    break;
                }
            }
            if (e > end + 1) {
                end = e;
            }
        }
        if (organization.isEmpty()) {
            organization = organizationAfter(end);
        }
        return Optional.of(new StatedRole(span(from, end), organization, current));
    }

    /** "... of Acme" / "... at the Brookings Institution" right after a name or a title. */
    private Optional<String> organizationAfter(int end) {
        if (end >= t.size() || end < 1 || t.get(end - 1).breakAfter() || !ORGANISATION_LINKS.contains(t.get(end).lower())
                || t.get(end).breakAfter()) {
            return Optional.empty();
        }
        int s = end + 1;
        if (s < t.size() && t.get(s).lower().equals("the") && !t.get(s).breakAfter()) {
            s++;
            if (s < t.size() && RoleWords.ORGANISATION_NOUNS.contains(t.get(s).lower()) && !t.get(s).breakAfter()) {
                s++; // "at the consultancy Brightwater Partners"
            }
        }
        int e = s;
        while (e < t.size() && (t.get(e).is(Token.Kind.NAME) || t.get(e).is(Token.Kind.ACRONYM)
                || t.get(e).is(Token.Kind.AMPERSAND) || (e > s && isJoiningLower(t.get(e))))) {
            e++;
            if (t.get(e - 1).breakAfter()) {
                break;
            }
        }
        while (e > s && isJoiningLower(t.get(e - 1))) {
            e--;
        }
        return e > s ? organization(s, e) : Optional.empty();
    }

    /** An organisation's name from tokens [from, to), without a leading "The" or a possessive. */
    private Optional<String> organization(int from, int to) {
        while (from < to && (t.get(from).lower().equals("the") || PRONOUNS.contains(t.get(from).lower()))) {
            from++;
        }
        return from < to ? Optional.of(span(from, to)) : Optional.empty();
    }

    private boolean allLower(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isLower(t.get(i).core()) || i < to - 1 && t.get(i).breakAfter()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isJoiningLower(Token tok) {
        return tok.lower().equals("of") || tok.lower().equals("and") || tok.is(Token.Kind.PARTICLE);
    }

    private static boolean isTitleWord(Token tok) {
        String l = tok.lower();
        return RoleWords.HEADS.contains(l) || RoleWords.INNER.contains(l) || RoleWords.MODIFIERS.contains(l)
                || RoleWords.isCompoundHead(l) || looksLikeAgentNoun(tok);
    }

    private static boolean isHead(Token tok) {
        return RoleWords.isHead(tok.core()) || looksLikeAgentNoun(tok);
    }

    /** "biostatistician", "astronomer": a lower-case noun that names what someone does. */
    private static boolean looksLikeAgentNoun(Token tok) {
        String w = tok.core();
        return isLower(w) && w.length() >= 6 && (w.endsWith("ist") || w.endsWith("ian") || w.endsWith("omer")
                || w.endsWith("grapher") || w.endsWith("ographer"));
    }

    private static boolean isLower(String w) {
        return !w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT)) && Character.isLetter(w.charAt(0));
    }

    private static boolean isDash(Token tok) {
        return tok.is(Token.Kind.OTHER) && (tok.core().equals("—") || tok.core().equals("–") || tok.core().equals("-"));
    }

    /** The text from the first token's start to the last one's end, as written. */
    private String span(int from, int to) {
        return text.substring(t.get(from).start(), t.get(to - 1).end());
    }
}
