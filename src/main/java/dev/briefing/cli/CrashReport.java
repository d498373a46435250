package dev.briefing.cli;

import dev.briefing.errors.TerminalText;
import java.io.PrintWriter;

/**
 * What the user sees when a command fails in a way no input check foresaw: one line saying what
 * happened and what to do, never a Java stack trace unless {@code --debug} asks for it.
 */
final class CrashReport {
    /** sysexits.h EX_SOFTWARE: an internal error, distinct from 1 (input errors) and 2 (usage). */
    static final int EXIT_CODE = 70;

    private CrashReport() {}

    static int print(Throwable e, PrintWriter err, boolean debug) {
        String what;
        if (e instanceof StackOverflowError) {
            what = "the input is nested too deeply to process (the Java stack overflowed)";
        } else if (e instanceof OutOfMemoryError) {
            what = "out of memory: the input needs more than the memory Java was given "
                    + "(java -Xmx4g -jar briefing.jar ... gives it more)";
        } else {
            what = "internal error: " + e;
        }
        err.println("briefing: " + TerminalText.safe(what));
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("Run the command again with --debug to see the Java stack trace, and please report it.");
        }
        err.flush();
        return EXIT_CODE;
    }
}
