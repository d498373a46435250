package dev.briefing.render;

import dev.briefing.errors.SourcePosition;
import dev.briefing.model.SitePaths;
import dev.briefing.sitemodel.SiteModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The theme's assets (stylesheet, icon, search script), each from the site's templates folder if it has one. */
public final class ThemeAssets implements OutputFormat {
    /** Theme assets every site gets, unless the site's templates folder replaces them. */
    static final List<String> BUILT_IN = List.of(SitePaths.STYLESHEET, SitePaths.FAVICON, "assets/search.js");

    @Override
    public String name() {
        return "assets";
    }

    @Override
    public void write(SiteModel model, Output out) {
        try {
            List<String> names = Stream.concat(BUILT_IN.stream(), out.templates().userAssets().stream())
                    .distinct().sorted().toList();
            for (String name : names) {
                var bytes = out.templates().themeFile(name);
                if (bytes.isPresent()) {
                    out.write(name, bytes.get());
                    if (name.endsWith(".html")) {
                        out.recordPage(name);
                    }
                }
            }
        } catch (IOException e) {
            out.problems().error(SourcePosition.startOf(Path.of("templates")), "cannot read theme assets: " + e.getMessage());
        }
    }
}
