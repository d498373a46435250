package dev.briefing.site;

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
    private final boolean warningsAreErrors;

    public SiteBuilder() {
        this(false);
    }

    /** @param warningsAreErrors fail on any warning, as errors ({@code --strict}) */
    public SiteBuilder(boolean warningsAreErrors) {
        this.warningsAreErrors = warningsAreErrors;
    }

    /**
     * @param write false for {@code check}: run every validation, write nothing
     */
    public record Options(Path contentDir, Path templatesDir, Path outDir, Optional<String> baseUrl, boolean write) {}

    /** What a build did: its warnings, how many files it wrote, and each stage's time. */
    public record Result(List<Problem> warnings, int fileCount, Map<String, Long> stageMillis, SiteIndex index,
            List<OutputFile> files) {}

    public Result build(Options options) throws BuildFailedException {
        Problems problems = new Problems();
        Map<String, Long> times = new LinkedHashMap<>();

        Content content = timed("load", times, () -> ContentLoader.load(options.contentDir(), problems));
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
        PeopleChecks.run(index, problems);
        failOnErrors(problems);

        Templates templates = new Templates(Optional.of(options.templatesDir()));
        List<OutputFile> files = timed("render", times, () -> {
            List<OutputFile> all = new ArrayList<>(new SiteRenderer(templates, markdown).render(index, problems));
            all.add(PeopleJson.render(index));
            return List.copyOf(all);
        });
        failOnErrors(problems);
        if (warningsAreErrors && !problems.sorted().isEmpty()) {
            throw new BuildFailedException(problems.sorted().stream()
                    .map(p -> new Problem(p.file(), p.line(), p.column(), Problem.Severity.ERROR, p.message())).toList());
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
        return new Result(warnings, files.size(), times, index, files);
    }


    private static void failOnErrors(Problems problems) throws BuildFailedException {
        if (problems.hasErrors()) {
            throw new BuildFailedException(problems.sorted());
        }
    }

    private static <T> T timed(String stage, Map<String, Long> times, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        times.put(stage, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
