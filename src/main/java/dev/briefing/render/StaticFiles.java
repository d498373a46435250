package dev.briefing.render;

import dev.briefing.errors.SourcePosition;
import dev.briefing.sitemodel.SiteModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The content's own files, copied as they are to the same place in the site: images and documents
 * beside the articles, and {@code content/assets/} (where a file replaces the theme's of the same
 * name, such as a favicon).
 */
public final class StaticFiles implements OutputFormat {
    @Override
    public String name() {
        return "files";
    }

    @Override
    public void write(SiteModel model, Output out) {
        for (String path : model.staticFiles()) {
            Path file = model.contentDir().resolve(path);
            try {
                out.write(path, Files.readAllBytes(file));
                if (path.endsWith(".html")) {
                    out.recordPage(path);
                }
            } catch (IOException e) {
                out.problems().error(SourcePosition.startOf(file), "cannot read file: " + e.getMessage());
            }
        }
    }
}
