package dev.briefing.site;

import dev.briefing.render.BibliographyExports;
import dev.briefing.cite.CitationProcessors;
import dev.briefing.discover.DiscoveryOutputs;
import dev.briefing.check.PeopleChecks;
import dev.briefing.errors.BuildFailedException;
import dev.briefing.errors.Problem;
import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.index.SiteIndex;
import dev.briefing.load.Content;
import dev.briefing.load.ContentLoader;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.newsletter.NewsletterRenderer;
import dev.briefing.model.SiteConfig;
import dev.briefing.publish.Publisher;
import dev.briefing.render.OutputFile;
import dev.briefing.render.PeopleJson;
import dev.briefing.render.SiteRenderer;
import dev.briefing.render.Templates;
import java.io.IOException;
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
 *   <li>load: site settings, people registry and articles into typed records;</li>
 *   <li>parse: every article's Markdown, in parallel;</li>
 *   <li>index: mentions found in one pass, sources merged, links checked, back-links computed;
 *       then the editor checks about people ({@link PeopleChecks});</li>
 *   <li>render: every page from templates, in parallel, and {@code people.json};</li>
 *   <li>publish: the whole site swapped into the output folder.</li>
 * </ol>
 * Any error stops the build before publishing, so the previous output stays as it was.
 */
public final class SiteBuilder {
    private final MarkdownEngine markdown = new MarkdownEngine();
    private final CitationProcessors citations = new CitationProcessors();
    private Templates templates;
    private Path templatesDir;

    /**
     * @param write false for {@code check}: run every validation, write nothing
     * @param strict treat every warning as an error (nothing is written)
     */
    public record Options(Path contentDir, Path templatesDir, Path outDir, Optional<String> baseUrl, boolean write,
            boolean strict) {
        public Options(Path contentDir, Path templatesDir, Path outDir, Optional<String> baseUrl, boolean write) {
            this(contentDir, templatesDir, outDir, baseUrl, write, false);
        }
    }

    /**
     * What a build did: its warnings, how many files it wrote, and each stage's time.
     *
     * @param notices what the build chose to leave out and why (no base URL: no feed), for the user
     */
    public record Result(List<Problem> warnings, int fileCount, Map<String, Long> stageMillis, SiteIndex index,
            List<OutputFile> files, List<String> notices) {}

    public Result build(Options options) throws BuildFailedException {
        Problems problems = new Problems();
        Map<String, Long> times = new LinkedHashMap<>();

        Content content = timed("load", times, () -> ContentLoader.load(options.contentDir(), problems));
        ContentLoader.checkTemplatesFolder(options.templatesDir(), problems);
        SiteConfig site = options.baseUrl()
                .map(url -> ContentLoader.withBaseUrl(content.site(), url, problems))
                .orElse(content.site());
        if (options.write()) {
            Publisher.checkTarget(options.outDir(), List.of(options.contentDir(), options.templatesDir()), problems);
        }
        List<ParsedArticle> parsed = timed("parse", times, () -> content.articles().parallelStream()
                .filter(a -> !a.draft())
                .map(a -> new ParsedArticle(a, markdown.parse(a.body())))
                .toList());
        SiteIndex index = timed("index", times, () -> SiteIndex.build(site, parsed, content.people(), problems));
        timed("check", times, () -> {
            PeopleChecks.run(index, problems);
            return null;
        });
        failOnErrors(problems);

        Templates templates = templates(options.templatesDir());
        List<String> notices = new ArrayList<>();
        List<OutputFile> files = timed("render", times, () -> {
            List<OutputFile> pages = new SiteRenderer(templates, markdown, citations).render(index, problems);
            DiscoveryOutputs.Result discovery = DiscoveryOutputs.render(index, pages, templates, markdown, problems);
            notices.addAll(discovery.notices());
            List<OutputFile> all = new ArrayList<>(pages);
            all.addAll(discovery.files());
            all.addAll(BibliographyExports.files(index));
            all.add(PeopleJson.render(index));
            all.addAll(new NewsletterRenderer(templates, markdown)
                    .render(index, options.contentDir().resolve(ContentLoader.SITE_FILE), problems));
            return List.copyOf(all);
        });
        failOnErrors(problems);
        if (options.strict()) {
            failOnWarnings(problems);
        }

        if (options.write()) {
            timed("publish", times, () -> {
                try {
                    Publisher.publish(options.outDir(), files);
                } catch (IOException e) {
                    problems.error(SourcePosition.startOf(options.outDir()), "cannot write the site: " + e.getMessage());
                }
                return null;
            });
            failOnErrors(problems);
        }
        List<Problem> warnings = problems.sorted().stream().filter(p -> !p.isError()).toList();
        return new Result(warnings, files.size(), times, index, files, List.copyOf(notices));
    }

    /**
     * The FreeMarker configuration, kept while the templates folder stays the same: a builder reused
     * by {@code serve} re-reads only templates whose files changed (FreeMarker checks each one's
     * modification time), instead of parsing the whole theme again on every rebuild.
     */
    private synchronized Templates templates(Path dir) {
        if (templates == null || !dir.equals(templatesDir)) {
            templates = new Templates(Optional.of(dir));
            templatesDir = dir;
        }
        return templates;
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

    private static <T> T timed(String stage, Map<String, Long> times, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        times.put(stage, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
