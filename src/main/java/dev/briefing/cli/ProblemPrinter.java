package dev.briefing.cli;

import dev.briefing.errors.Problem;
import dev.briefing.errors.TerminalText;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints problems as {@code path:line:column: message} lines, then a count. Each line is made
 * {@link TerminalText#safe safe} for the terminal: messages quote content.
 */
final class ProblemPrinter {
    private ProblemPrinter() {}

    static void print(List<Problem> problems, PrintWriter err) {
        for (Problem p : problems) {
            err.println(TerminalText.safe(p.format()));
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (errors > 0 || warnings > 0) {
            err.println(count(errors, "error") + ", " + count(warnings, "warning"));
        }
        err.flush();
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
