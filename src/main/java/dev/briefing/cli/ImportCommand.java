package dev.briefing.cli;

import dev.briefing.errors.TerminalText;
import dev.briefing.importer.ArticleImporter;
import dev.briefing.importer.ImportException;
import dev.briefing.importer.ImportedArticle;
import dev.briefing.model.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing import FILE}: one article copied or saved from the web into {@code content/articles/}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turns an article copied from the web (plain text) or saved from it (HTML) into a "
                + "Markdown file with YAML front matter: metadata lines (date and section, site name, byline, "
                + "reading time, sources list) become front matter; every sentence is kept word for word.",
                "Review the result by hand before building."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Plain text or HTML file to import.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "content/articles",
            description = "Folder to write the article into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--slug", paramLabel = "SLUG",
            description = "File name and URL of the article (default: made from the title).")
    String slug;

    @Option(names = "--force", description = "Overwrite an existing article file.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (slug != null && !Slugs.isValid(slug)) {
            err.println(TerminalText.safe("--slug '" + slug + "' must be lowercase letters, digits and hyphens"));
            err.flush();
            return 2;
        }
        if (slug != null && Slugs.fileNameProblem("--slug", slug).isPresent()) {
            err.println(Slugs.fileNameProblem("--slug", slug).get());
            err.flush();
            return 2;
        }
        try {
            ImportedArticle article = ArticleImporter.read(file);
            Path target = out.resolve((slug != null ? slug : Slugs.of(article.title())) + ".md");
            Files.createDirectories(out);
            if (force) {
                Files.writeString(target, article.toMarkdown(), StandardCharsets.UTF_8);
            } else {
                Files.writeString(target, article.toMarkdown(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
            var stdout = spec.commandLine().getOut();
            stdout.println(target);
            stdout.flush();
            return 0;
        } catch (FileAlreadyExistsException e) {
            err.println(TerminalText.safe(e.getFile() + ": already exists; use --force to overwrite it"));
        } catch (ImportException e) {
            err.println(TerminalText.safe(file + ":1:1: " + e.getMessage()));
        } catch (IOException e) {
            err.println(TerminalText.safe(file + ": cannot import: " + e));
        }
        err.flush();
        return 1;
    }
}
