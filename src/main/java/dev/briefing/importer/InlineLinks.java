package dev.briefing.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links carried inside imported lines of text, so a line stays a plain {@code String} until it
 * is written out.
 *
 * <p>A link is marked with private-use characters: {@code \uE000 text \uE001 url \uE002}. Input
 * text never contains them (they are removed on reading), so the marks cannot be forged.
 */
final class InlineLinks {
    static final char OPEN = '\uE000';
    static final char URL = '\uE001';
    static final char CLOSE = '\uE002';
    static final Pattern LINK = Pattern.compile(OPEN + "([^" + URL + "]*)" + URL + "([^" + CLOSE + "]*)" + CLOSE);
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

    private InlineLinks() {}

    static String mark(String text, String url) {
        return OPEN + text + URL + url + CLOSE;
    }

    /** Removes the private-use characters the marks use, so input text cannot contain marks. */
    static String removeMarks(String text) {
        return text.replace(String.valueOf(OPEN), "").replace(String.valueOf(URL), "").replace(String.valueOf(CLOSE), "");
    }

    /** The line as a reader sees it: link texts kept, URLs dropped. */
    static String plain(String line) {
        return LINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    /** The first URL in a line: a marked link's, else a bare {@code http(s)://} URL in the text. */
    static Optional<String> firstUrl(String line) {
        Matcher link = LINK.matcher(line);
        if (link.find()) {
            return Optional.of(link.group(2));
        }
        Matcher bare = BARE_URL.matcher(line);
        return bare.find() ? Optional.of(bare.group()) : Optional.empty();
    }

    /** The line without its URLs: marked links keep their text, bare URLs are removed. */
    static String withoutUrls(String line) {
        return BARE_URL.matcher(plain(line)).replaceAll("").strip();
    }
}
