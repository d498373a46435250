package dev.briefing.cli;

import dev.briefing.errors.BuildFailedException;
import dev.briefing.load.ContentLoader;
import dev.briefing.errors.Problems;
import dev.briefing.errors.TerminalText;
import dev.briefing.publish.GhPagesPublisher;
import dev.briefing.publish.GitHubPagesUrl;
import dev.briefing.publish.Publisher;
import dev.briefing.site.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code briefing publish}: builds the site and commits it to the {@code gh-pages} branch, then
 * pushes that branch; the working branch, index and uncommitted files are never touched.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Builds the site, commits it to a branch (gh-pages) and pushes it: GitHub Pages without "
                + "Actions. Your checkout, index and uncommitted work are left as they are.",
                "Without a base URL, the GitHub Pages URL is worked out from the remote (or CNAME)."})
final class PublishCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--branch", defaultValue = "gh-pages", paramLabel = "NAME",
            description = "Branch to commit the site to (default: ${DEFAULT-VALUE}).")
    String branch;

    @Option(names = "--remote", defaultValue = "origin", paramLabel = "NAME",
            description = "Remote to push to (default: ${DEFAULT-VALUE}).")
    String remote;

    @Option(names = {"-m", "--message"}, paramLabel = "TEXT",
            description = "Commit message (default: \"Publish site from <commit>\").")
    String message;

    @Option(names = "--no-push", negatable = false, description = "Commit locally; do not push.")
    boolean noPush;

    @Option(names = "--no-build", negatable = false,
            description = "Publish the output folder as it is instead of building first.")
    boolean noBuild;

    @Option(names = "--repo", defaultValue = ".", paramLabel = "DIR",
            description = "The git repository (default: the current folder).")
    Path repo;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var options = new GhPagesPublisher.Options(branch, remote, message, !noPush);
        try {
            GhPagesPublisher.checkBranch(repo, options, site.content);
            if (!noBuild) {
                Optional<String> baseUrl = site.baseUrl().or(this::pagesUrl);
                var result = new SiteBuilder().build(site.options(true, TerminalProgress.forTerminal(err), baseUrl));
                ProblemPrinter.print(result.warnings(), err);
                result.notices().forEach(n -> out.println(TerminalText.safe("note: " + n)));
                out.println("Built " + result.fileCount() + " files into " + site.out);
            } else if (!Files.exists(site.out.resolve(Publisher.MARKER))) {
                err.println(site.out + " is not a built site (no " + Publisher.MARKER + "); run briefing build first");
                return 1;
            }
            var r = GhPagesPublisher.publish(repo, site.out, options);
            out.println(r.changed()
                    ? "Committed " + r.fileCount() + " files to " + branch + " as " + r.commit().substring(0, 12)
                    : branch + " already has this site (" + r.commit().substring(0, 12) + "); nothing to commit");
            out.println(r.pushed() ? "Pushed " + branch + " to " + remote + "." : "Not pushed (--no-push).");
            out.flush();
            return 0;
        } catch (BuildFailedException e) {
            ProblemPrinter.print(e.problems(), err);
            err.println("Build failed; nothing was published.");
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println(TerminalText.safe("publish failed: " + e.getMessage()));
            err.flush();
            return 1;
        }
    }

    /** With no base URL configured: the GitHub Pages URL of the remote, announced so it can be checked. */
    private Optional<String> pagesUrl() {
        Problems ignored = new Problems();
        var config = ContentLoader.load(site.content, ignored).site();
        if (config.baseUrl().isPresent()) {
            return Optional.empty();
        }
        try {
            String remoteUrl = new ProcessBuilder("git", "remote", "get-url", remote).directory(repo.toFile())
                    .redirectErrorStream(true).start().inputReader().lines().findFirst().orElse("");
            Optional<String> url = GitHubPagesUrl.of(remoteUrl, config.cname());
            url.ifPresent(u -> spec.commandLine().getOut().println("note: no base_url set; publishing for " + u
                    + " (the GitHub Pages address of " + remote + "); set base_url in site.yaml to change it"));
            return url;
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
