package dev.briefing.index;

import dev.briefing.model.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's byline ({@code author: "Ada Lovelace and Charles Babbage"}) as the names it
 * lists, each matched to a registry person when one has that name or alias, so a byline author is
 * linked and credited like a person the article names.
 */
public final class Bylines {
    /** Between two names: ", ", " and ", ", and ", " & ". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");

    /** One piece of a byline as written: a name (with its person, if registered) or a separator. */
    public record Part(String text, Optional<String> personId) {}

    private final Map<String, String> idByName = new HashMap<>();

    Bylines(List<Person> people) {
        for (Person p : people) {
            for (String name : p.allNames()) {
                idByName.putIfAbsent(key(name), p.id());
            }
        }
    }

    /** The byline's pieces, in order; together they spell the byline exactly as written. */
    List<Part> parse(String byline) {
        List<Part> parts = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(byline);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(name(byline.substring(at, m.start())));
            }
            parts.add(new Part(m.group(), Optional.empty()));
            at = m.end();
        }
        if (at < byline.length()) {
            parts.add(name(byline.substring(at)));
        }
        return List.copyOf(parts);
    }

    private Part name(String text) {
        return new Part(text, Optional.ofNullable(idByName.get(key(text))));
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
