package dev.briefing.cite;

import dev.briefing.site.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Builds real sites in a temp folder for the bibliography tests. */
final class SiteFixture {
    final Path content;
    final Path out;

    SiteFixture(Path tmp) throws IOException {
        this.content = tmp.resolve("content");
        this.out = tmp.resolve("site");
        Files.createDirectories(content.resolve("articles"));
    }

    /** A copy of the repository's real content, with the citation style replaced. */
    static SiteFixture realContent(Path tmp, String style) throws IOException {
        SiteFixture f = new SiteFixture(tmp);
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path target = f.content.resolve(Path.of("content").relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        Path site = f.content.resolve("site.yaml");
        Files.writeString(site, Files.readString(site).replace("citation_style: apa", "citation_style: " + style));
        return f;
    }

    SiteFixture site(String yaml) throws IOException {
        Files.writeString(content.resolve("site.yaml"), yaml);
        return this;
    }

    SiteFixture article(String slug, String text) throws IOException {
        Files.writeString(content.resolve("articles/" + slug + ".md"), text);
        return this;
    }

    SiteBuilder.Result build() throws Exception {
        return new SiteBuilder().build(new SiteBuilder.Options(content, content.resolve("templates"), out,
                Optional.empty(), true));
    }

    SiteBuilder.Result check() throws Exception {
        return new SiteBuilder().build(new SiteBuilder.Options(content, content.resolve("templates"), out,
                Optional.empty(), false));
    }

    Document page(String path) {
        try {
            return Jsoup.parse(out.resolve(path).toFile(), "UTF-8", "https://example.org/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String file(String path) throws IOException {
        return Files.readString(out.resolve(path));
    }
}
