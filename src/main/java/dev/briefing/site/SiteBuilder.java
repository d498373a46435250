package dev.briefing.site;

import dev.briefing.check.PeopleChecks;
import dev.briefing.cite.CitationCache;
import dev.briefing.cite.CitationStyles;
import dev.briefing.cite.FormattedBibliography;
import dev.briefing.errors.BuildFailedException;
import dev.briefing.errors.Problem;
import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.index.SiteIndex;
import dev.briefing.load.ArticleFiles;
import dev.briefing.load.ContentFiles;
import dev.briefing.load.Content;
import dev.briefing.load.ContentLoader;
import dev.briefing.markdown.ArticleParser;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Person;
import dev.briefing.model.SiteConfig;
import dev.briefing.newsletter.Newsletter;
import dev.briefing.publish.Publisher;
import dev.briefing.publish.SiteWriter;
import dev.briefing.render.Output;
import dev.briefing.render.OutputFormat;
import dev.briefing.render.Sink;
import dev.briefing.render.Templates;
import dev.briefing.sitemodel.ModelBuilder;
import dev.briefing.sitemodel.SiteModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds a site. The stages run in this order, each timed:
 * <ol>
 *   <li>load: site settings, people registry and articles into typed records; the templates'
 *       syntax is checked too, so template and content errors come in one report;</li>
 *   <li>parse: every article's Markdown, in parallel: parsed, its mentions, headings, links and
 *       source lists found, rendered to HTML once ({@link ArticleParser});</li>
 *   <li>index: mentions, citations and back-links combined across the site, references checked;</li>
 *   <li>check: the editor checks about people ({@link PeopleChecks});</li>
 *   <li>citations: every work formatted once in the site's citation style, in parallel, reusing
 *       the cache of earlier builds;</li>
 *   <li>model: every page's view, once ({@link ModelBuilder});</li>
 *   <li>one stage per output, in the order of {@link Outputs}: pages, assets, feed, sitemap, …,
 *       newsletter; each writes its files as it makes them;</li>
 *   <li>publish: the complete site put in place of the output folder in one step.</li>
 * </ol>
 * Any error stops the build before publishing, so the previous output stays as it was.
 *
 * <p>A builder made by {@link #incremental()} keeps what each build read, parsed and rendered, and
 * the next build redoes only what its input changed: {@code serve} rebuilds after an edit this way.
 */
public final class SiteBuilder {
    private final MarkdownEngine markdown = new MarkdownEngine();
    private final CitationStyles citationStyles = new CitationStyles();
    private final boolean incremental;
    private final ArticleFiles articleFiles;
    private final Output.RenderMemo memo;
    private final ParseMemo parsed;
    private final Map<Optional<Path>, CitationCache> citationCaches = new LinkedHashMap<>();
    private final Map<Path, ContentFiles> contentFiles = new LinkedHashMap<>();
    /** For {@code serve}: citations as pages show them, kept from build to build. */
    private final Map<String, String> shownCitations = new java.util.concurrent.ConcurrentHashMap<>();
    /** For {@code serve}: an edited article's page, made before the rest of the site is built again. */
    private final EarlyPages early = new EarlyPages(shownCitations);
    private Templates templates;
    private Path templatesDir;

    public SiteBuilder() {
        this(false);
    }

    private SiteBuilder(boolean incremental) {
        this.incremental = incremental;
        this.articleFiles = incremental ? ArticleFiles.keeping() : ArticleFiles.none();
        this.memo = incremental ? Output.RenderMemo.keeping() : Output.RenderMemo.none();
        this.parsed = new ParseMemo(incremental);
    }

    /** A builder for builds that follow each other: each redoes only what changed since the last. */
    public static SiteBuilder incremental() {
        return new SiteBuilder(true);
    }

    /** Told when each stage starts and ends, to show progress. */
    public interface Progress {
        Progress NONE = new Progress() {};

        default void started(String stage) {}

        default void finished(String stage, long millis) {}

        /**
         * The pages of articles just edited, by site path, made before the index and everything
         * after it are built again (incremental builds only, and only for an edit that leaves what
         * other pages read from the article as it was). The build goes on to make every file.
         */
        default void earlyPages(Map<String, byte[]> pages) {}
    }

    /**
     * @param write false for {@code check}: run every validation, write nothing
     * @param strict treat every warning as an error (nothing is written)
     * @param drafts include articles marked {@code draft: true} (a preview: they stay out of the feed,
     *     the sitemap and the newsletter, and their pages ask search engines not to index them)
     * @param cacheDir where formatted citations are kept between builds; empty for none
     */
    public record Options(Path contentDir, Path templatesDir, Path outDir, Optional<String> baseUrl, boolean write,
            boolean strict, boolean drafts, Optional<Path> cacheDir, Progress progress) {
        public Options(Path contentDir, Path templatesDir, Path outDir, Optional<String> baseUrl, boolean write,
                boolean strict) {
            this(contentDir, templatesDir, outDir, baseUrl, write, strict, false, Optional.empty(), Progress.NONE);
        }

        public Options(Path contentDir, Path templatesDir, Path outDir, Optional<String> baseUrl, boolean write) {
            this(contentDir, templatesDir, outDir, baseUrl, write, false);
        }

        /** The cache folder a site uses unless told otherwise: {@code .briefing-cache} beside its content folder. */
        public static Path defaultCacheDir(Path contentDir) {
            Path parent = contentDir.toAbsolutePath().normalize().getParent();
            return (parent == null ? contentDir.toAbsolutePath() : parent).resolve(".briefing-cache");
        }
    }

    /**
     * What a build did: its warnings, the files it wrote, and each stage's time.
     *
     * @param paths every file of the site, relative to its root, sorted
     * @param notices what the build chose to leave out and why (no base URL: no feed), for the user
     */
    public record Result(List<Problem> warnings, int fileCount, Map<String, Long> stageMillis, SiteIndex index,
            List<String> paths, List<String> notices) {}

    /** Builds into the output folder ({@code write}), or checks everything and writes nothing. */
    public Result build(Options options) throws BuildFailedException {
        Problems problems = new Problems();
        if (!options.write()) {
            return build(options, Sink.discard(), problems, null);
        }
        Publisher.checkTarget(options.outDir(), List.of(options.contentDir(), options.templatesDir()), problems);
        failOnErrors(problems);
        try (SiteWriter writer = SiteWriter.open(options.outDir())) {
            return build(options, writer, problems, writer);
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(options.outDir()), "cannot write the site: " + e.getMessage());
            throw new BuildFailedException(problems.sorted());
        }
    }

    /** Builds into {@code sink} (the preview's memory); nothing is written to disk but the citation cache. */
    public Result build(Options options, Sink sink) throws BuildFailedException {
        return build(options, sink, new Problems(), null);
    }

    private Result build(Options options, Sink sink, Problems problems, SiteWriter writer) throws BuildFailedException {
        Map<String, Long> times = new LinkedHashMap<>();
        Stages stages = new Stages(times, options.progress());

        Templates templates = templates(options.templatesDir());
        Indexed indexed = loadParseAndIndex(options, templates, stages, problems);
        SiteConfig site = indexed.index().site();
        SiteIndex index = indexed.index();
        stages.run("check", () -> {
            PeopleChecks.run(index, problems);
            return null;
        });
        List<String> staticFiles = staticFiles(options.contentDir(), problems);
        failOnErrors(problems);

        CitationCache cache = citationCache(options);
        FormattedBibliography citations = stages.run("citations", () -> FormattedBibliography.of(index,
                citationStyles.forStyle(site.citationStyle()), cache));
        SiteModel model = stages.run("model", () -> ModelBuilder.build(index, citations, options.contentDir(),
                staticFiles, incremental ? shownCitations : new java.util.concurrent.ConcurrentHashMap<>()));

        CountingSink counted = new CountingSink(sink);
        Output out = new Output(templates, counted, problems, memo);
        List<String> leftOut = new ArrayList<>();
        List<OutputFormat> formats = new ArrayList<>();
        for (OutputFormat format : Outputs.all()) {
            if (format.needsBaseUrl() && site.baseUrl().isEmpty()) {
                leftOut.add(format.missingWithoutBaseUrl());
            } else {
                formats.add(format);
                stages.reserve(format.name());
            }
        }
        try {
            OutputLanes.run(formats, format -> stages.run(format.name(), () -> {
                format.write(model, out);
                return null;
            }));
        } catch (UncheckedIOException e) {
            problems.error(SourcePosition.startOf(options.outDir()), "cannot write the site: " + e.getCause().getMessage());
        }
        failOnErrors(problems);
        if (options.strict()) {
            failOnWarnings(problems);
        }
        if (writer != null) {
            stages.run("publish", () -> {
                try {
                    writer.commit();
                } catch (IOException e) {
                    problems.error(SourcePosition.startOf(options.outDir()), "cannot write the site: " + e.getMessage());
                }
                return null;
            });
            failOnErrors(problems);
        }
        if (options.write() || incremental) {
            try {
                cache.flush();
            } catch (IOException e) {
                problems.warning(SourcePosition.startOf(options.cacheDir().orElse(options.contentDir())),
                        "cannot save the citation cache: " + e.getMessage());
            }
        }
        if (incremental) {
            early.remember(site, indexed.people(), indexed.parsed(), model, citations, templates, options.drafts());
        }
        List<String> notices = leftOut.isEmpty() ? List.of() : List.of(noBaseUrl(leftOut, site));
        List<Problem> warnings = problems.sorted().stream().filter(p -> !p.isError()).toList();
        List<String> paths = counted.paths();
        return new Result(warnings, paths.size(), times, index, paths, notices);
    }

    /**
     * What the first three stages leave: the index, and for {@code serve} the articles as parsed
     * (its early pages compare the next parse with them).
     */
    private record Indexed(SiteIndex index, List<Person> people, List<ParsedArticle> parsed) {}

    /**
     * The load, parse and index stages, and {@code serve}'s early pages. A build lets the parsed
     * articles go once the index holds its own copies (with their source links set), so a large
     * site's bodies are not held twice while its pages are made.
     */
    private Indexed loadParseAndIndex(Options options, Templates templates, Stages stages, Problems problems) {
        Parsed parsed = loadAndParse(options, templates, stages, problems);
        SiteConfig site = parsed.site();
        List<ParsedArticle> articles = parsed.articles();
        if (incremental) {
            Map<String, byte[]> earlyPages = stages.run("early pages",
                    () -> early.pages(site, parsed.people(), articles, templates, options.drafts()));
            if (!earlyPages.isEmpty()) {
                options.progress().earlyPages(earlyPages);
            }
        }
        SiteIndex index = stages.run("index", () -> SiteIndex.build(site, articles, parsed.people(),
                parsed.draftsLeftOut(), parsed.unreadSlugs(), problems));
        return new Indexed(index, parsed.people(), incremental ? articles : List.of());
    }

    /** What the first two stages leave: the articles parsed, their Markdown let go. */
    private record Parsed(SiteConfig site, List<Person> people, List<ParsedArticle> articles,
            java.util.Set<String> draftsLeftOut, java.util.Set<String> unreadSlugs) {}

    /**
     * The load and parse stages. The loaded content (every article's Markdown) is only referenced
     * here, so it can be collected once the articles are parsed: a large site's bodies need not
     * stay in memory while its pages are made.
     */
    private Parsed loadAndParse(Options options, Templates templates, Stages stages, Problems problems) {
        Content content = stages.run("load", () -> {
            Content c = ContentLoader.load(options.contentDir(), problems, articleFiles);
            ContentLoader.checkTemplatesFolder(options.templatesDir(), problems);
            templates.checkSyntax(problems);
            Newsletter.checkStyles(templates, problems);
            return c;
        });
        SiteConfig site = options.baseUrl()
                .map(url -> ContentLoader.withBaseUrl(content.site(), url, problems))
                .orElse(content.site());
        List<ParsedArticle> articles = stages.run("parse", () -> parse(content, site, options, problems));
        java.util.Set<String> draftsLeftOut = content.articles().stream().filter(a -> a.draft() && !options.drafts())
                .map(a -> a.slug()).collect(java.util.stream.Collectors.toSet());
        return new Parsed(site, content.people(), articles, draftsLeftOut, content.unreadSlugs());
    }

    private List<ParsedArticle> parse(Content content, SiteConfig site, Options options, Problems problems) {
        ArticleParser parser = parsed.parserFor(markdown, content.people(), site.linkEveryMention(),
                contentFiles(options.contentDir()));
        List<ParsedArticle> out = content.articles().parallelStream()
                .filter(a -> options.drafts() || !a.draft())
                .map(a -> parsed.parse(parser, a, problems))
                .toList();
        parsed.keepOnly(java.util.Set.copyOf(content.articles()));
        return out;
    }

    private List<String> staticFiles(Path contentDir, Problems problems) {
        ContentFiles files = contentFiles(contentDir);
        try {
            return files.published(contentDir, problems).stream().map(files::sitePath).toList();
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(contentDir), "cannot list the content's files: " + e.getMessage());
            return List.of();
        }
    }

    /** What a build without a base URL leaves out, in one notice. */
    private static String noBaseUrl(List<String> leftOut, SiteConfig site) {
        return "No base URL (set base_url in content/site.yaml or pass --base-url), so this build left out "
                + String.join(", ", leftOut) + ", and the parts of pages that need absolute links (canonical links, "
                + "og:url, the JSON-LD search action and the Sitemap line of robots.txt). JSON-LD uses page-relative "
                + "URLs, and 404.html's links are relative to the site root"
                + (site.cname().isPresent() ? " of the CNAME domain." : "; a script on it finds the root for a missing "
                + "page at any depth (without JavaScript its links work only for a missing top-level page).");
    }

    private synchronized ContentFiles contentFiles(Path contentDir) {
        return contentFiles.computeIfAbsent(contentDir.toAbsolutePath().normalize(), ContentFiles::new);
    }

    /** Forgets parsed articles, for a change to a content file they may name (an image, a document). */
    public void contentFilesChanged() {
        parsed.clear();
        early.forget();
    }

    private synchronized CitationCache citationCache(Options options) {
        return citationCaches.computeIfAbsent(options.cacheDir(), CitationCache::new);
    }

    /**
     * The FreeMarker configuration, kept while the templates folder stays the same: a builder reused
     * by {@code serve} parses the theme once and again only after {@link #templatesChanged}.
     */
    private synchronized Templates templates(Path dir) {
        if (templates == null || !dir.equals(templatesDir)) {
            templates = new Templates(Optional.of(dir));
            templatesDir = dir;
            memo.clear();
        }
        return templates;
    }

    /** Forgets every rendered page, for a template change: the next build renders all of them. */
    public synchronized void templatesChanged() {
        if (templates != null) {
            templates.reload();
        }
        memo.clear();
        early.forget();
    }

    private static void failOnErrors(Problems problems) throws BuildFailedException {
        if (problems.hasErrors()) {
            throw new BuildFailedException(problems.sorted());
        }
    }

    /** Under {@code --strict}: every warning reported as an error, and the build stops. */
    private static void failOnWarnings(Problems problems) throws BuildFailedException {
        List<Problem> warnings = problems.sorted().stream().filter(p -> !p.isError())
                .map(p -> Problem.error(new SourcePosition(p.file(), p.line(), p.column()), p.message())).toList();
        if (!warnings.isEmpty()) {
            throw new BuildFailedException(warnings);
        }
    }

    /**
     * Runs and times stages, telling the progress listener. Outputs run side by side
     * ({@link OutputLanes}), so stages may start and end on two threads at once.
     */
    private record Stages(Map<String, Long> times, Progress progress) {
        /** Puts a stage in its place in the times, whichever stage that runs beside it ends first. */
        void reserve(String stage) {
            synchronized (times) {
                times.putIfAbsent(stage, 0L);
            }
        }

        <T> T run(String stage, Supplier<T> work) {
            synchronized (progress) {
                progress.started(stage);
            }
            long start = System.nanoTime();
            T result = work.get();
            long millis = (System.nanoTime() - start) / 1_000_000;
            synchronized (times) {
                times.put(stage, millis);
            }
            synchronized (progress) {
                progress.finished(stage, millis);
            }
            return result;
        }
    }
}
