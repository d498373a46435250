package dev.briefing.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

/**
 * The word lists the person finder consults, loaded once from the jar: given names, common English
 * words, and names that are never a person (well-known organisations named after people, places,
 * calendar words). Countries come from the JDK's locale data and cities from its time-zone ids, so
 * "Georgia", "Jordan" and "Sydney" are known as places without a list of our own.
 *
 * <pre>
 * NameLexicon lexicon = NameLexicon.builtIn();
 * lexicon.isGivenName("Priya");      // true
 * lexicon.isCommonWord("Yesterday"); // true: a capital at a sentence start says nothing
 * </pre>
 */
public final class NameLexicon {
    private static final NameLexicon BUILT_IN = new NameLexicon(
            read("given-names.txt"), read("common-words.txt"), read("not-people.txt"), read("demonyms.txt"));

    private final Set<String> givenNames;
    private final Set<String> commonWords;
    private final Set<String> notPeople;
    private final Set<String> places;
    private final Set<String> demonyms;

    /**
     * @param givenNames capitalised given names ("Priya")
     * @param commonWords lower-case English words ("yesterday")
     * @param notPeople phrases that never name a person, any case ("Morgan Stanley")
     * @param demonyms adjectives of nationality or people, capitalised ("Tunisian")
     */
    public NameLexicon(Set<String> givenNames, Set<String> commonWords, Set<String> notPeople, Set<String> demonyms) {
        this.givenNames = Set.copyOf(givenNames);
        this.commonWords = Set.copyOf(commonWords);
        Set<String> lower = new HashSet<>();
        notPeople.forEach(p -> lower.add(key(p)));
        this.notPeople = Set.copyOf(lower);
        this.places = Set.copyOf(places());
        this.demonyms = Set.copyOf(demonyms);
    }

    public static NameLexicon builtIn() {
        return BUILT_IN;
    }

    /** A given name, or a hyphenated one whose first part is ("Mei-Ling", "Jean-Baptiste"). */
    public boolean isGivenName(String word) {
        if (givenNames.contains(word)) {
            return true;
        }
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen == word.lastIndexOf('-') && givenNames.contains(word.substring(0, hyphen));
    }

    /** "Tunisian", "Arab": says who someone is, and is no part of their name. */
    public boolean isDemonym(String word) {
        return demonyms.contains(word);
    }

    public boolean isCommonWord(String word) {
        return commonWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A phrase the built-in lists know is not a person: an organisation, a place, a calendar word. */
    public boolean isNotPerson(String phrase) {
        String k = key(phrase);
        return notPeople.contains(k) || places.contains(k);
    }

    /** Lower case, accents and curly apostrophes folded, spaces collapsed: "São Paulo" is "sao paulo". */
    static String key(String phrase) {
        if (isPlainAscii(phrase)) {
            return phrase.toLowerCase(Locale.ROOT); // the common case, without a normaliser or a regex
        }
        String folded = Normalizer.normalize(phrase, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** ASCII letters and punctuation with single inner spaces: nothing for {@link #key} to fold. */
    private static boolean isPlainAscii(String s) {
        if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || c < ' ' || c == ' ' && s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** Country names in English and the cities the JDK's time zones are named after. */
    private static Set<String> places() {
        Set<String> out = new HashSet<>();
        for (String iso : Locale.getISOCountries()) {
            out.add(key(new Locale("", iso).getDisplayCountry(Locale.ENGLISH)));
        }
        for (String id : TimeZone.getAvailableIDs()) {
            int slash = id.lastIndexOf('/');
            if (slash > 0 && Character.isUpperCase(id.charAt(0)) && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                out.add(key(id.substring(slash + 1).replace('_', ' ')));
            }
        }
        return out;
    }

    private static Set<String> read(String resource) {
        try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in list " + resource + " is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return new HashSet<>(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in list " + resource, e);
        }
    }
}
