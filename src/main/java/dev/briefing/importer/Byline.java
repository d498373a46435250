package dev.briefing.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline: "By A", "By A and B, Outlet", "By A, B and C", "Written by A". The names must look
 * like people's names; a last comma part after them is the outlet ("By A and B, Outlet").
 *
 * @param authors the names, in order
 * @param outlet the outlet the byline names after the authors
 */
record Byline(List<String> authors, Optional<String> outlet) {
    private static final Pattern BY = Pattern.compile("(?i)(?:(?:written|posted|published|words|reported)\\s+)?by\\s*:?\\s+(\\S.*)");
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+");
    /** A capitalised word of a name: letters with inner hyphens or apostrophes, or an initial. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}]*){0,3}\\.?");
    /** Lowercase particles inside family names ("van Leeuwen", "da Silva"). */
    private static final Pattern PARTICLE = Pattern.compile("van|von|de|der|den|da|das|di|du|del|della|dos|la|le|bin|ibn|al|el|ter|ten|y|e|zu");
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_BYLINE_CHARS = 200;
    /** A job after the names ("By A, Staff Writer"): the author's role, not the outlet. */
    private static final Pattern JOB = Pattern.compile("(?i)(senior |chief |special |staff |contributing |deputy |"
            + "political |science |business |foreign |investigative ){0,3}(writer|reporter|correspondent|editor|"
            + "columnist|contributor|producer|analyst|journalist|critic|photographer|staff)s?");

    /** The byline in {@code line}, if the whole line is one. */
    static Optional<Byline> parse(String line) {
        String s = InlineMarks.plain(line).strip();
        if (s.length() > MAX_BYLINE_CHARS) {
            return Optional.empty();
        }
        Matcher m = BY.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] parts = m.group(1).strip().split("\\s*,\\s+");
        int lastAnd = -1;
        for (int i = 0; i < parts.length; i++) {
            if (AND.matcher(parts[i]).find()) {
                lastAnd = i;
            }
        }
        int namesEnd = Math.max(lastAnd, 0);
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= namesEnd; i++) {
            for (String name : AND.split(parts[i])) {
                names.add(name.strip());
            }
        }
        if (!names.stream().allMatch(Byline::isPersonName)) {
            return Optional.empty();
        }
        List<String> rest = List.of(parts).subList(namesEnd + 1, parts.length);
        if (rest.size() > 1 && rest.stream().allMatch(Byline::isPersonName)) {
            names.addAll(rest);
            return Optional.of(new Byline(List.copyOf(names), Optional.empty()));
        }
        if (rest.size() == 1 && JOB.matcher(rest.get(0)).matches()) {
            return Optional.of(new Byline(List.copyOf(names), Optional.empty())); // "By A, Staff Writer"
        }
        if (rest.size() > 1 || rest.size() == 1 && !LineShapes.isNameShaped(rest.get(0))) {
            return Optional.empty();
        }
        return Optional.of(new Byline(List.copyOf(names), rest.stream().findFirst()));
    }

    /** The names in a list such as "A, B and C" (a meta author field); the whole text if they are not all names. */
    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (String part : text.strip().split("\\s*[,;]\\s+")) {
            for (String name : AND.split(part)) {
                names.add(name.strip());
            }
        }
        return names.stream().allMatch(Byline::isPersonName) ? List.copyOf(names) : List.of(text.strip());
    }

    /** How front matter writes several authors: joined with " and ", as citation tools read them. */
    static String join(List<String> authors) {
        return String.join(" and ", authors);
    }

    /** Two to five words, capitalised except for family-name particles, starting and ending capitalised. */
    static boolean isPersonName(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            boolean edge = i == 0 || i == words.length - 1;
            boolean ok = NAME_WORD.matcher(words[i]).matches() || !edge && PARTICLE.matcher(words[i]).matches();
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
