package dev.briefing.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links and emphasis carried inside imported lines of text, so a line stays a plain
 * {@code String} until it is written out.
 *
 * <p>They are marked with private-use characters: a link is {@code \uE000 text \uE001 url \uE002},
 * emphasis {@code \uE003 text \uE004}, strong emphasis {@code \uE005 text \uE006}. Input text
 * never contains them (they are removed on reading), so the marks cannot be forged.
 */
final class InlineMarks {
    static final char OPEN = '\uE000';
    static final char URL = '\uE001';
    static final char CLOSE = '\uE002';
    static final char EM_OPEN = '\uE003';
    static final char EM_CLOSE = '\uE004';
    static final char STRONG_OPEN = '\uE005';
    static final char STRONG_CLOSE = '\uE006';
    static final Pattern LINK = Pattern.compile(OPEN + "([^" + URL + "]*)" + URL + "([^" + CLOSE + "]*)" + CLOSE);
    private static final Pattern ANY_MARK = Pattern.compile("[\uE000-\uE008]");
    private static final Pattern EMPHASIS_MARK = Pattern.compile("[\uE003-\uE006]");
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

    private InlineMarks() {}

    static String mark(String text, String url) {
        return OPEN + text + URL + url + CLOSE;
    }

    /** Removes the private-use characters the marks use, so input text cannot contain marks. */
    static String removeMarks(String text) {
        return ANY_MARK.matcher(text).replaceAll("");
    }

    /** The line as a reader sees it: link texts kept, URLs and emphasis marks dropped. */
    static String plain(String line) {
        String text = LINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return EMPHASIS_MARK.matcher(text).replaceAll("");
    }

    /** The line without its emphasis marks, links kept. */
    static String withoutEmphasis(String line) {
        return EMPHASIS_MARK.matcher(line).replaceAll("");
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

    /** The line's text is the text of one link (arrows, bullets and punctuation around it aside). */
    static boolean isOneLink(String line) {
        Matcher link = LINK.matcher(line);
        if (!link.find()) {
            return false;
        }
        String around = plain(line.substring(0, link.start()) + line.substring(link.end()));
        return around.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** The line without its URLs: marked links keep their text, bare URLs are removed. */
    static String withoutUrls(String line) {
        return BARE_URL.matcher(plain(line)).replaceAll("").strip();
    }
}
