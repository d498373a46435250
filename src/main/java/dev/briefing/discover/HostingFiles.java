package dev.briefing.discover;

import dev.briefing.model.SiteConfig;
import dev.briefing.render.OutputFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Files static hosts read: {@code .nojekyll} (GitHub Pages must not run Jekyll over the site, which
 * would drop files and folders starting with {@code _} or {@code .}) and {@code CNAME} when the
 * site has a custom domain.
 */
public final class HostingFiles {
    private HostingFiles() {}

    public static List<OutputFile> render(SiteConfig site) {
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.text(".nojekyll", ""));
        site.cname().map(String::strip).filter(c -> !c.isEmpty())
                .ifPresent(c -> files.add(OutputFile.text("CNAME", c + "\n")));
        return files;
    }
}
