package dev.briefing.cli;

import dev.briefing.preview.PreviewServer;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code briefing serve}: live-reloading preview on 127.0.0.1. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a live preview on 127.0.0.1: rebuilds when content or templates change and "
                + "reloads open pages. A bad edit shows its errors in the page and here; the next good one recovers.",
                "The preview is built in memory: the output folder is never touched."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates folder, watched too (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = {"-p", "--port"}, defaultValue = "8000", paramLabel = "PORT",
            description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--open", negatable = false, description = "Open the preview in the default browser.")
    boolean open;

    @Option(names = "--drafts", description = "Include articles marked draft: true, labelled \"Draft\".")
    boolean drafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        PreviewServer preview;
        try {
            preview = PreviewServer.start(new PreviewServer.Options(content, templates, port, drafts), out, err);
        } catch (IOException e) {
            err.println("cannot start the preview on 127.0.0.1:" + port + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(preview::close));
        if (open) {
            openBrowser(preview.url(), err);
        }
        preview.awaitStop();
        return 0;
    }

    private static void openBrowser(String url, java.io.PrintWriter err) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // fall through to the message
        }
        err.println("could not open a browser; open " + url + " yourself");
    }
}
