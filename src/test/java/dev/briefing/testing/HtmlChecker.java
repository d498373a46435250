package dev.briefing.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/**
 * The Nu Html Checker (the W3C validator's engine) run in-process. Its first call loads the HTML
 * schemas and takes seconds, so every test shares one instance.
 *
 * <pre>
 * List&lt;String&gt; errors = HtmlChecker.shared().errors(site, "index.html");
 * </pre>
 */
public final class HtmlChecker {
    private static final HtmlChecker SHARED = new HtmlChecker();

    private final EmbeddedValidator validator = new EmbeddedValidator();

    private HtmlChecker() {
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setForceHTML(true);
        // Language detection guesses from the text and warns on short pages; the pages declare lang.
        validator.setNoLangDetect(true);
    }

    public static HtmlChecker shared() {
        return SHARED;
    }

    /** The checker's errors for one page of {@code site}, as {@code page:line.column: message}; empty if valid. */
    public List<String> errors(Path site, String page) {
        try {
            return errors(page, Files.readAllBytes(site.resolve(page)));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + page, e);
        }
    }

    /** The checker's errors for an HTML document; warnings and notes are not errors. */
    public synchronized List<String> errors(String name, byte[] html) {
        String report;
        try {
            report = validator.validate(new ByteArrayInputStream(html));
        } catch (IOException | SAXException e) {
            throw new AssertionError("the HTML checker failed on " + name, e);
        }
        List<String> errors = new ArrayList<>();
        for (String line : report.split("\\R")) {
            // GNU format: "":line.col-line.col: error: message  (or "info warning:", "info:")
            if (line.contains(": error: ") || line.contains(": fatal: ") || line.contains("non-document-error")) {
                errors.add(name + line.replaceFirst("^\"[^\"]*\"", ""));
            }
        }
        return errors;
    }
}
