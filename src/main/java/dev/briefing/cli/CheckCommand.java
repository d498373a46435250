package dev.briefing.cli;

import dev.briefing.check.PortabilityChecker;
import dev.briefing.errors.BuildFailedException;
import dev.briefing.errors.Problem;
import dev.briefing.errors.Problems;
import dev.briefing.load.ContentLoader;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.site.SiteBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code briefing check}: every validation {@code build} runs, writing nothing, plus the CommonMark
 * portability report (blocks GitHub and other CommonMark tools would show differently).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Runs every validation the build runs and reports all problems; writes nothing.",
                "Also warns about every block of an article that CommonMark (commonmark-java, with GitHub's "
                        + "tables, strikethrough and autolinks) renders differently from the site.",
                "Counts the works the articles cite and how many lack a URL or a date; --sources lists every one "
                        + "with its facts and each place an article cites it (path:line:column)."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    /** How {@code --sources} lists the cited works. */
    enum ListFormat { text, json }

    @Option(names = "--sources", arity = "0..1", paramLabel = "FORMAT", fallbackValue = "text",
            description = "List every cited work: its id and facts (title, author, publisher, date, url; "
                    + "\"no URL\", \"no date\" when missing) and each place an article cites it, in its front "
                    + "matter or its Sources list. FORMAT: ${COMPLETION-CANDIDATES} (default: text); json prints "
                    + "only JSON on standard output, the summary going to standard error.")
    ListFormat sources;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            // Not strict here: the build would stop at its first warnings, before the portability
            // report; --strict is applied below, to every warning at once.
            var o = site.options(false, TerminalProgress.forTerminal(err));
            var result = new SiteBuilder().build(new SiteBuilder.Options(o.contentDir(), o.templatesDir(), o.outDir(),
                    o.baseUrl(), false, false, o.drafts(), o.cacheDir(), o.progress()));
            Problems portability = new Problems();
            PortabilityChecker checker = new PortabilityChecker(new MarkdownEngine());
            // The build keeps no Markdown once parsed: read the articles again for their bodies.
            java.util.Set<String> built = new java.util.HashSet<>();
            result.index().articles().forEach(a -> built.add(a.slug()));
            ContentLoader.load(o.contentDir(), new Problems()).articles().stream()
                    .filter(a -> built.contains(a.slug()))
                    .forEach(a -> checker.check(a, portability));
            List<Problem> warnings = new ArrayList<>(result.warnings());
            warnings.addAll(portability.sorted());
            warnings.sort(Problem.ORDER);
            ProblemPrinter.print(warnings, err);
            SourceListing works = SourceListing.of(result.index());
            if (sources == ListFormat.text) {
                works.text(out);
            } else if (sources == ListFormat.json) {
                works.json(out);
            }
            if (site.strict && !warnings.isEmpty()) {
                err.println("--strict: warnings count as errors.");
                err.flush();
                return 1;
            }
            // With JSON on standard output, the summary goes where the warnings go.
            var summary = sources == ListFormat.json ? err : out;
            summary.println("Checked " + result.index().articles().size() + " articles, "
                    + result.index().people().size() + " people, " + result.index().sources().size()
                    + " sources: no errors; " + ProblemPrinter.count(portability.sorted().size(), "block")
                    + " render differently in CommonMark.");
            summary.println(works.count() + (sources != null || works.isEmpty() ? "."
                    : ": --sources lists them, with the articles citing each (--sources=json as JSON)."));
            summary.flush();
            return 0;
        } catch (BuildFailedException e) {
            ProblemPrinter.print(e.problems(), err);
            return 1;
        }
    }
}
