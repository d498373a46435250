package dev.briefing.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import com.vladsch.flexmark.util.ast.Document;
import dev.briefing.model.CitedSource;
import dev.briefing.model.PartialDate;
import dev.briefing.model.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the works an article cites in its own text: a heading or a paragraph line "Sources",
 * "References" or "Read more" followed by a list whose items are {@code [Title](URL) — Publisher}
 * or {@code Title — Publisher}, optionally ending in a date {@code (2026-05-19)}. The list stays in
 * the article; the render adds to each item a link to its bibliography entry ({@link ArticleMarks}).
 */
final class TextSourceLists {
    /** The lead-in that makes the next list a source list ("Sources:", "**References**", "Read more"). */
    static final Pattern LEAD = Pattern.compile("(?i)(sources?|references?|read more|further reading)\\s*:?");
    private static final Pattern TRAILING_DATE = Pattern.compile("\\s*\\((\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)\\)\\s*\\.?$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[—–-]\\s+");
    private static final Pattern MARKUP = Pattern.compile("[*_#]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Longer than any lead-in ("**Further reading:**" with emphasis and spaces). */
    private static final int MAX_LEAD_LENGTH = 60;

    private TextSourceLists() {}

    /** One list item read as a citation, and the offset of its paragraph in the body. */
    record Found(SourceListItem item, int paragraphOffset) {}

    static List<Found> find(Document document, BodyPositions positions, Problems problems) {
        List<Found> items = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            CharSequence chars = node instanceof Heading h ? h.getText()
                    : node instanceof Paragraph p && p.getParent() == document ? p.getChars() : null;
            // A lead-in is a few words: longer blocks are prose, not worth a look.
            if (chars == null || chars.length() > MAX_LEAD_LENGTH || !(node.getNext() instanceof ListBlock)
                    || !LEAD.matcher(MARKUP.matcher(chars).replaceAll("").strip()).matches()) {
                continue;
            }
            if (node.getNext() instanceof ListBlock list) {
                for (Node child : list.getChildren()) {
                    if (child instanceof ListItem li) {
                        read(positions, li, problems).ifPresent(items::add);
                    }
                }
            }
        }
        return items;
    }

    private static Optional<Found> read(BodyPositions positions, ListItem li, Problems problems) {
        if (!(li.getFirstChild() instanceof Paragraph p)) {
            return Optional.empty();
        }
        SourcePosition at = positions.of(p.getStartOffset());
        String raw = oneLine(p.getChars().toString());
        Link link = first(p, Link.class);
        AutoLink auto = first(p, AutoLink.class);
        String title;
        Optional<String> url = Optional.empty();
        String rest;
        if (link != null) {
            String target = link.getUrl().toString();
            Optional<ArticleLinks.Target> article = ArticleLinks.target(target);
            if (article.isPresent()) {
                return Optional.of(new Found(new SourceListItem(Optional.empty(), Optional.of(article.get().slug()), at),
                        p.getStartOffset()));
            }
            if (!target.matches("https?://\\S+")) {
                problems.warning(at, "source link must be an http:// or https:// URL or another article, got '"
                        + target + "'");
                return Optional.empty();
            }
            url = Optional.of(target);
            title = oneLine(link.getText().toString());
            rest = oneLine(p.getChars().subSequence(link.getEndOffset() - p.getStartOffset()).toString());
        } else {
            String text = raw;
            if (auto != null) {
                url = Optional.of(auto.getUrl().toString());
                text = oneLine(raw.replace(auto.getChars().toString(), " "));
            }
            Matcher sep = lastMatch(SEPARATOR, text);
            if (sep == null) {
                title = text;
                rest = "";
            } else {
                title = text.substring(0, sep.start());
                rest = text.substring(sep.start());
            }
        }
        Optional<PartialDate> date = Optional.empty();
        Matcher d = TRAILING_DATE.matcher(rest);
        if (d.find()) {
            StringBuilder why = new StringBuilder();
            date = PartialDate.parse(d.group(1), why);
            if (date.isEmpty()) {
                int in = p.getChars().toString().lastIndexOf(d.group(1));
                problems.error(in < 0 ? at : positions.of(p.getStartOffset() + in),
                        "invalid date '" + d.group(1) + "' in a source list item: " + why);
            }
            rest = rest.substring(0, d.start());
        }
        String publisher = unquote(rest.replaceFirst("^[\\s—–,:;-]+", "").replaceFirst("[\\s.]+$", ""));
        title = unquote(title.replaceFirst("[\\s.,—–-]+$", ""));
        if (title.isEmpty() || title.matches("https?://\\S+")) {
            problems.warning(at, "cannot read a source from this list item: write "
                    + "'[Title](URL) — Publisher' or 'Title — Publisher'");
            return Optional.empty();
        }
        CitedSource source = new CitedSource(Slugs.of(title), false, title,
                publisher.isEmpty() ? Optional.empty() : Optional.of(publisher), Optional.empty(), date, url,
                Optional.empty(), Optional.empty(), at);
        return Optional.of(new Found(new SourceListItem(Optional.of(source), Optional.empty(), at), p.getStartOffset()));
    }

    private static <T extends Node> T first(Node parent, Class<T> type) {
        for (Node n : parent.getDescendants()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
        }
        return null;
    }

    private static Matcher lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        Matcher last = null;
        while (m.find()) {
            last = pattern.matcher(text);
            last.find(m.start());
        }
        return last;
    }

    private static String oneLine(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Drops Markdown emphasis and quotation marks around the whole text. */
    private static String unquote(String text) {
        String t = text.strip();
        String before;
        do {
            before = t;
            t = t.replaceFirst("^([*_]+)(.*?)\\1$", "$2").strip();
            t = t.replaceFirst("^[\"“‘'](.*)[\"”’']$", "$1").strip();
        } while (!t.equals(before));
        return t;
    }
}
