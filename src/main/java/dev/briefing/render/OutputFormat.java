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

    void write(SiteModel model, Output out);
}
