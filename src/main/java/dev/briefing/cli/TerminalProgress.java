package dev.briefing.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import dev.briefing.site.SiteBuilder;
import java.io.PrintWriter;

/**
 * Shows which stage a build is in, on one line that each stage overwrites, when a person is
 * watching a terminal; prints nothing when output goes to a file or a CI log.
 */
final class TerminalProgress implements SiteBuilder.Progress {
    private static final String CLEAR_LINE = "\r\u001B[K";
    private static final int STDERR = 2;
    private final PrintWriter err;

    interface C extends Library {
        int isatty(int fd);
    }

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    static SiteBuilder.Progress forTerminal(PrintWriter err) {
        return errIsTerminal() && System.getenv("CI") == null && !"dumb".equals(System.getenv("TERM"))
                ? new TerminalProgress(err) : SiteBuilder.Progress.NONE;
    }

    /**
     * Whether standard error, where the progress line goes, is a terminal. {@code System.console()}
     * tells only of standard input and output: with {@code build 2> build.log} typed at a terminal
     * it said yes, and the log filled with the line's escape codes.
     */
    private static boolean errIsTerminal() {
        if (Platform.isLinux() || Platform.isMac()) {
            try {
                return Native.load("c", C.class).isatty(STDERR) == 1;
            } catch (LinkageError | RuntimeException e) {
                // no native access here: fall back to what Java can tell
            }
        }
        return System.console() != null;
    }

    @Override
    public void started(String stage) {
        err.print(CLEAR_LINE + "building: " + stage + "…");
        err.flush();
    }

    @Override
    public void finished(String stage, long millis) {
        err.print(CLEAR_LINE);
        err.flush();
    }
}
