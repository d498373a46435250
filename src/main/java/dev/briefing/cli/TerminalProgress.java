package dev.briefing.cli;

import dev.briefing.site.SiteBuilder;
import java.io.PrintWriter;

/**
 * Shows which stage a build is in, on one line that each stage overwrites, when a person is
 * watching a terminal; prints nothing when output goes to a file or a CI log.
 */
final class TerminalProgress implements SiteBuilder.Progress {
    private static final String CLEAR_LINE = "\r\u001B[K";
    private final PrintWriter err;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    static SiteBuilder.Progress forTerminal(PrintWriter err) {
        return System.console() != null && System.getenv("CI") == null ? new TerminalProgress(err)
                : SiteBuilder.Progress.NONE;
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
