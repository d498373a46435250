package dev.briefing.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns two renderings' blocks in order, like a line diff: the longest common subsequence of
 * equal blocks is matched, and what lies between matches are the runs that differ.
 *
 * <p>Blocks that are equal and start on the same source line are matched first, without a search;
 * the subsequence is only looked for between them, where the renderings differ. A long article
 * with a few differences then costs time in proportion to its length, not its square. Between two
 * such anchors, when both sides hold more than {@link #MAX_SEARCH} pairs of blocks, the blocks are
 * left to {@link #byLine} instead of a quadratic table.
 */
final class BlockAlignment {
    /** The most cells of a longest-common-subsequence table built between two anchors. */
    static final int MAX_SEARCH = 250_000;

    private BlockAlignment() {}

    /** Blocks of each side between two matched blocks; at least one side is non-empty. */
    record Run(List<RenderedBlock> reference, List<RenderedBlock> site) {
        /** Both sides show the same blocks: not a difference. */
        boolean same() {
            return reference.stream().map(RenderedBlock::html).toList()
                    .equals(site.stream().map(RenderedBlock::html).toList());
        }
    }

    static List<Run> unmatchedRuns(List<RenderedBlock> a, List<RenderedBlock> b) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        int j = 0;
        int fromA = 0;
        int fromB = 0;
        while (i < a.size() && j < b.size()) {
            RenderedBlock x = a.get(i);
            RenderedBlock y = b.get(j);
            if (x.line() == y.line() && x.html().equals(y.html())) {
                runs.addAll(between(a.subList(fromA, i), b.subList(fromB, j)));
                fromA = ++i;
                fromB = ++j;
            } else if (x.line() < y.line()) {
                i++;
            } else if (y.line() < x.line()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        runs.addAll(between(a.subList(fromA, a.size()), b.subList(fromB, b.size())));
        return runs;
    }

    /** The runs between two anchors, by longest common subsequence when the table stays small. */
    private static List<Run> between(List<RenderedBlock> a, List<RenderedBlock> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return List.of();
        }
        if ((long) a.size() * b.size() > MAX_SEARCH) {
            return List.of(new Run(List.copyOf(a), List.copyOf(b)));
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).html().equals(b.get(j).html()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Run> runs = new ArrayList<>();
        List<RenderedBlock> onlyA = new ArrayList<>();
        List<RenderedBlock> onlyB = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).html().equals(b.get(j).html())) {
                flush(runs, onlyA, onlyB);
                i++;
                j++;
            } else if (j >= b.size() || i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1]) {
                onlyA.add(a.get(i++));
            } else {
                onlyB.add(b.get(j++));
            }
        }
        flush(runs, onlyA, onlyB);
        return runs;
    }

    /**
     * Splits a run into smaller runs by source line: each reference block with the site blocks
     * that start within its lines; site blocks between reference blocks stand alone. A reference
     * block the site has no block for joins the run before it (the site made it part of that
     * block, as when a list cannot interrupt a paragraph).
     */
    static List<Run> byLine(Run run) {
        if (run.reference().isEmpty() || run.site().isEmpty()) {
            return List.of(run);
        }
        List<RenderedBlock> ref = run.reference();
        List<List<RenderedBlock>> within = new ArrayList<>();
        List<List<RenderedBlock>> after = new ArrayList<>(); // after.get(i + 1): site blocks after ref i's lines
        for (int i = 0; i <= ref.size(); i++) {
            within.add(new ArrayList<>());
            after.add(new ArrayList<>());
        }
        for (RenderedBlock s : run.site()) {
            int at = lastStartingBy(ref, s.line());
            if (at >= 0 && s.line() <= ref.get(at).endLine()) {
                within.get(at).add(s);
            } else {
                after.get(at + 1).add(s);
            }
        }
        List<Run> runs = new ArrayList<>();
        List<RenderedBlock> reference = new ArrayList<>();
        List<RenderedBlock> site = new ArrayList<>();
        for (int i = 0; i <= ref.size(); i++) {
            if (!after.get(i).isEmpty()) {
                addRun(runs, reference, site);
                runs.add(new Run(List.of(), List.copyOf(after.get(i))));
            }
            if (i == ref.size()) {
                break;
            }
            if (!within.get(i).isEmpty()) {
                addRun(runs, reference, site);
            }
            reference.add(ref.get(i));
            site.addAll(within.get(i));
        }
        addRun(runs, reference, site);
        return runs;
    }

    /** The last block starting on or before {@code line}, or -1; blocks are in source order. */
    private static int lastStartingBy(List<RenderedBlock> blocks, int line) {
        int lo = 0;
        int hi = blocks.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).line() <= line) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static void addRun(List<Run> runs, List<RenderedBlock> reference, List<RenderedBlock> site) {
        if (!reference.isEmpty() || !site.isEmpty()) {
            runs.add(new Run(List.copyOf(reference), List.copyOf(site)));
            reference.clear();
            site.clear();
        }
    }

    private static void flush(List<Run> runs, List<RenderedBlock> onlyA, List<RenderedBlock> onlyB) {
        if (!onlyA.isEmpty() || !onlyB.isEmpty()) {
            runs.add(new Run(List.copyOf(onlyA), List.copyOf(onlyB)));
            onlyA.clear();
            onlyB.clear();
        }
    }
}
