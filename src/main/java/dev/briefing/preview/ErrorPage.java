package dev.briefing.preview;

import dev.briefing.errors.Problem;
import dev.briefing.errors.TerminalText;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The page the preview shows instead of the site while the last edit does not build: every
 * problem as {@code path:line:column: message}, the same lines the terminal shows. It reloads by
 * itself when the next edit builds.
 */
final class ErrorPage {
    private ErrorPage() {}

    static String html(List<Problem> problems) {
        StringBuilder items = new StringBuilder();
        for (Problem p : problems) {
            items.append("<li class=\"").append(p.isError() ? "error" : "warning").append("\"><code>")
                    .append(Entities.escape(TerminalText.safe(p.format()))).append("</code></li>\n");
        }
        long errors = problems.stream().filter(Problem::isError).count();
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Build failed · Briefing preview</title>
                <style>
                body { margin: 0; font: 16px/1.5 system-ui, sans-serif; background: #2b0b0e; color: #fbe9ea; }
                main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem; }
                h1 { font-size: 1.5rem; margin: 0 0 0.5rem; }
                ol { padding-left: 1.5rem; }
                li { margin: 0.6rem 0; }
                code { font: 0.95rem/1.45 ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
                .warning code { color: #f5d97a; }
                p { color: #f3c1c5; }
                </style>
                </head>
                <body>
                <main>
                <h1>The site did not build: %d %s</h1>
                <p>Fix the file and save: this page reloads by itself. The last good build is kept for assets.</p>
                <ol>
                %s</ol>
                </main>
                </body>
                </html>
                """.formatted(errors, errors == 1 ? "error" : "errors", items);
    }
}
