package dev.briefing.render;

import dev.briefing.sitemodel.SiteModel;

/**
 * One kind of output the site has, as a row of the table of outputs the build runs in order
 * ({@link Outputs}): site pages, theme assets, feed, sitemap, search index, data exports,
 * newsletter. Each reads the {@link SiteModel} and writes its files to the output's sink.
 */
public interface OutputFormat {
    /** Short name, for the build's stage times ("pages", "feed"). */
    String name();

    /**
     * Whether the output needs absolute URLs; such outputs are left out of a build without a base
     * URL, and the build says which.
     */
    default boolean needsBaseUrl() {
        return false;
    }

    /** What a build without a base URL misses because of this row, for the notice. */
    default String missingWithoutBaseUrl() {
        return name();
    }

    /**
     * Whether the build may run this output beside the others rather than after them. An output
     * that is mostly one thread's work (the feed, the data exports: files that grow with the whole
     * site, written in one pass) then fills the core that the parallel outputs leave idle between
     * their tasks. Such an output reads only the model, never what the other outputs wrote
     * ({@link Output#pages()}), and records no pages of its own. The search index, which holds its
     * files until they are all made, stays in line: beside the others it took a 10,000-article
     * build's peak memory past 1 GiB.
     */
    default boolean runsBeside() {
        return false;
    }

    void write(SiteModel model, Output out);
}
