package dev.briefing.importer;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works the article's sentences cite: a link to another site whose text names a work ("the
 * Authority’s Airport Corridor Study", "a survey of …"), and citations stated without a link:
 * "according to a report by Outlet", "first reported by Outlet", "said in a regulatory filing".
 * Each gets only what the sentence says: the kind of work as its title when no title is given,
 * the named outlet as publisher, the link as URL.
 */
final class CitedSources {
    /** Words that name a kind of work; a link text starting with one names a work. */
    private static final String KIND = "report|study|survey|analysis|statement|filing|review|audit|paper|letter|memo|"
            + "document|figures|data|accounts|transcript|ruling|judgment|decision|order|announcement|release|"
            + "press release|article|interview|book|episode|poll|investigation|assessment|forecast|briefing|post";
    /**
     * A proper name: up to eight capitalised words (an abbreviation such as "St." only before another
     * one), with "of", "for", "and", "&" or "the" inside; a sentence's full stop ends it.
     */
    private static final String WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’-]*|\\p{Lu}\\p{L}{0,2}\\.(?=\\s+\\p{Lu}))";
    private static final String NAME = "(" + WORD + "(?:\\s+(?:(?:of|for|and|the|on|&|de|du)\\s+){0,2}(?:" + WORD
            + "|\\d[\\p{L}\\d]*)){0,7})";
    private static final Pattern ACCORDING = Pattern.compile("(?i:according to|cited in|in|from)\\s+(?:(?i:an?|the|its|their)\\s+)?"
            + "((?i:" + KIND + "))\\s+(?i:by|from|published by|compiled by|filed (?:at|with)|released by|issued by)\\s+"
            + "(?:the\\s+)?" + NAME);
    private static final Pattern FIRST_REPORTED = Pattern.compile(
            "(?i:first|originally|earlier)\\s+(?i:reported|revealed)\\s+(?i:by|in)\\s+(?:the\\s+)?" + NAME);
    private static final Pattern FILING = Pattern.compile(
            "(?i)\\bin\\s+an?\\s+((regulatory|securities|stock exchange|exchange|court|bankruptcy|annual)\\s+filing)\\b");
    private static final Pattern POSSESSIVE_TITLE = Pattern.compile("(?:the\\s+)?" + NAME + "[’']s?\\s+([\\p{Lu}\\d].*)");
    private static final Pattern KIND_TITLE = Pattern.compile("(?i)(?:(?:regulatory|securities|stock exchange|exchange|"
            + "court|bankruptcy|annual)\\s+)?(?:" + KIND + ")");
    private static final Pattern WORK_TEXT = Pattern.compile("(?i)(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:" + KIND + ")\\b.*");

    private CitedSources() {}

    /**
     * A work one of the texts cites.
     *
     * @param text the index of the text that cites it
     * @param phrase the words that cite it: the link's text, or the sentence's "according to a report by …"
     */
    record Cited(ImportedSource source, FoundSource.How how, int text, String phrase) {}

    /** Cited works in the body's texts, in order: each text's links, then the citations it states. */
    static List<Cited> find(List<String> texts, Optional<String> pageUrl) {
        List<Cited> found = new ArrayList<>();
        for (int t = 0; t < texts.size(); t++) {
            String text = texts.get(t);
            Matcher link = InlineMarks.LINK.matcher(text);
            while (link.find()) {
                String linkText = InlineMarks.plain(link.group(1)).strip();
                int index = t;
                linked(linkText, link.group(2), pageUrl)
                        .ifPresent(s -> found.add(new Cited(s, FoundSource.How.LINK, index, linkText)));
            }
            stated(InlineMarks.plain(text), t, found);
        }
        return found;
    }

    /** A link to another site whose text names a work: its text as title, split at a possessive publisher. */
    private static Optional<ImportedSource> linked(String text, String url, Optional<String> pageUrl) {
        if (sameSite(url, pageUrl) || LineShapes.wordCount(text) < 2) {
            return Optional.empty();
        }
        Matcher possessive = POSSESSIVE_TITLE.matcher(text);
        if (possessive.matches()) {
            return Optional.of(new ImportedSource(possessive.group(2).strip(), Optional.of(possessive.group(1).strip()),
                    Optional.empty(), Optional.of(url)));
        }
        boolean titled = text.matches("[“\"].+[”\"]") || isTitleCase(text);
        if (!titled && !WORK_TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        String title = text.replaceFirst("^[“\"](.+)[”\"]$", "$1").replaceFirst("(?i)^(an?|its|their)\\s+", "");
        return Optional.of(new ImportedSource(title, Optional.empty(), Optional.empty(), Optional.of(url)));
    }

    private static void stated(String text, int index, List<Cited> found) {
        Matcher according = ACCORDING.matcher(text);
        while (according.find()) {
            found.add(new Cited(named(capitalised(according.group(1)), according.group(2)), FoundSource.How.STATED,
                    index, according.group()));
        }
        Matcher first = FIRST_REPORTED.matcher(text);
        while (first.find()) {
            found.add(new Cited(named("Report", first.group(1)), FoundSource.How.STATED, index, first.group()));
        }
        Matcher filing = FILING.matcher(text);
        while (filing.find()) {
            found.add(new Cited(new ImportedSource(capitalised(filing.group(1)), Optional.empty(), Optional.empty(),
                    Optional.empty()), FoundSource.How.STATED, index, filing.group()));
        }
    }

    private static ImportedSource named(String title, String publisher) {
        String name = publisher.strip().replaceFirst("[.’']+$", "").replaceFirst("[’']s$", "");
        return new ImportedSource(title, Optional.of(name), Optional.empty(), Optional.empty());
    }

    /** A title that only names the kind of work ("Report", "Regulatory filing"), as a stated citation gets. */
    static boolean isKindTitle(String title) {
        return KIND_TITLE.matcher(title).matches();
    }

    /** Most words capitalised, as titles are: "Airport Corridor Study", "Waiting to Connect". */
    private static boolean isTitleCase(String text) {
        String[] words = text.split("\\s+");
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        return Character.isUpperCase(text.codePointAt(0)) && capitalised * 2 > words.length;
    }

    private static String capitalised(String kind) {
        String k = kind.strip().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(k.charAt(0)) + k.substring(1);
    }

    private static boolean sameSite(String url, Optional<String> pageUrl) {
        if (pageUrl.isEmpty()) {
            return false;
        }
        return host(url).equals(host(pageUrl.get())) && !host(url).isEmpty();
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
