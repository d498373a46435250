package dev.briefing.cli;

import dev.briefing.errors.TerminalText;
import dev.briefing.importer.ArticleImporter;
import dev.briefing.importer.FoundSource;
import dev.briefing.importer.ImportException;
import dev.briefing.importer.ImportedArticle;
import dev.briefing.model.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing import FILE}: one article copied or saved from the web into {@code content/articles/}. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Turns an article copied from the web (plain text, as a browser copies a page) or saved "
                + "from it (an HTML page) into a Markdown file with YAML front matter.",
                "",
                "Every sentence of the article is kept word for word; what is not article text goes to the front "
                + "matter or is left out. Front matter: title, date, section, publisher, author (several joined "
                + "with \" and \"), author_description, summary (the standfirst), url, and sources: the works the "
                + "article cites (lists of sources or notes, links to other sites, \"according to a report by ...\"), "
                + "each with only the facts the text states.",
                "",
                "Plain text: the title is a headline-shaped line near the top, never a sentence of the body; without "
                + "one, it is --title or made from the file name, and a notice says so. Date lines (\"Updated 3:41 "
                + "PM EST, Tue March 4, 2025\", \"Mar 4, 2025\", \"date 2025-02-07\"), bylines (\"By A and B, "
                + "Outlet\"), author blocks with a bio, reading time and word counts, \"Summary:\" lines, "
                + "breadcrumbs and menus, captions and credits, \"Related\"/\"Read more\" boxes, wire credit lines "
                + "and page footers are recognised. Footnote markers such as [1] are kept as written.",
                "",
                "Saved HTML: the article is selected as Mozilla Readability does (page chrome such as navigation, "
                + "ads, share bars, related boxes, forms, comments and footers is left out), and the metadata is "
                + "taken from the page's JSON-LD, og:/article: meta tags, <meta name=author>, <time datetime>, "
                + "the canonical link and <h1>. Links (made absolute against the page's address), lists, "
                + "headings, quotations and emphasis are kept.",
                "",
                "Standard output is the path of the written file. Standard error has one line for each source "
                + "found, in front matter order: path:line:column of the input where its text starts, how it was "
                + "found (source list, footnote, link, stated in text) and the facts taken (title, author, "
                + "publisher, date, url: only those the text gives); or \"no sources found\".",
                "",
                "The input must be UTF-8 text (a saved page may declare another charset). Review the result by "
                + "hand before building."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Plain text or HTML file to import.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "content/articles",
            description = "Folder to write the article into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--slug", paramLabel = "SLUG",
            description = "File name and URL of the article (default: made from the title).")
    String slug;

    @Option(names = "--title", paramLabel = "TITLE",
            description = "The article's title, for text without a title line (default: the title line, else made "
                    + "from the file name).")
    String title;

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
        if (title != null && title.isBlank()) {
            err.println("--title must not be empty");
            err.flush();
            return 2;
        }
        try {
            ImportedArticle article = ArticleImporter.read(file, Optional.ofNullable(title).map(String::strip));
            for (String notice : article.notices()) {
                err.println(TerminalText.safe(file + ": notice: " + notice)); // a title from the page or the user
            }
            Path target = out.resolve((slug != null ? slug : Slugs.of(article.title())) + ".md");
            Files.createDirectories(out);
            if (force) {
                Files.writeString(target, article.toMarkdown(), StandardCharsets.UTF_8);
            } else {
                Files.writeString(target, article.toMarkdown(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
            reportSources(article, err);
            var stdout = spec.commandLine().getOut();
            stdout.println(target);
            stdout.flush();
            err.flush();
            return 0;
        } catch (FileAlreadyExistsException e) {
            err.println(TerminalText.safe(e.getFile() + ": already exists; use --force to overwrite it"));
        } catch (ImportException e) {
            err.println(TerminalText.safe(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage()));
        } catch (IOException e) {
            err.println(TerminalText.safe(file + ":1:1: cannot import: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
        err.flush();
        return 1;
    }

    /** Each work found, at its place in the input, with how it was found and the facts taken from the text. */
    private void reportSources(ImportedArticle article, java.io.PrintWriter err) {
        if (article.found().isEmpty()) {
            err.println(TerminalText.safe(file + ": no sources found"));
            return;
        }
        for (FoundSource f : article.found()) {
            String at = f.place().map(p -> file + ":" + p.line() + ":" + p.column()).orElse(file.toString());
            var s = f.source();
            err.println(TerminalText.safe(at + ": source (" + f.how().label() + "): "
                    + SourceFacts.line(s.title(), s.author(), s.publisher(), s.date(), s.url())));
        }
    }
}
