package dev.briefing.cli;

import dev.briefing.errors.BuildFailedException;
import dev.briefing.errors.TerminalText;
import dev.briefing.site.SiteBuilder;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code briefing build}: builds the site into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into the output folder. On any error nothing is written and the "
                + "previous output stays as it was.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            var result = new SiteBuilder().build(site.options(true, TerminalProgress.forTerminal(err)));
            ProblemPrinter.print(result.warnings(), err);
            result.notices().forEach(n -> out.println(TerminalText.safe("note: " + n)));
            out.println("Built " + result.fileCount() + " files into " + site.out + " ("
                    + result.stageMillis().entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                            .collect(Collectors.joining(", ")) + ")");
            out.flush();
            return 0;
        } catch (BuildFailedException e) {
            ProblemPrinter.print(e.problems(), err);
            err.println("Build failed; " + site.out + " was left as it was.");
            err.flush();
            return 1;
        }
    }
}
