package dev.briefing.cli;

import dev.briefing.errors.Problem;
import dev.briefing.errors.Problems;
import dev.briefing.index.SiteIndex;
import dev.briefing.load.Content;
import dev.briefing.load.ContentFiles;
import dev.briefing.load.ContentLoader;
import dev.briefing.markdown.ArticleParser;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.suggest.PeopleSuggestions;
import dev.briefing.suggest.Suggestion;
import dev.briefing.suggest.SuggestionYaml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code briefing people suggest}: registry entries for every person the articles name who is not
 * in {@code people.yaml}, with each role as an article states it and the articles that state it.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Proposes a people.yaml entry for every person the articles name who is not in the "
                + "registry: id, name, and each role as an article states it (title, organization when stated, "
                + "stated_in). Prints the entries as YAML; --append adds them to people.yaml.",
                "Review the entries before building: the finder reads names from capitalisation, titles and "
                        + "word lists, and can be wrong."})
final class PeopleSuggestCommand implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder: site.yaml, people.yaml, articles/ (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--append", description = "Append the entries to the content folder's people.yaml, "
            + "leaving its existing text and comments as they are.")
    boolean append;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Problems problems = new Problems();
        Content loaded = ContentLoader.load(content, problems);
        ArticleParser parser = new ArticleParser(new MarkdownEngine(), loaded.people(), loaded.site().linkEveryMention(),
                PeopleSuggestions.nameReader(), new ContentFiles(content));
        List<ParsedArticle> parsed = loaded.articles().parallelStream().filter(a -> !a.draft())
                .map(a -> parser.parse(a, problems)).toList();
        SiteIndex index = SiteIndex.build(loaded.site(), parsed, loaded.people(), problems);
        if (problems.hasErrors()) {
            ProblemPrinter.print(problems.sorted().stream().filter(Problem::isError).toList(), err);
            return 1;
        }
        List<Suggestion> suggestions = PeopleSuggestions.of(index).all();
        String yaml = SuggestionYaml.render(suggestions);
        if (!append) {
            out.print(yaml);
            out.flush();
            err.println(people(suggestions.size()) + " not in the registry.");
            err.flush();
            return 0;
        }
        Path registry = content.resolve(ContentLoader.PEOPLE_FILE);
        try {
            SuggestionYaml.append(registry, yaml);
        } catch (IOException e) {
            err.println(registry + ": cannot append: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.println("Appended " + people(suggestions.size()) + " to " + registry + ".");
        out.flush();
        return 0;
    }

    private static String people(int n) {
        return n + (n == 1 ? " person" : " people");
    }
}
