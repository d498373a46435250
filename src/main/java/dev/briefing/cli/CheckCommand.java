package dev.briefing.cli;

import dev.briefing.errors.BuildFailedException;
import dev.briefing.site.SiteBuilder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code briefing check}: every validation {@code build} runs, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs every validation the build runs and reports all problems; writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--strict", description = "Treat warnings as errors: any warning fails with exit code 1"
            + ".")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            var result = new SiteBuilder(strict).build(new SiteBuilder.Options(site.content, site.templates, site.out,
                    site.baseUrl(), false));
            ProblemPrinter.print(result.warnings(), err);
            out.println("Checked " + result.index().articles().size() + " articles, " + result.index().people().size()
                    + " people, " + result.index().sources().size() + " sources: no errors.");
            out.flush();
            return 0;
        } catch (BuildFailedException e) {
            ProblemPrinter.print(e.problems(), err);
            return 1;
        }
    }
}
