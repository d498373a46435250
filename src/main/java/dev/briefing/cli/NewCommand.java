package dev.briefing.cli;

import dev.briefing.scaffold.SiteScaffold;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing new DIR}: a new site with a sample article and person, ready to build. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Creates a new site in DIR (a new or empty folder): content/site.yaml, a sample article and "
                + "person, a .gitignore and a GitHub Pages workflow. `briefing build` inside DIR builds it at once.",
                "The Briefing jar is copied to DIR/.briefing/briefing.jar for the workflow to run."})
final class NewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The folder to create the site in; must not exist or be empty.")
    Path dir;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The site's title (default: made from the folder's name).")
    String title;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Optional<Path> jar = runningJar();
        List<Path> written;
        try {
            written = SiteScaffold.create(dir, title != null ? title : SiteScaffold.titleFor(dir), jar);
        } catch (SiteScaffold.RefusedException e) {
            err.println("briefing new: " + e.getMessage());
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println("briefing new: cannot write the site into " + dir + ": " + e);
            err.flush();
            return 1;
        }
        out.println("Created a site in " + dir + ":");
        written.forEach(f -> out.println("  " + f.toString().replace('\\', '/')));
        if (jar.isEmpty()) {
            out.println("note: not running from briefing.jar, so none was copied; put one at "
                    + dir.resolve(SiteScaffold.JAR) + " for the GitHub Pages workflow");
        }
        out.println("Next: cd " + dir + " && briefing serve   (or briefing build, then open site-out/index.html)");
        out.flush();
        return 0;
    }

    /** The jar this code was loaded from; empty when run from compiled classes (tests, an IDE). */
    private static Optional<Path> runningJar() {
        try {
            var source = NewCommand.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
