package dev.briefing.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns two renderings' blocks in order, like a line diff: the longest common subsequence of
 * equal blocks is matched, and what lies between matches are the runs that differ.
 */
final class BlockAlignment {
    private BlockAlignment() {}

    /** Blocks of each side between two matched blocks; at least one side is non-empty. */
    record Run(List<RenderedBlock> reference, List<RenderedBlock> site) {}

    static List<Run> unmatchedRuns(List<RenderedBlock> a, List<RenderedBlock> b) {
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
            int at = -1;
            for (int i = 0; i < ref.size(); i++) {
                if (ref.get(i).line() <= s.line()) {
                    at = i;
                }
            }
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
