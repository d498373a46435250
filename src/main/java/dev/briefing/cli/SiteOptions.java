package dev.briefing.cli;

import java.nio.file.Path;
import dev.briefing.site.SiteBuilder;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a site's input and output are; shared by the commands that build or check a site. */
final class SiteOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder: site.yaml, people.yaml, articles/ (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates that override the built-in theme file by file (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-out",
            description = "Output folder, replaced as a whole on success (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site is published at; overrides base_url in site.yaml.")
    String baseUrl;

    @Option(names = "--strict", description = "Treat warnings as errors (for CI): nothing is written.")
    boolean strict;

    @Option(names = "--drafts", description = "Include articles marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where formatted citations are kept between builds (default: .briefing-cache beside the "
                    + "content folder).")
    Path cache;

    @Option(names = "--no-cache", description = "Keep no citation cache: format every citation afresh.")
    boolean noCache;

    Optional<String> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /** The build's options; {@code write} false checks everything and writes nothing. */
    SiteBuilder.Options options(boolean write, SiteBuilder.Progress progress) {
        return options(write, progress, baseUrl());
    }

    /** The build's options, published at {@code baseUrl}. */
    SiteBuilder.Options options(boolean write, SiteBuilder.Progress progress, Optional<String> baseUrl) {
        Optional<Path> cacheDir = noCache ? Optional.empty()
                : Optional.of(cache != null ? cache : SiteBuilder.Options.defaultCacheDir(content));
        return new SiteBuilder.Options(content, templates, out, baseUrl, write, strict, drafts, cacheDir, progress);
    }
}
