package dev.briefing.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the blocks that close an article: a wire story's credit line (the story ends there), the
 * author block ("Written by" or "Author", the name, one line of bio), and the lists of cited works:
 * a "Sources" (References, Read more, …) list, and notes ({@code [1] …}) that cite a work.
 */
final class ClosingReader {
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?i)(about the author|the author|author|about me)\\s*:?");
    private static final Pattern NOTES_LABEL = Pattern.compile("(?i)(notes|footnotes|endnotes)\\s*:?");
    private static final int MAX_BIO_CHARS = 400;
    /** A footnote's own marker, "[1]" or "^1", as opposed to a numbered list's "1.". */
    private static final Pattern FOOTNOTE_MARKER = Pattern.compile("\\s*(?:\\[\\d{1,3}]|\\^\\d{1,3})\\s.*");

    private final Lines lines;
    private final Findings found;
    private final int from;

    private ClosingReader(Lines lines, Findings found, int from) {
        this.lines = lines;
        this.found = found;
        this.from = from;
    }

    static void read(Lines lines, Findings found, int from) {
        ClosingReader reader = new ClosingReader(lines, found, from);
        reader.wireCredit();
        reader.authorBlock();
        reader.sourceLists();
    }

    /** "Reporting by …; Editing by …" closes a wire story: it and all after it are not the article. */
    private void wireCredit() {
        for (int i : lines.filled(from)) {
            if (i > from && Chrome.isWireCredit(lines.raw(i))) {
                lines.useFrom(i);
                return;
            }
        }
    }

    /** The last author block: "Written by" (name on the same or the next line) or "Author", then a bio. */
    private void authorBlock() {
        List<Integer> filled = lines.filled(from);
        for (int k = filled.size() - 1; k > 0; k--) {
            String line = lines.raw(filled.get(k));
            Optional<String> written = LineShapes.writtenBy(line);
            boolean label = AUTHOR_LABEL.matcher(lines.text(filled.get(k))).matches();
            if (written.isEmpty() && !label) {
                continue;
            }
            String name = written.orElse("");
            int next = k + 1;
            if (name.isEmpty() && next < filled.size() && LineShapes.isNameShaped(lines.text(filled.get(next)))
                    && (written.isPresent() || Byline.isPersonName(lines.text(filled.get(next))))) {
                name = lines.text(filled.get(next++));
            }
            if (name.isEmpty()) {
                continue;
            }
            lines.use(filled.get(k));
            lines.use(filled.get(next - 1));
            boolean sameAuthor = found.authors.isEmpty() || found.authors.equals(List.of(name));
            found.authors(List.of(name));
            if (next < filled.size() && isBio(lines.raw(filled.get(next)))) {
                if (sameAuthor && found.authorDescription.isEmpty()) {
                    found.authorDescription = Optional.of(lines.text(filled.get(next)));
                }
                lines.use(filled.get(next));
            }
            avatarInitials(filled, k, name);
            return;
        }
    }

    private static boolean isBio(String line) {
        return !LineShapes.isListItem(line) && !LineShapes.isHeadingShaped(line) && !Chrome.isChrome(line)
                && InlineMarks.plain(line).strip().length() <= MAX_BIO_CHARS;
    }

    /** The avatar's initials ("TN") shown just before the byline, or anywhere above it. */
    private void avatarInitials(List<Integer> filled, int at, String name) {
        String initials = LineShapes.initialsOf(name);
        if (at > 0 && LineShapes.isInitials(lines.text(filled.get(at - 1)))) {
            lines.use(filled.get(at - 1));
        }
        for (int k = 0; k < at; k++) {
            if (lines.text(filled.get(k)).equals(initials)) {
                lines.use(filled.get(k));
            }
        }
    }

    /**
     * Every "Sources"-style or notes label followed by entries that cite works. Entries that cite
     * nothing (a note of its own) stay in the body, and so does the label then.
     */
    private void sourceLists() {
        List<Integer> filled = lines.filled(from);
        for (int k = 0; k < filled.size() - 1; k++) {
            String label = lines.raw(filled.get(k));
            boolean notes = NOTES_LABEL.matcher(lines.text(filled.get(k))).matches();
            if (lines.isUsed(filled.get(k)) || !notes && !LineShapes.isSourcesLabel(label)) {
                continue;
            }
            List<Integer> entries = entries(filled, k + 1);
            List<FoundSource> sources = new ArrayList<>();
            boolean allCite = !entries.isEmpty();
            for (int i : entries) {
                Optional<ImportedSource> source = ImportedSource.parse(lines.raw(i)).filter(s -> citesAWork(lines.raw(i), s));
                if (source.isPresent()) {
                    FoundSource.How how = notes || FOOTNOTE_MARKER.matcher(lines.raw(i)).matches()
                            ? FoundSource.How.FOOTNOTE : FoundSource.How.SOURCE_LIST;
                    String entry = InlineMarks.plain(ImportedSource.itemText(lines.raw(i)));
                    sources.add(new FoundSource(source.get(), how, lines.place(i, entry)));
                    lines.use(i);
                } else {
                    allCite = false;
                }
            }
            if (allCite || !sources.isEmpty() && !notes) {
                lines.use(filled.get(k));
            }
            found.sources.addAll(sources);
        }
    }

    /** The lines of the list after a label: list or note items, else the contiguous lines that follow. */
    private List<Integer> entries(List<Integer> filled, int start) {
        List<Integer> entries = new ArrayList<>();
        boolean list = isItem(lines.raw(filled.get(start)));
        for (int j = start; j < filled.size(); j++) {
            int i = filled.get(j);
            boolean contiguous = j == start || i == filled.get(j - 1) + 1;
            if (lines.isUsed(i) || (list ? !isItem(lines.raw(i)) : !contiguous)) {
                break;
            }
            entries.add(i);
        }
        return entries;
    }

    private static boolean isItem(String line) {
        return LineShapes.isListItem(line) || ImportedSource.isNoteItem(line);
    }

    /**
     * An entry cites a work when it states more than a title: a publisher, a URL, a date, or
     * (as a list item under a sources label) at least a title standing alone. A sentence that
     * links only some of its words, on a line of its own, is the article going on after a label
     * such as "Read more" (a button of the page), not an entry.
     */
    private static boolean citesAWork(String line, ImportedSource s) {
        if (!isItem(line) && LineShapes.isProse(line) && !InlineMarks.isOneLink(line)) {
            return false;
        }
        boolean stated = s.publisher().isPresent() || s.url().isPresent() || s.date().isPresent();
        return stated || LineShapes.isListItem(line) && !ImportedSource.isNoteItem(line) && !LineShapes.isProse(s.title());
    }
}
