package dev.briefing.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines above the article's first paragraph: the masthead, menus and banners, the
 * section, the title, the byline, the date, reading time, a summary line, a table of contents.
 *
 * <p>The first paragraph (the anchor) is the first line of running text that is not chrome, a
 * caption or a metadata line. Above it, a line is kept for the body only when it is prose, or when
 * it comes after the last metadata line (a heading or a short first paragraph); prose between the
 * title and the byline or date is the standfirst. The title is a headline-shaped line (see
 * {@link LineShapes#isHeadline}), the most repeated and then the longest; a body sentence never is.
 */
final class HeaderReader {
    private static final Pattern SUMMARY_LABEL = Pattern.compile("(?i)(?:summary|tl;?dr|standfirst|dek|in short)\\s*:\\s*(\\S.*)");
    private static final Pattern NAME_IN_PLACE = Pattern.compile("(.+?)\\s+in\\s+\\p{Lu}[\\p{L} .'-]{1,40}");
    private static final int MAX_STANDFIRST_CHARS = 320;
    private static final int MAX_CAPTION_WORDS = 50;
    private static final int MAX_KICKER_WORDS = 3;
    /** Fewest words of a standfirst printed without a final stop. */
    private static final int MIN_DEK_WORDS = 6;
    /** Fewest words of a title chosen before a longer headline-shaped line below it (a standfirst). */
    private static final int MIN_TITLE_WORDS = 4;
    /** How many lines below a paragraph a byline or date may sit and still belong to the header. */
    private static final int HEADER_LOOKAHEAD = 6;

    private final Lines lines;
    private final Findings found;
    private final Optional<String> givenTitle;
    private final List<Integer> filled;
    private int anchor;

    private HeaderReader(Lines lines, Findings found, Optional<String> givenTitle) {
        this.lines = lines;
        this.found = found;
        this.givenTitle = givenTitle;
        this.filled = lines.filled(0);
    }

    /** Reads the header into {@code found}; returns the index of the line where the body starts. */
    static int read(Lines lines, Findings found, Optional<String> givenTitle) {
        return new HeaderReader(lines, found, givenTitle).read();
    }

    private int read() {
        Set<Integer> masthead = Masthead.read(lines, filled, found);
        int k = anchorPosition(masthead);
        anchor = k < filled.size() ? filled.get(k) : lines.size();
        List<Integer> header = filled.subList(0, k);
        if (anchor < lines.size()) {
            found.publisher(Masthead.datelineAgency(lines.text(anchor)));
        }
        masthead.forEach(lines::use);
        header.stream().filter(i -> found.publisher.filter(lines.text(i)::equals).isPresent()).forEach(lines::use);
        for (int j = 0; j < header.size(); j++) {
            if (!lines.isUsed(header.get(j)) && Chrome.isContentsLabel(lines.raw(header.get(j)))) {
                lines.use(header.get(j));
                BodyFilter.contents(lines, header, j);
            }
        }
        title(header);
        List<Integer> unknown = new ArrayList<>();
        for (int j = 0; j < header.size(); j++) {
            int i = header.get(j);
            if (!lines.isUsed(i) && !metadata(header, j)) {
                unknown.add(i);
            }
        }
        int lastMeta = header.stream().filter(lines::isUsed).mapToInt(Integer::intValue).max().orElse(-1);
        int titleAt = header.stream().filter(i -> lines.text(i).equals(found.title)).mapToInt(Integer::intValue)
                .max().orElse(-1);
        for (int i : unknown) {
            String s = lines.text(i);
            if (i > lastMeta || lines.isUsed(i)) {
                continue;
            }
            boolean dek = i > titleAt && titleAt >= 0 && found.summary.isEmpty() && isStandfirst(s)
                    && (LineShapes.isProse(s) || LineShapes.wordCount(s) >= MIN_DEK_WORDS);
            if (!dek && !LineShapes.isProse(s)) {
                lines.use(i);
            } else if (dek) {
                found.summary(Optional.of(lines.raw(i).strip()).map(InlineMarks::plain));
                lines.use(i);
            }
        }
        return anchor;
    }

    /**
     * The first paragraph of running text that is not chrome, a caption or metadata (nor a
     * standfirst with the byline or date below it); without one, the first such line of prose;
     * without one, the first line after the first headline that is not metadata.
     */
    private int anchorPosition(Set<Integer> masthead) {
        int limit = filled.size();
        for (Predicate<String> running : List.<Predicate<String>>of(LineShapes::isParagraph, LineShapes::isProse)) {
            for (int k = 0; k < limit; k++) {
                int i = filled.get(k);
                String s = lines.raw(i);
                if (running.test(s) && !isMetadataShaped(s) && !isCaption(k) && !lines.isUsed(i) && !bylineOrDateFollows(k)) {
                    return k;
                }
            }
        }
        String headline = null;
        for (int k = 0; k < limit; k++) {
            int i = filled.get(k);
            String s = lines.raw(i);
            if (lines.isUsed(i) || masthead.contains(i) || isMetadataShaped(s)
                    || found.publisher.filter(lines.text(i)::equals).isPresent()) {
                continue;
            }
            if (headline == null && (LineShapes.isHeadline(s) || givenTitle.filter(lines.text(i)::equals).isPresent())) {
                headline = lines.text(i);
            } else if (!lines.text(i).equals(headline)) {
                return k;
            }
        }
        return limit;
    }

    /** Lines whose shape alone says they are not article text. */
    private static boolean isMetadataShaped(String s) {
        return Chrome.isChrome(s) || DateLine.parse(s).isPresent() || bylineOf(s).isPresent()
                || LineShapes.isReadingTime(s) || LineShapes.isWordCount(s) || LineShapes.isSeparator(s)
                || SUMMARY_LABEL.matcher(InlineMarks.plain(s).strip()).matches() || Chrome.breadcrumb(s).isPresent()
                || Chrome.isContentsLabel(s) || Chrome.isCredit(s) || Labels.section(s).isPresent() || Labels.isTags(s);
    }

    /** A byline or date line just below: the paragraph above them is still the header's standfirst. */
    private boolean bylineOrDateFollows(int k) {
        for (int j = k + 1; j < Math.min(filled.size(), k + 1 + HEADER_LOOKAHEAD); j++) {
            String s = lines.raw(filled.get(j));
            if (DateLine.parse(s).isPresent() || bylineOf(s).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A line followed by a photo credit is that photo's caption. */
    private boolean isCaption(int k) {
        return k + 1 < filled.size() && Chrome.isCredit(lines.raw(filled.get(k + 1)))
                && LineShapes.wordCount(lines.text(filled.get(k))) <= MAX_CAPTION_WORDS;
    }

    /** The page's title or --title, else the most repeated and then the longest headline above the anchor. */
    private void title(List<Integer> header) {
        String best = null;
        int bestCount = 0;
        for (int i : header) {
            String s = lines.text(i);
            if (lines.isUsed(i) || !LineShapes.isHeadline(s) || isMetadataShaped(lines.raw(i)) || isCaption(filled.indexOf(i))) {
                continue;
            }
            int count = (int) header.stream().filter(h -> !lines.isUsed(h) && lines.text(h).equals(s)).count();
            if (best == null || count > bestCount || count == bestCount && betterTitle(s, best)) {
                best = s;
                bestCount = count;
            }
        }
        found.titleLine = Optional.ofNullable(best);
        if (found.title == null) {
            found.title = best;
        }
        if (found.title == null) {
            return;
        }
        List<Integer> at = header.stream().filter(i -> !lines.isUsed(i) && lines.text(i).equals(found.title)).toList();
        header.stream().filter(i -> !lines.isUsed(i) && !at.contains(i) && sameHeadline(lines.text(i), found.title))
                .forEach(lines::use);
        if (at.size() == 1) {
            kicker(header, header.indexOf(at.get(0)));
        }
        at.forEach(lines::use);
    }

    /**
     * Of two headlines seen once, the first of four words or more (a title comes before its
     * standfirst, and after a short kicker); else the longer.
     */
    private static boolean betterTitle(String candidate, String best) {
        boolean candidateLong = LineShapes.wordCount(candidate) >= MIN_TITLE_WORDS;
        boolean bestLong = LineShapes.wordCount(best) >= MIN_TITLE_WORDS;
        if (candidateLong != bestLong) {
            return candidateLong;
        }
        return !bestLong && LineShapes.wordCount(candidate) > LineShapes.wordCount(best);
    }

    /** The title again in another case or wording (a page's {@code <h1>} beside its data's headline). */
    private static boolean sameHeadline(String line, String title) {
        if (!LineShapes.isHeadline(line)) {
            return false;
        }
        Set<String> a = words(line);
        Set<String> b = words(title);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared >= 0.8 * Math.max(a.size(), b.size());
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The short line right above the title, when it is not chrome: the section ("Energy"). */
    private void kicker(List<Integer> header, int titlePosition) {
        if (titlePosition <= 0) {
            return;
        }
        int i = header.get(titlePosition - 1);
        String s = lines.text(i);
        if (!lines.isUsed(i) && LineShapes.wordCount(s) <= MAX_KICKER_WORDS && LineShapes.isNameShaped(s)
                && !isMetadataShaped(lines.raw(i)) && Chrome.breadcrumb(s).isEmpty()) {
            found.section(Optional.of(s));
            lines.use(i);
        }
    }

    /** Takes a metadata line's facts and uses it up; false when the line is not metadata. */
    private boolean metadata(List<Integer> header, int j) {
        int i = header.get(j);
        String raw = lines.raw(i);
        String s = lines.text(i);
        Optional<DateLine> date = DateLine.parse(raw);
        Optional<Byline> byline = bylineOf(raw);
        Optional<List<String>> crumbs = Chrome.breadcrumb(s);
        Matcher summary = SUMMARY_LABEL.matcher(s);
        if (Chrome.isChrome(raw) || LineShapes.isSeparator(s) || LineShapes.isReadingTime(s) || LineShapes.isWordCount(s)
                || Labels.isTags(s) || s.matches("[\\d.,·∙•]+[kKmM]?")) {
            lines.use(i);
        } else if (date.isPresent()) {
            found.date(Optional.of(date.get().date()));
            found.section(date.get().section());
            found.authors(date.get().authors());
            lines.use(i);
        } else if (byline.isPresent()) {
            found.authors(byline.get().authors());
            found.publisher(byline.get().outlet());
            bylineParts(raw);
            lines.use(i);
        } else if (crumbs.isPresent()) {
            List<String> items = crumbs.get().stream().filter(c -> !c.equals(found.title)).toList();
            found.section(items.isEmpty() ? Optional.empty() : Optional.of(items.get(items.size() - 1)));
            lines.use(i);
        } else if (summary.matches()) {
            found.summary(Optional.of(summary.group(1)));
            lines.use(i);
        } else if (Labels.section(s).isPresent()) {
            found.section(Labels.section(s));
            lines.use(i);
        } else if (Chrome.isContentsLabel(s)) {
            lines.use(i);
            BodyFilter.contents(lines, header, j);
        } else if (Chrome.isCredit(s)) {
            lines.use(i);
            if (j > 0 && !lines.isUsed(header.get(j - 1))
                    && LineShapes.wordCount(lines.text(header.get(j - 1))) <= MAX_CAPTION_WORDS) {
                lines.use(header.get(j - 1));
            }
        } else if (nextToDate(header, j) && nameAndPlace(s).isPresent()) {
            found.authors(List.of(nameAndPlace(s).get()));
            lines.use(i);
        } else {
            return false;
        }
        return true;
    }

    /** "By A · March 4, 2025 | Section": the date and section after the byline. */
    private void bylineParts(String raw) {
        String[] parts = InlineMarks.plain(raw).strip().split("\\s+[·|•]\\s+");
        for (int p = 1; p < parts.length; p++) {
            Optional<DateLine> d = DateLine.parse(parts[p]);
            if (d.isPresent()) {
                found.date(Optional.of(d.get().date()));
            } else if (p == parts.length - 1) {
                found.section(Optional.of(parts[p]));
            }
        }
    }

    /** A byline alone on its line, or followed by a date and a section after dots or bars. */
    static Optional<Byline> bylineOf(String raw) {
        String s = InlineMarks.plain(raw).strip();
        Optional<Byline> whole = Byline.parse(s);
        if (whole.isPresent()) {
            return whole;
        }
        String[] parts = s.split("\\s+[·|•]\\s+");
        if (parts.length < 2) {
            return Optional.empty();
        }
        for (int p = 1; p < parts.length; p++) {
            if (DateLine.parse(parts[p]).isEmpty() && !(p == parts.length - 1 && LineShapes.isNameShaped(parts[p])
                    && LineShapes.wordCount(parts[p]) <= MAX_KICKER_WORDS)) {
                return Optional.empty();
            }
        }
        return Byline.parse(parts[0]);
    }

    /** A byline without "By": a name alone, or "Name in Place" as some outlets print it. */
    private static Optional<String> nameAndPlace(String s) {
        if (Byline.isPersonName(s)) {
            return Optional.of(s);
        }
        Matcher m = NAME_IN_PLACE.matcher(s);
        return m.matches() && Byline.isPersonName(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
    }

    private boolean nextToDate(List<Integer> header, int j) {
        return j > 0 && DateLine.parse(lines.raw(header.get(j - 1))).isPresent()
                || j + 1 < header.size() && DateLine.parse(lines.raw(header.get(j + 1))).isPresent();
    }

    private static boolean isStandfirst(String s) {
        return s.length() <= MAX_STANDFIRST_CHARS && LineShapes.sentenceCount(s) <= 2;
    }
}
