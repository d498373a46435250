package dev.briefing.cli;

import dev.briefing.check.PortabilityChecker;
import dev.briefing.errors.BuildFailedException;
import dev.briefing.errors.Problem;
import dev.briefing.errors.Problems;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.site.SiteBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code briefing check}: every validation {@code build} runs, writing nothing, plus the CommonMark
 * portability report (blocks GitHub and other CommonMark tools would show differently).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Runs every validation the build runs and reports all problems; writes nothing.",
                "Also warns about every block of an article that CommonMark (commonmark-java, with GitHub's "
                        + "tables, strikethrough and autolinks) renders differently from the site."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            var result = new SiteBuilder().build(site.options(false, TerminalProgress.forTerminal(err)));
            Problems portability = new Problems();
            PortabilityChecker checker = new PortabilityChecker(new MarkdownEngine());
            result.index().articles().forEach(a -> checker.check(a.article(), portability));
            List<Problem> warnings = new ArrayList<>(result.warnings());
            warnings.addAll(portability.sorted());
            warnings.sort(Problem.ORDER);
            ProblemPrinter.print(warnings, err);
            if (site.strict && !warnings.isEmpty()) {
                err.println("--strict: warnings count as errors.");
                err.flush();
                return 1;
            }
            out.println("Checked " + result.index().articles().size() + " articles, " + result.index().people().size()
                    + " people, " + result.index().sources().size() + " sources: no errors; "
                    + ProblemPrinter.count(portability.sorted().size(), "block") + " render differently in CommonMark.");
            out.flush();
            return 0;
        } catch (BuildFailedException e) {
            ProblemPrinter.print(e.problems(), err);
            return 1;
        }
    }
}
