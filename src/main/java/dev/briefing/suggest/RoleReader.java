package dev.briefing.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the role a sentence states next to a name, in the shapes news text uses:
 * <ul>
 *   <li>a title before the name: "Chief Technology Officer Jane Doe", "Vice President of Research
 *       Jane Doe", "Acme CEO Jane Doe", "Acme's chief scientist, Jane Doe", "former Acme engineer
 *       Jane Doe";</li>
 *   <li>an appositive after it: "Jane Doe, general counsel at Acme,", "Jane Doe — head of
 *       procurement", "Jane Doe, a former Acme researcher".</li>
 * </ul>
 * It takes the words as written; it never guesses a role the text does not state.
 */
final class RoleReader {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "my", "our",
            "your", "now", "also", "currently", "still", "then", "who's");
    private static final Set<String> ORGANISATION_LINKS = Set.of("at", "of", "for", "with", "from");

    private final String text;
    private final List<Token> t;

    RoleReader(String text, List<Token> tokens) {
        this.text = text;
        this.t = tokens;
    }

    /**
     * @param runStart first token of the capitalised run the name is in
     * @param titleStart first title word inside the run (== nameStart when none)
     * @param nameStart first word of the name
     * @param nameEnd one past the name's last word
     */
    Optional<StatedRole> read(int runStart, int titleStart, int nameStart, int nameEnd) {
        Optional<StatedRole> inRun = titleInRun(runStart, titleStart, nameStart, nameEnd);
        if (inRun.isPresent()) {
            return inRun;
        }
        Optional<StatedRole> before = lowerCaseTitleBefore(runStart, nameEnd);
        return before.isPresent() ? before : appositive(nameEnd);
    }

    /** "Acme CEO Jane Doe", "Vice President of Research Jane Doe of Acme", "Sen. Jane Doe". */
    private Optional<StatedRole> titleInRun(int runStart, int titleStart, int nameStart, int nameEnd) {
        int first = titleStart;
        boolean current = true;
        while (first < nameStart && (RoleWords.HONORIFICS.contains(t.get(first).lower())
                || RoleWords.MODIFIERS.contains(t.get(first).lower()))) {
            current &= !t.get(first).lower().equals("former");
            first++;
        }
        if (first >= nameStart) {
            return Optional.empty();
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
        if (titleStart > runStart && !(t.get(runStart).sentenceStart() && titleStart - runStart == 1
                && !t.get(runStart).is(Token.Kind.ACRONYM) && !t.get(runStart).possessive())) {
            organization = Optional.of(span(runStart, titleStart));
        }
        if (organization.isEmpty()) {
            organization = organizationAfter(nameEnd);
        }
        return Optional.of(new StatedRole(span(titleFrom, nameStart), organization, current));
    }

    /** "chief executive Jane Doe", "Acme's spokesperson, Jane Doe", "former Boeing engineer Jane Doe". */
    private Optional<StatedRole> lowerCaseTitleBefore(int runStart, int nameEnd) {
        int k = runStart - 1;
        if (k < 0 || !RoleWords.isHead(t.get(k).core()) || t.get(k).is(Token.Kind.NAME) && !t.get(k).sentenceStart()) {
            return Optional.empty();
        }
        boolean comma = t.get(k).breakAfter();
        if (comma && !t.get(k).trailing().equals(",")) {
            return Optional.empty();
        }
        int from = k;
        while (from - 1 >= 0 && !t.get(from - 1).breakAfter() && isLowerTitleWord(t.get(from - 1))) {
            from--;
        }
        boolean current = true;
        int titleFrom = from;
        while (titleFrom < k && RoleWords.MODIFIERS.contains(t.get(titleFrom).lower())) {
            current &= !t.get(titleFrom).lower().equals("former");
            titleFrom++;
        }
        Optional<String> organization = Optional.empty();
        int o = from - 1;
        if (o >= 0 && !t.get(o).breakAfter() || o >= 0 && t.get(o).possessive()) {
            Token before = t.get(o);
            if (before.possessive() && before.is(Token.Kind.NAME) || before.is(Token.Kind.ACRONYM)) {
                int s = o;
                while (s - 1 >= 0 && !t.get(s - 1).breakAfter() && t.get(s - 1).is(Token.Kind.NAME)) {
                    s--;
                }
                while (s < o && RoleWords.MODIFIERS.contains(t.get(s).lower())) {
                    current &= !t.get(s).lower().equals("former");
                    s++;
                }
                organization = Optional.of(span(s, o + 1));
            } else if (before.is(Token.Kind.NAME) && !(before.sentenceStart() && o == 0)) {
                int s = o;
                while (s - 1 >= 0 && !t.get(s - 1).breakAfter() && t.get(s - 1).is(Token.Kind.NAME)) {
                    s--;
                }
                while (s <= o && RoleWords.MODIFIERS.contains(t.get(s).lower())) {
                    current &= !t.get(s).lower().equals("former");
                    s++;
                }
                if (s <= o) {
                    organization = Optional.of(span(s, o + 1));
                }
            } else if (before.lower().equals("former")) {
                current = false;
            }
        }
        if (comma && organization.isEmpty() && (o < 0 || !DETERMINERS.contains(t.get(o).lower()))) {
            return Optional.empty(); // "..., officer, Jane Doe": a list, not a title
        }
        if (organization.isEmpty()) {
            organization = organizationAfter(nameEnd);
        }
        return Optional.of(new StatedRole(span(titleFrom, k + 1), organization, current));
    }

    /** "Jane Doe, general counsel at Acme," / "Jane Doe — head of procurement" / "Jane Doe, a former Acme researcher". */
    private Optional<StatedRole> appositive(int nameEnd) {
        int p = nameEnd;
        if (p >= t.size()) {
            return Optional.empty();
        }
        Token last = t.get(p - 1);
        if (isDash(t.get(p))) {
            p++;
        } else if (!last.trailing().equals(",")) {
            return Optional.empty();
        }
        boolean current = true;
        Optional<String> organization = Optional.empty();
        while (p < t.size() && (DETERMINERS.contains(t.get(p).lower()) || RoleWords.MODIFIERS.contains(t.get(p).lower()))
                && !t.get(p).breakAfter()) {
            current &= !t.get(p).lower().equals("former");
            p++;
        }
        if (p < t.size() && t.get(p).possessive() && !t.get(p).lower().equals(t.get(p).core())) {
            organization = Optional.of(t.get(p).core()); // "Norrsken's chief operating officer"
            p++;
        } else if (p < t.size() && t.get(p).possessive()) {
            p++; // "the utility's chairman": the organisation is not named
        } else if (p < t.size() && t.get(p).is(Token.Kind.NAME) && !t.get(p).breakAfter()) {
            int s = p;
            while (p < t.size() && (t.get(p).is(Token.Kind.NAME) || t.get(p).is(Token.Kind.ACRONYM)) && !t.get(p).breakAfter()) {
                p++;
            }
            if (p < t.size() && isLowerTitleWord(t.get(p))) {
                organization = Optional.of(span(s, p)); // "a former Acme researcher"
            } else {
                return Optional.empty();
            }
        }
        int from = p;
        int head = -1;
        while (p < t.size() && isLowerTitleWord(t.get(p))) {
            if (RoleWords.isHead(t.get(p).core()) || looksLikeAgentNoun(t.get(p))) {
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
        // "head of procurement": a lower-case field after "of" belongs to the title.
        if (!t.get(head).breakAfter() && end + 1 < t.size() && t.get(end).lower().equals("of")
                && t.get(end + 1).kind() == Token.Kind.OTHER && isLower(t.get(end + 1).core())) {
            end += 2;
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
        return e > s ? Optional.of(span(s, e)) : Optional.empty();
    }

    private static boolean isJoiningLower(Token tok) {
        return tok.lower().equals("of") || tok.lower().equals("and") || tok.is(Token.Kind.PARTICLE);
    }

    private static boolean isLowerTitleWord(Token tok) {
        String w = tok.core();
        if (!isLower(w) && !tok.is(Token.Kind.ACRONYM) && !tok.sentenceStart()) {
            return false;
        }
        String l = tok.lower();
        return RoleWords.HEADS.contains(l) || RoleWords.INNER.contains(l) || RoleWords.MODIFIERS.contains(l)
                || looksLikeAgentNoun(tok);
    }

    /** "biostatistician", "neurologist": a lower-case noun that names what someone does. */
    private static boolean looksLikeAgentNoun(Token tok) {
        String w = tok.core();
        return isLower(w) && w.length() >= 6 && (w.endsWith("ist") || w.endsWith("ian") || w.endsWith("ologist"));
    }

    private static boolean isLower(String w) {
        return !w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT)) && Character.isLetter(w.charAt(0));
    }

    private static boolean isDash(Token tok) {
        return tok.kind() == Token.Kind.OTHER && (tok.core().equals("—") || tok.core().equals("–") || tok.core().equals("-"));
    }

    /** The text from the first token's start to the last one's end, as written. */
    private String span(int from, int to) {
        return text.substring(t.get(from).start(), t.get(to - 1).end());
    }
}
