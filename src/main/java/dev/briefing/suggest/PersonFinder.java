package dev.briefing.suggest;

import com.vladsch.flexmark.util.ast.Document;
import dev.briefing.markdown.BodyPositions;
import dev.briefing.markdown.ParsedArticle.NameCandidate;
import dev.briefing.model.Article;
import dev.briefing.model.StatedRole;
import dev.briefing.suggest.TextSegments.Kind;
import dev.briefing.suggest.TextSegments.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the people an article names: runs of capitalised words read one pass per article, then
 * weighed as a person's name or not from what the words are (a given name, an initial, a common
 * English word, an organisation or place word) and what stands around them (a title or honorific,
 * "the", "at", an appositive role or "the engineering firm", the family name used alone later).
 *
 * <p>It runs in the Markdown stage, on the tree, for every person the article names; registry
 * people and organisations are left out later by {@link PeopleSuggestions}, from the index.
 *
 * <pre>
 * PersonFinder finder = new PersonFinder(NameLexicon.builtIn());
 * List&lt;NameCandidate&gt; people = finder.find(article, document, positions, mentionRanges);
 * </pre>
 */
public final class PersonFinder {
    /** A phrase needs at least this much evidence to be suggested as a person. */
    static final int THRESHOLD = 2;
    private static final int MAX_NAME_WORDS = 5;

    private final NameLexicon lexicon;
    private final NameEvidence evidence;

    public PersonFinder(NameLexicon lexicon) {
        this.lexicon = lexicon;
        this.evidence = new NameEvidence(lexicon);
    }

    /**
     * The people an article names, in order of first mention.
     *
     * @param mentions document ranges {@code [start, end)} of the registry mentions found, sorted
     */
    public List<NameCandidate> find(Article article, Document document, BodyPositions positions, List<int[]> mentions) {
        Reading r = new Reading();
        for (Segment s : TextSegments.of(article, document, mentions)) {
            r.read(s);
        }
        article.author().ifPresent(r::readByline);
        return r.people(article, positions);
    }

    /** One name as it occurs once, with the evidence around it. */
    private static final class Occurrence {
        final String name;
        final List<String> words;
        final int offset;
        int score;
        List<StatedRole> roles = List.of();
        /** From the front matter's author: not a mention in the text. */
        boolean byline;
        /** From a title-case title or heading, where capitals say little. */
        boolean headline;
        /** Followed by a noun that says what it names ("Walter Reed hospital"): not a person anywhere in the article. */
        boolean thing;

        Occurrence(String name, List<String> words, int offset) {
            this.name = name;
            this.words = words;
            this.offset = offset;
        }

        String family() {
            return String.join(" ", words.subList(1, words.size()));
        }
    }

    /** What one article's segments say, gathered in one pass and weighed at the end. */
    private final class Reading {
        final List<Occurrence> occurrences = new ArrayList<>();
        /** Words used alone (no capitalised neighbour), by lower-case form: a family name used alone. */
        final Map<String, Integer> alone = new HashMap<>();
        /** Common words alone at a sentence start ("Scissors said"): the family name alone only if someone has it. */
        final Map<String, Integer> sentenceStartAlone = new HashMap<>();

        void read(Segment s) {
            List<Token> tokens = Token.of(s.text());
            boolean titleCase = (s.kind() == Kind.TITLE || s.kind() == Kind.HEADING) && NameEvidence.isTitleCase(tokens);
            RoleReader roles = new RoleReader(s.text(), tokens, lexicon);
            int i = 0;
            while (i < tokens.size()) {
                if (!runnable(tokens, i) || tokens.get(i).is(Token.Kind.PARTICLE)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < tokens.size() && !tokens.get(j).breakAfter() && runnable(tokens, j + 1)
                        && !tokens.get(j + 1).quoted()) {
                    j++;
                }
                run(s, tokens, i, j + 1, titleCase, roles);
                i = j + 1;
            }
        }

        /** The front matter's author: "Jane Doe", "Jane Doe and John Roe", "By Jane Doe, Jo Bloggs". */
        void readByline(String byline) {
            String names = byline.strip().replaceFirst("^(?i)by\\s+", "");
            for (String part : names.split("\\s*(?:,|&|\\band\\b)\\s*")) {
                List<Token> t = Token.of(part);
                boolean allNames = !t.isEmpty();
                for (Token tok : t) {
                    allNames &= tok.nameLike() && !tok.breakAfter() || tok == t.get(t.size() - 1) && tok.nameLike();
                }
                int words = allNames ? NameEvidence.nameWords(t, 0, t.size()) : 0;
                if (words >= 2 && words <= MAX_NAME_WORDS) {
                    List<String> parts = t.stream().map(Token::core).toList();
                    Occurrence o = new Occurrence(String.join(" ", parts), parts, -1);
                    o.score = evidence.isNotPerson(t, 0, t.size()) ? -10 : 5; // a byline names a person
                    o.byline = true;
                    occurrences.add(o);
                }
            }
        }

        private boolean runnable(List<Token> t, int i) {
            Token tok = t.get(i);
            if (EntityWords.CALENDAR.contains(tok.lower())) {
                return false;
            }
            return switch (tok.kind()) {
                case NAME, INITIAL, SUFFIX, ABBREVIATION, ACRONYM, AMPERSAND -> true;
                case PARTICLE -> i + 1 < t.size() && (t.get(i + 1).is(Token.Kind.NAME) || t.get(i + 1).is(Token.Kind.PARTICLE));
                default -> false;
            };
        }

        /** Weighs one run of capitalised words [from, to). */
        private void run(Segment s, List<Token> t, int from, int to, boolean titleCase, RoleReader roles) {
            if (t.get(from).quoted()) {
                return; // a quoted phrase ("Hello World") is a title or a saying
            }
            for (int k = from; k < to; k++) {
                if (t.get(k).is(Token.Kind.AMPERSAND)) {
                    return; // "Harrow & Vance", "Johnson & Johnson": firms
                }
            }
            int nameStart = to;
            while (nameStart - 1 >= from && t.get(nameStart - 1).nameLike() && !evidence.isTitle(t, nameStart - 1)) {
                nameStart--;
            }
            int titleStart = nameStart;
            while (titleStart - 1 >= from && evidence.isTitle(t, titleStart - 1)) {
                titleStart--;
            }
            // "the Data Retention Bill": title words without a head are no title ("Data"); they belong to the phrase.
            boolean afterOf = from > 0 && t.get(from - 1).lower().equals("of"); // "Vice President of Research Jane Doe"
            if (titleStart < nameStart && !afterOf && !namesARole(t, titleStart, nameStart)) {
                nameStart = titleStart;
            }
            // "Dean Ruiz": a title word that is also a given name opens the name when nothing else would.
            if (NameEvidence.nameWords(t, nameStart, to) < 2 && titleStart < nameStart && lexicon.isGivenName(t.get(nameStart - 1).core())
                    && t.get(nameStart - 1).is(Token.Kind.NAME)) {
                nameStart--;
            }
            boolean orgLike = false;
            // A capital at a sentence start says nothing: "Yesterday Jane Doe", "Analysts".
            while (nameStart < to && nameStart == from && t.get(nameStart).sentenceStart() && evidence.isCommonNotGiven(t.get(nameStart))) {
                if (to - from == 1 && evidence.speaksOrActs(t, to)) {
                    sentenceStartAlone.merge(NameLexicon.key(t.get(from).core()), 1, Integer::sum); // "Scissors said": maybe a family name
                }
                nameStart++;
                from++;
            }
            // "Tunisian Islamists", "Arab Israeli", "Australian-born", "envoy to Ukraine Kurt Volker": where someone
            // is from says who they are; it is no part of their name.
            while (nameStart + 1 < to && nameStart == from && (isDemonym(t, nameStart) || isOrigin(t, nameStart))) {
                nameStart++;
                from++;
            }
            // "Director of Public Prosecution Jane Doe": the field named after "of" ends where a given name starts.
            if (afterOf && nameStart == from) {
                int k = from;
                while (k < to && evidence.isCommonNotGiven(t.get(k))) {
                    k++;
                }
                if (k > from && k + 1 < to && lexicon.isGivenName(t.get(k).core())) {
                    nameStart = k; // the field is part of the title
                    titleStart = from;
                }
            }
            if (nameStart < to && nameStart == from && !t.get(from).sentenceStart() && !titleCase
                    && evidence.isCommonNotGiven(t.get(nameStart)) && NameEvidence.nameWords(t, nameStart, to) >= 2) {
                orgLike = true; // "Memorial Sloan Kettering", "Virgin Galactic": a common word opens a name
            }
            while (nameStart < to && !t.get(nameStart).is(Token.Kind.NAME) && !t.get(nameStart).is(Token.Kind.INITIAL)) {
                nameStart++;
            }
            titleStart = Math.max(titleStart, from);
            int nameEnd = to;
            while (nameEnd > nameStart && t.get(nameEnd - 1).is(Token.Kind.PARTICLE)) {
                nameEnd--;
            }
            if (titleCase) {
                int[] cut = evidence.titleCaseName(t, nameStart, nameEnd);
                if (cut == null) {
                    noteAlone(t, nameStart, nameEnd);
                    return;
                }
                nameStart = cut[0];
                nameEnd = cut[1];
            }
            int words = NameEvidence.nameWords(t, nameStart, nameEnd);
            if (words == 1) {
                noteAlone(t, nameStart, nameEnd);
                return;
            }
            if (words < 2 || words > MAX_NAME_WORDS) {
                return;
            }
            List<String> parts = new ArrayList<>();
            for (int k = nameStart; k < nameEnd; k++) {
                parts.add(t.get(k).core());
            }
            String name = String.join(" ", parts);
            Occurrence o = new Occurrence(name, parts, s.offset(t.get(nameStart).start()));
            o.headline = titleCase;
            o.thing = evidence.nounAfterNamesAThing(t, nameEnd);
            o.score = evidence.score(t, from, titleStart, nameStart, nameEnd, orgLike);
            o.roles = roles.read(from, titleStart, nameStart, nameEnd);
            if (o.roles.isEmpty() && evidence.hasOrganisationAppositive(t, nameEnd)) {
                o.score -= 4;
            } else if (!o.roles.isEmpty() && titleStart == nameStart) {
                o.score += 3; // a title inside the run has counted already
                if (EntityWords.WEAK_ORGANISATION.contains(NameEvidence.lastNameWord(t, nameStart, nameEnd).lower())) {
                    o.score += 2; // "cellist Yo-han Park": the role says Park is a family name here
                }
            }
            occurrences.add(o);
        }

        /** A title whose words name a role: a head ("Officer", "Attorney-General"), an honorific, or only modifiers. */
        private boolean namesARole(List<Token> t, int from, int to) {
            boolean onlyModifiers = true;
            for (int k = from; k < to; k++) {
                Token w = t.get(k);
                if (RoleWords.isHead(w.core()) || RoleWords.HONORIFICS.contains(w.lower()) || w.is(Token.Kind.ABBREVIATION)) {
                    return true;
                }
                onlyModifiers &= RoleWords.MODIFIERS.contains(w.lower());
            }
            return onlyModifiers;
        }

        /**
         * A place of origin opening a run before a given name: a country or city that is not itself a
         * given name ("Ukraine Kurt Volker"), or a word such as "Australian-born" or "London-based".
         */
        private boolean isOrigin(List<Token> t, int k) {
            String w = t.get(k).core();
            String l = w.toLowerCase(java.util.Locale.ROOT);
            if (l.endsWith("-born") || l.endsWith("-based") || l.endsWith("-raised") || l.endsWith("-bred")) {
                return true;
            }
            return t.get(k).is(Token.Kind.NAME) && lexicon.isNotPerson(w) && !lexicon.isGivenName(w)
                    && lexicon.isGivenName(t.get(k + 1).core());
        }

        /** A nationality opening a run; one that is also a given name ("Thai") only before a common word. */
        private boolean isDemonym(List<Token> t, int k) {
            String w = t.get(k).core();
            return t.get(k).is(Token.Kind.NAME) && lexicon.isDemonym(w)
                    && (!lexicon.isGivenName(w) || lexicon.isCommonWord(t.get(k + 1).core()));
        }

        private void noteAlone(List<Token> t, int from, int to) {
            if (from >= to) {
                return;
            }
            StringBuilder b = new StringBuilder();
            for (int k = from; k < to; k++) {
                b.append(b.length() == 0 ? "" : " ").append(t.get(k).core());
            }
            String key = NameLexicon.key(b.toString());
            alone.merge(key, 1, Integer::sum);
        }







        /**
         * The phrases of the article that open a longer one ("Star Trek" of "Star Trek Beyond"), a
         * suffix ("Jr.", "III") aside: hashed once, so the look-up per name costs nothing more.
         */
        private java.util.Set<String> openingPhrases(java.util.Collection<String> names) {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (String name : names) {
                String[] w = name.split(" ");
                int end = w.length;
                if (end > 2 && w[end - 1].matches("jr\\.?|sr\\.?|[ivx]+")) {
                    end--;
                }
                for (int k = 2; k < end; k++) {
                    out.add(String.join(" ", java.util.Arrays.asList(w).subList(0, k)));
                }
            }
            return out;
        }

        private boolean hasCommonFamilyWord(Occurrence o) {
            for (String w : o.words.subList(1, o.words.size())) {
                if (lexicon.isCommonWord(w) && !lexicon.isGivenName(w)) {
                    return true;
                }
            }
            return false;
        }

        List<NameCandidate> people(Article article, BodyPositions positions) {
            Map<String, List<Occurrence>> byName = new LinkedHashMap<>();
            for (Occurrence o : occurrences) {
                byName.computeIfAbsent(NameLexicon.key(o.name), k -> new ArrayList<>()).add(o);
            }
            // A name that is the family name of another ("Van der Linde" beside "Femke van der Linde") is a mention of it.
            Map<String, String> familyOf = new HashMap<>();
            for (Map.Entry<String, List<Occurrence>> e : byName.entrySet()) {
                Occurrence o = e.getValue().get(0);
                if (o.words.size() >= 3) {
                    familyOf.putIfAbsent(NameLexicon.key(o.family()), e.getKey());
                }
            }
            java.util.Set<String> opening = openingPhrases(byName.keySet());
            List<NameCandidate> out = new ArrayList<>();
            Map<String, List<Occurrence>> merged = new LinkedHashMap<>();
            byName.forEach((k, list) -> {
                String into = familyOf.get(k);
                if (into != null && !into.equals(k)) {
                    alone.merge(k, list.size(), Integer::sum);
                } else {
                    merged.put(k, list);
                }
            });
            for (List<Occurrence> list : merged.values()) {
                Occurrence first = list.get(0);
                String family = NameLexicon.key(first.family());
                String lastWord = NameLexicon.key(first.words.get(first.words.size() - 1));
                String firstWord = NameLexicon.key(first.words.get(0));
                int familyAlone = alone.getOrDefault(family, 0) + (family.equals(lastWord) ? 0 : alone.getOrDefault(lastWord, 0));
                // "Derek Scissors ... Scissors, who consults": a common word as a family name, at a sentence start
                familyAlone += sentenceStartAlone.getOrDefault(lastWord, 0);
                int best = Integer.MIN_VALUE;
                for (Occurrence o : list) {
                    best = Math.max(best, o.score);
                }
                if (opening.contains(NameLexicon.key(first.name))) {
                    best -= 2; // "Star Trek" beside "Star Trek Beyond": a title or a firm that others extend
                }
                if (familyAlone > 0) {
                    best += 2;
                } else if (alone.getOrDefault(firstWord, 0) > 0 && !lexicon.isGivenName(first.words.get(0))) {
                    best -= 2; // "Goldman Sachs ... Goldman": organisations are shortened to their first word (people to their given name)
                }
                if (list.stream().anyMatch(o -> o.thing)) {
                    continue; // "a trip to Walter Reed hospital ... his visit to Walter Reed": one use says what it is
                }
                if (familyAlone == 0 && list.stream().allMatch(o -> o.headline || o.byline) && hasCommonFamilyWord(first)) {
                    continue; // "the Government Will Soon Spend": a headline's given name before a common word, named nowhere else
                }
                if (best < THRESHOLD) {
                    continue;
                }
                String name = list.stream().map(o -> o.name).reduce((x, y) -> y.length() > x.length() ? y : x).orElseThrow();
                int offset = list.stream().mapToInt(o -> o.offset).filter(x -> x >= 0).findFirst().orElse(-1);
                List<StatedRole> roles = list.stream().flatMap(o -> o.roles.stream()).distinct().toList();
                int inText = (int) list.stream().filter(o -> !o.byline).count();
                out.add(new NameCandidate(name, offset >= 0 ? positions.of(offset) : article.position(), inText + familyAlone,
                        roles));
            }
            return out;
        }
    }



}
