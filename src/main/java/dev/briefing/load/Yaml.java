package dev.briefing.load;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Parses YAML into snakeyaml-engine's node tree, which keeps the line and column of every key and
 * value; binding to records then reports errors at the exact place ({@link YamlMap}). Nesting and
 * aliases are bounded while the tree is built ({@link YamlLimits}).
 */
public final class Yaml {
    private Yaml() {}

    /**
     * @param lineOffset lines in the file before the YAML text (1 for front matter after {@code ---})
     * @return the root node, or empty when the text is empty or has a syntax error (reported)
     */
    public static Optional<Node> parse(String text, Path file, int lineOffset, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(50)
                .setCodePointLimit(ContentText.MAX_BYTES)
                .build();
        try {
            var parser = new YamlLimits(new ParserImpl(settings, new StreamReader(settings, text)), text);
            return new Composer(settings, parser).getSingleNode();
        } catch (YamlLimits.Exceeded e) {
            problems.error(e.getProblemMark().map(m -> at(file, m, lineOffset))
                    .orElse(new SourcePosition(file, lineOffset + 1, 1)), "YAML " + e.getProblem());
        } catch (MarkedYamlEngineException e) {
            SourcePosition at = e.getProblemMark()
                    .map(m -> at(file, m, lineOffset))
                    .orElse(new SourcePosition(file, lineOffset + 1, 1));
            problems.error(at, "YAML syntax error: " + e.getProblem().trim() + context(e, file, lineOffset));
        } catch (YamlEngineException e) {
            problems.error(new SourcePosition(file, lineOffset + 1, 1), "YAML error: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // snakeyaml-engine rejects some inputs without a position, e.g. a tag that decodes to spaces ("!0%0").
            problems.error(new SourcePosition(file, lineOffset + 1, 1), "YAML error: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Where the construct the parser was reading began, e.g. the opening quote of a string never
     * closed: the problem itself is often reported far later, at the end of the text.
     */
    private static String context(MarkedYamlEngineException e, Path file, int lineOffset) {
        if (e.getContext() == null || e.getContextMark().isEmpty()) {
            return "";
        }
        SourcePosition start = at(file, e.getContextMark().get(), lineOffset);
        return " (" + e.getContext().trim() + " that starts at line " + start.line() + ", column " + start.column() + ")";
    }

    static SourcePosition at(Path file, Mark mark, int lineOffset) {
        return new SourcePosition(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    static SourcePosition at(Path file, Node node, int lineOffset) {
        return node.getStartMark()
                .map(m -> at(file, m, lineOffset))
                .orElse(new SourcePosition(file, lineOffset + 1, 1));
    }
}
