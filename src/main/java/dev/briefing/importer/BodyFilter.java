package dev.briefing.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Drops the page chrome between and after the article's paragraphs: controls, banners, teasers,
 * captions with their credits, heading-anchor artifacts ({@code #}), boxes of links to other
 * articles ("Related", "Most read", "Share this:" and the entries under them, up to the next line
 * of prose that is not a link of its own), a table of contents, and after a copyright line
 * everything that is not prose.
 * Category lines give the section. Prose is never dropped except as a caption or a banner.
 */
final class BodyFilter {
    private static final Pattern ANCHOR_ARTIFACT = Pattern.compile("[#¶§🔗]");
    private static final Pattern TRAILING_ANCHOR = Pattern.compile("\\s+[#¶🔗]$");
    private static final int MAX_CAPTION_WORDS = 50;

    private BodyFilter() {}

    static void apply(Lines lines, Findings found, int from) {
        List<Integer> filled = lines.filled(from);
        boolean inBox = false;
        boolean inFooter = false;
        for (int k = 0; k < filled.size(); k++) {
            int i = filled.get(k);
            if (lines.isUsed(i)) {
                continue;
            }
            String raw = lines.raw(i);
            String s = lines.text(i);
            Optional<String> section = Labels.section(s);
            if (ANCHOR_ARTIFACT.matcher(s).matches() || LineShapes.isReadingTime(s) || Labels.isTags(s)) {
                lines.use(i);
            } else if (section.isPresent()) {
                found.section(section);
                lines.use(i);
            } else if (Chrome.isCopyright(raw)) {
                lines.use(i);
                inFooter = true;
            } else if (Chrome.isChrome(raw)) {
                lines.use(i);
            } else if (Chrome.isBoxLabel(s) || LineShapes.isSourcesLabel(s)) {
                lines.use(i);
                inBox = true;
            } else if (Chrome.isContentsLabel(s)) {
                lines.use(i);
                k = contents(lines, filled, k);
            } else if (Chrome.isCredit(s) && !lines.isMarkedHeading(i)) {
                lines.use(i);
                caption(lines, filled, k);
            } else if ((inBox || inFooter) && !LineShapes.isProse(s) || inBox && InlineMarks.isOneLink(raw)) {
                lines.use(i);
            } else {
                inBox = false;
                if (!lines.isQuoted(i) && TRAILING_ANCHOR.matcher(raw).find() && LineShapes.isHeadingShaped(
                        TRAILING_ANCHOR.matcher(raw).replaceFirst(""))) {
                    lines.rewrite(i, TRAILING_ANCHOR.matcher(raw).replaceFirst(""));
                }
            }
        }
    }

    /** The caption a credit line follows, when it is a short paragraph. */
    private static void caption(Lines lines, List<Integer> filled, int creditAt) {
        if (creditAt == 0) {
            return;
        }
        int i = filled.get(creditAt - 1);
        String s = lines.text(i);
        if (!lines.isUsed(i) && !LineShapes.isListItem(s) && !lines.isMarkedHeading(i)
                && LineShapes.wordCount(s) <= MAX_CAPTION_WORDS && LineShapes.sentenceCount(s) <= 2) {
            lines.use(i);
        }
    }

    /** A table of contents: its entries up to the first line that repeats one (the heading itself). */
    static int contents(Lines lines, List<Integer> filled, int label) {
        List<String> entries = new ArrayList<>();
        int k = label + 1;
        for (; k < filled.size(); k++) {
            String s = lines.text(filled.get(k));
            if (LineShapes.isProse(s) || entries.contains(s)) {
                break;
            }
            entries.add(s);
            lines.use(filled.get(k));
        }
        return k - 1;
    }
}
