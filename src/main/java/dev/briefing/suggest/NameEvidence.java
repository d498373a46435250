package dev.briefing.suggest;

import java.util.List;
import java.util.Set;

/**
 * The evidence for and against a run of capitalised words being a person's name: what the words
 * are (a given name, an initial, common English words, organisation, place or product words) and
 * what stands around them (a title, "the", "at", a speech verb, ", the engineering firm").
 */
final class NameEvidence {
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "wrote", "added", "argued",
            "explained", "noted", "asked", "replied", "recalled", "warned", "joined", "left", "founded", "leads", "led",
            "runs", "ran", "chairs", "spoke", "thinks", "believes", "declined", "agreed", "called");
    /** Verbs that introduce the speaker after a quote: "said Jane Doe". */
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "added", "wrote", "explained", "noted",
            "asked", "replied", "recalled", "warned", "argued", "told");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "into", "near", "across", "outside",
            "inside", "throughout", "around");

    private final NameLexicon lexicon;

    NameEvidence(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    int score(List<Token> t, int runStart, int titleStart, int nameStart, int nameEnd, boolean orgLike) {
        int score = 0;
        Token first = t.get(nameStart);
        Token last = lastNameWord(t, nameStart, nameEnd);
        if (first.is(Token.Kind.INITIAL) || lexicon.isGivenName(first.core())) {
            score += 2;
        }
        boolean titled = false;
        for (int k = titleStart; k < nameStart; k++) {
            titled |= !RoleWords.MODIFIERS.contains(t.get(k).lower());
        }
        if (titled) {
            score += 3;
        }
        boolean allCommon = true;
        boolean anyCommon = false;
        for (int k = nameStart; k < nameEnd; k++) {
            Token w = t.get(k);
            if (!w.is(Token.Kind.NAME)) {
                continue;
            }
            boolean common = lexicon.isCommonWord(w.core());
            allCommon &= common;
            anyCommon |= common;
            String l = w.lower();
            if (EntityWords.ORGANISATION.contains(l)) {
                score -= 10;
            }
        }
        if (allCommon && !lexicon.isGivenName(first.core())) {
            score -= 2;
        }
        if (!titled && lexicon.isGivenName(first.core()) && last != first && lexicon.isCommonWord(last.core())
                && !lexicon.isGivenName(last.core())) {
            score -= 1; // "Savannah Gold", "Claude Code": a given name before a common noun needs more evidence
        }
        if (!anyCommon && !titled) {
            score += 1; // words no dictionary knows are proper names
        }
        String lastLower = last.lower();
        if (EntityWords.WEAK_ORGANISATION.contains(lastLower) && !titled) {
            score -= 2;
        }
        if (EntityWords.PRODUCT_SUFFIXES.contains(lastLower)) {
            score -= 10;
        }
        if (last.core().indexOf('-') > 0 || last.core().indexOf('\'') > 0 || last.core().indexOf('’') > 0) {
            score += 1;
        }
        for (int k = nameStart + 1; k < nameEnd; k++) {
            if (t.get(k).is(Token.Kind.PARTICLE)) {
                score += 1; // "van der", "bin": family-name particles
                break;
            }
        }
        if (orgLike) {
            score -= 3;
        }
        if (runStart == nameStart && runStart > 0 && !t.get(runStart - 1).breakAfter()) {
            String before = t.get(runStart - 1).lower();
            if (ARTICLES.contains(before)) {
                score -= 4; // "the Gates Foundation", "a Morgan Stanley analyst"
            } else if (PLACE_PREPOSITIONS.contains(before) && !first.is(Token.Kind.INITIAL)) {
                score -= 3; // "at Morgan Stanley", "in Santa Clara"
            }
        }
        if (nameEnd < t.size() && !t.get(nameEnd - 1).breakAfter() && SPEECH_VERBS.contains(t.get(nameEnd).lower())) {
            score += 1;
        } else if (runStart == nameStart && runStart > 0 && !t.get(runStart - 1).breakAfter()
                && REPORTING_VERBS.contains(t.get(runStart - 1).lower())) {
            score += 1; // "..., said Jane Doe": news puts the speaker after the verb
        }
        if (nameEnd < t.size() && t.get(nameEnd - 1).trailing().equals(",") && t.get(nameEnd).lower().equals("who")) {
            score += 2;
        }
        if (isNotPerson(t, nameStart, nameEnd)) {
            score -= 10;
        }
        if (!titled && EntityWords.COMPASS.contains(first.lower())) {
            score -= 10; // "North America", "West Midlands": a compass word opens a place's name
        }
        if (nounAfterNamesAThing(t, nameEnd)) {
            score -= 10; // "Royal Eastbourne hospital", "Thames Valley police": the noun after says what the name is
        }
        return score;
    }

    /**
     * A lower-case place, institution or craft noun right after the phrase ("Walter Reed hospital",
     * "the Galileo Jupiter probe"): the phrase names that thing, here and wherever else the article uses it.
     */
    boolean nounAfterNamesAThing(List<Token> t, int nameEnd) {
        if (nameEnd >= t.size() || t.get(nameEnd - 1).breakAfter()) {
            return false;
        }
        String next = t.get(nameEnd).core();
        return EntityWords.PLACE_NOUNS.contains(next) || EntityWords.THING_NOUNS.contains(next);
    }

    /** A speech verb right after the phrase ending before {@code end}, or ", who": what people do. */
    boolean speaksOrActs(List<Token> t, int end) {
        if (end >= t.size() || end < 1) {
            return false;
        }
        Token last = t.get(end - 1);
        String next = t.get(end).lower();
        return !last.breakAfter() && SPEECH_VERBS.contains(next) || last.trailing().equals(",") && next.equals("who");
    }

    /** Whether the whole phrase, or two or more of its words in a row, is a known non-person name. */
    boolean isNotPerson(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            StringBuilder b = new StringBuilder(t.get(i).core());
            for (int j = i + 1; j < to; j++) {
                b.append(' ').append(t.get(j).core());
                if (lexicon.isNotPerson(b.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** ", the engineering firm": what follows the name says it is an organisation or a place. */
    boolean hasOrganisationAppositive(List<Token> t, int nameEnd) {
        if (nameEnd >= t.size() || !t.get(nameEnd - 1).trailing().equals(",")) {
            return false;
        }
        int p = nameEnd;
        if (p < t.size() && (ARTICLES.contains(t.get(p).lower()) || t.get(p).lower().equals("its"))) {
            p++;
        } else {
            return false; // ", who chaired the fund": a clause about the name, not what it is
        }
        for (int k = 0; k < 4 && p < t.size(); k++, p++) {
            Token w = t.get(p);
            String l = w.lower();
            if (!l.equals(w.core()) && !w.is(Token.Kind.NAME)) {
                return false;
            }
            if (RoleWords.ORGANISATION_NOUNS.contains(l)) {
                return true;
            }
            if (w.breakAfter()) {
                return false;
            }
        }
        return false;
    }

    boolean isTitle(List<Token> t, int k) {
        Token tok = t.get(k);
        if (tok.is(Token.Kind.ACRONYM)) {
            return RoleWords.isHead(tok.core());
        }
        return RoleWords.isTitleWord(tok);
    }

    boolean isCommonNotGiven(Token tok) {
        return tok.is(Token.Kind.NAME) && lexicon.isCommonWord(tok.core()) && !lexicon.isGivenName(tok.core())
                || tok.is(Token.Kind.ACRONYM) || RoleWords.isTitleWord(tok);
    }

    /**
     * In a title-case heading every word has a capital, so only a given name or an initial says a
     * name starts; it runs to the next name word: "Why Mei-Ling Zhou Left" gives "Mei-Ling Zhou".
     */
    int[] titleCaseName(List<Token> t, int from, int to) {
        for (int s = from; s < to; s++) {
            Token tok = t.get(s);
            if (!(tok.is(Token.Kind.INITIAL) || tok.is(Token.Kind.NAME) && lexicon.isGivenName(tok.core()))) {
                continue;
            }
            int e = s + 1;
            while (e < to && (t.get(e).is(Token.Kind.INITIAL) || t.get(e).is(Token.Kind.PARTICLE))) {
                e++;
            }
            if (e < to && t.get(e).is(Token.Kind.NAME)) {
                e++;
                if (e < to && t.get(e).is(Token.Kind.SUFFIX)) {
                    e++;
                }
                return new int[] {s, e};
            }
        }
        return null;
    }

    static int nameWords(List<Token> t, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (t.get(k).is(Token.Kind.NAME) || t.get(k).is(Token.Kind.INITIAL)) {
                n++;
            }
        }
        return n;
    }

    static Token lastNameWord(List<Token> t, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (t.get(k).is(Token.Kind.NAME)) {
                return t.get(k);
            }
        }
        return t.get(to - 1);
    }

    /** Most longer words capitalised: a headline style, where capitals say nothing about names. */
    static boolean isTitleCase(List<Token> tokens) {
        int longWords = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (t.core().length() >= 4 && Character.isLetter(t.core().charAt(0))) {
                longWords++;
                if (Character.isUpperCase(t.core().charAt(0))) {
                    capitalised++;
                }
            }
        }
        return longWords >= 3 && capitalised * 10 >= longWords * 8;
    }
}
