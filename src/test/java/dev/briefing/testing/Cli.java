package dev.briefing.testing;

import dev.briefing.cli.BriefingCli;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the command line in-process with its output captured, so a test's expected warnings and
 * messages are asserted on, not printed among the test report's lines.
 */
public final class Cli {
    private Cli() {}

    /** What a run printed; line ends are {@code \n} on every platform. */
    public record Run(int exit, String out, String err) {}

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BriefingCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /** The exit code of a run whose output the test does not look at. */
    public static int exit(String... args) {
        return run(args).exit();
    }
}
