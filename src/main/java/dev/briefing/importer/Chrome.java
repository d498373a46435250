package dev.briefing.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page's own lines that a browser copy brings along: controls and menus, banners, counters,
 * captions and credits, teasers for other articles, and the labels of boxes of them. These are
 * the words of web pages' interfaces (shared by every site), never an article's words.
 */
final class Chrome {
    /** Whole lines that are a page control, a menu entry or a platform prompt. */
    private static final Pattern CONTROL = Pattern.compile("(?i)(skip to (main )?(content|navigation|search|footer)|"
            + "menu|main menu|search|home|sign in|sign out|log ?in|log out|sign up|register|subscribe( now)?|"
            + "my account|account|my news|more|close|open|share|share (this|the) (post|article|story|page)|"
            + "copy link|link copied!?|copied!?|print|email|e-mail|facebook|twitter|x|linkedin|whatsapp|reddit|"
            + "pinterest|threads|bluesky|instagram|youtube|tweet|comments?|like|loading\\W*|like loading\\W*|"
            + "advertisement|advertisement\\W+scroll to continue|advert|ad|sponsored|report this ad|"
            + "scroll to continue|sharing is caring!?|"
            + "listen( to (this )?article)?|play|watch|gift (this )?article|save( article)?|saved|follow|following|"
            + "back to top|newsletters?|podcasts?|get the app|download the app|start writing|ready for more\\?|"
            + "leave a (comment|reply)|write a comment\\W*|post comment|show comments|view comments|"
            + "discussion about this post|image|photo|video|·|\\d+\\s+(likes?|restacks?|comments?|shares?|"
            + "replies|views|reads)|\\d+ of \\d+|view the full version of this page|click to share on \\w+|"
            + "don[’']?t miss|"
            + "reuse this content|toggle caption|next image|previous image|close dialogue|show more|show less)");
    /** Lines that begin like a platform's prompt or a site's notice. */
    private static final Pattern PROMPT = Pattern.compile("(?i)(thanks for reading\\b|subscribe (for|to|now)\\b|"
            + "sign up (for|to|now)\\b|enter your email|already a subscriber|get (the|our) .{0,40}newsletter|"
            + "powered by\\b|proudly powered by\\b|follow us\\b|all (quotes|prices) delayed|"
            + "our standards:|purchase licensing rights|this (site|website) uses cookies|we use cookies).*");
    private static final Pattern COOKIE = Pattern.compile("(?i).*\\bcookies?\\b.*");
    private static final Pattern CONSENT = Pattern.compile("(?i).*\\b(accept|consent|agree|preferences|privacy|settings|"
            + "continuing|manage)\\b.*");
    /** Times of posting and updating without a year, "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM". */
    private static final String STAMP = "(?:(?:last )?updated|posted|published)(?: on)?:?\\s+(?:jan|feb|mar|apr|may|jun|jul|"
            + "aug|sep|sept|oct|nov|dec)\\p{L}*\\.?\\s+\\d{1,2}(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?"
            + "(?:\\s+\\p{Lu}{2,5})?)?";
    private static final Pattern TIMESTAMPS = Pattern.compile("(?i)" + STAMP + "(?:\\s*[;|·•,]\\s*" + STAMP + ")*\\s*[;.]?");
    private static final Pattern NEW_TAB = Pattern.compile("(?i).*\\bopens (in )?(a )?new (tab|window)\\b.*");
    /** "Read more: Other headline" and the like, a teaser for another article on one line. */
    private static final Pattern TEASER = Pattern.compile(
            "(?i)(read more|related|see also|also read|read also|recommended|watch|listen|more):\\s*\\S.*");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(©|\\(c\\)\\s|copyright\\s+(©|\\(c\\)|\\d{4})).*|.*\\ball rights reserved\\b.*");
    /** A credit alone on its line: "Photo: Name", "Name/Agency", "(Agency)". */
    private static final Pattern CREDIT = Pattern.compile("((?i:photo(graph)?|image|picture|illustration|graphic|"
            + "credit|video)s?\\s*:\\s*\\S.{0,80}|\\(?\\p{Lu}[\\p{L}.' -]{1,40}\\s?/\\s?\\p{Lu}[\\p{L}.' &-]{1,40}(/[\\p{L} ]{2,30}){0,4}\\)?)");
    /** A caption ending in its credit: "… Derby Road. Picture: supplied". */
    private static final Pattern CAPTION_WITH_CREDIT = Pattern.compile(
            "(?i).*[.!?)\\]]\\s+(photo(graph)?|image|picture|illustration|credit)s?\\s*:\\s*[^.]{1,60}");
    /** A numbered gallery caption: "Item 1 of 2 …", "[1/2] …". */
    private static final Pattern GALLERY = Pattern.compile("(?i)(item \\d+ of \\d+|\\[\\d+/\\d+\\]).*");
    /** Labels of boxes of links to other pages, each followed by their entries. */
    private static final Pattern BOX_LABEL = Pattern.compile("(?i)(related( (articles|stories|posts|news|content|coverage|"
            + "reading|topics))?|more (from|on|in) .{1,40}|more stories|most (read|popular|viewed|shared)( (in|on) .{1,40})?|"
            + "popular|trending( now| news| stories)?|top stories|recommended( for you)?|"
            + "you (may|might) also like|read next|up next|"
            + "what to read next|keep reading|latest( news| stories)?|editor'?s picks|suggested topics|"
            + "share this|like this|recent posts|archives|previous (post|article)|next (post|article)|topics|"
            + "explore more( on (these|this) topics?)?|more on (these|this) topics?|in case you missed it)\\s*(:|\\.\\.\\.|…)?");
    private static final Pattern CONTENTS_LABEL = Pattern.compile("(?i)(table of contents|contents|on this page|in this article)\\s*:?");
    /** "Reporting by …; Editing by …": the wire's credit line, which closes its story. */
    private static final Pattern WIRE_CREDIT = Pattern.compile(
            "(?i)((additional )?(reporting|writing|editing|compiled|research)( and \\w+)? by\\s+\\S.*)");
    /** Items of a menu on one line, split by wide spaces, tabs or bars and dots. */
    private static final Pattern MENU_SPLIT = Pattern.compile("\\s{2,}|\\t|\\s[|·∙•]\\s");
    private static final Pattern BREADCRUMB_SPLIT = Pattern.compile("\\s+[›>»/]\\s+");
    private static final int MAX_BANNER_WORDS = 80;

    private Chrome() {}

    /** A line that is page chrome wherever it stands. */
    static boolean isChrome(String line) {
        String s = InlineMarks.plain(line).strip();
        if (s.isEmpty()) {
            return false;
        }
        return CONTROL.matcher(s).matches() || PROMPT.matcher(s).matches() || NEW_TAB.matcher(s).matches()
                || TEASER.matcher(s).matches() || TIMESTAMPS.matcher(s).matches() || isShoutedLink(line)
                || GALLERY.matcher(s).matches() || CAPTION_WITH_CREDIT.matcher(s).matches()
                || LineShapes.wordCount(s) <= MAX_BANNER_WORDS && COOKIE.matcher(s).matches() && CONSENT.matcher(s).matches()
                || isMenu(s) || isCopyright(s);
    }

    /**
     * A line that is one link in capitals ("GET THE APP BY CLICKING HERE", "SENATOR VOWS TO ..."):
     * a button or another article's headline put between the paragraphs.
     */
    static boolean isShoutedLink(String line) {
        String s = InlineMarks.plain(line).strip();
        return InlineMarks.isOneLink(line.strip()) && LineShapes.wordCount(s) >= 3
                && s.codePoints().filter(Character::isLetter).allMatch(c -> !Character.isLowerCase(c))
                && s.codePoints().filter(Character::isLetter).count() >= 8;
    }

    static boolean isCopyright(String line) {
        String s = InlineMarks.plain(line).strip();
        return LineShapes.wordCount(s) <= 30 && COPYRIGHT.matcher(s).matches();
    }

    /** The holder a copyright line names: "© 2025 Kernel Notes" gives "Kernel Notes". */
    static Optional<String> copyrightHolder(String line) {
        String s = InlineMarks.plain(line).strip();
        Matcher m = Pattern.compile("(?i)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s+)?(.+?)"
                + "(?:\\s+\\d{4})?(?:[.,]\\s*all rights reserved.*|\\.)?\\s*").matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String holder = m.group(1).replaceFirst("\\s+(Ltd|Limited|Inc|LLC|Pty Ltd|plc|GmbH)\\.?$", "").strip();
        return LineShapes.isNameShaped(holder) ? Optional.of(holder) : Optional.empty();
    }

    /** A credit line for a photo ("Kira Hale/National Ledger", "Photo: …"). */
    static boolean isCredit(String line) {
        String s = InlineMarks.plain(line).strip();
        return LineShapes.wordCount(s) <= 12 && LineShapes.wordCount(s.replace('/', ' ')) >= 3 && !s.endsWith(".")
                && CREDIT.matcher(s).matches()
                && !s.matches(".*https?://.*") && !s.matches(".*\\d{1,2}/\\d{1,2}.*");
    }

    static boolean isBoxLabel(String line) {
        return BOX_LABEL.matcher(InlineMarks.plain(line).strip()).matches();
    }

    static boolean isContentsLabel(String line) {
        return CONTENTS_LABEL.matcher(InlineMarks.plain(line).strip()).matches();
    }

    static boolean isWireCredit(String line) {
        String s = InlineMarks.plain(line).strip();
        return WIRE_CREDIT.matcher(s).matches() && LineShapes.wordCount(s) <= 40;
    }

    /** Three or more short items on one line, split by wide spaces, tabs, bars or dots. */
    static boolean isMenu(String line) {
        String s = InlineMarks.plain(line).strip();
        String[] items = MENU_SPLIT.split(s);
        if (items.length < 3 || LineShapes.wordCount(s) > 24) {
            return false;
        }
        for (String item : items) {
            String t = item.strip();
            if (t.isEmpty() || LineShapes.wordCount(t) > 4 || t.matches(".*[.,;:!?]") && !t.endsWith("&")) {
                return false;
            }
        }
        return true;
    }

    /** The items of a breadcrumb trail ("Home › Business › Energy"), if the line is one. */
    static Optional<List<String>> breadcrumb(String line) {
        String s = InlineMarks.plain(line).strip();
        String[] items = BREADCRUMB_SPLIT.split(s);
        if (items.length < 2) {
            return Optional.empty();
        }
        for (String item : items) {
            if (item.isBlank() || LineShapes.wordCount(item) > 4 || !LineShapes.isNameShaped(item)) {
                return Optional.empty();
            }
        }
        return Optional.of(List.of(items));
    }
}
