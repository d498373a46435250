package dev.briefing.load;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.model.Article;
import dev.briefing.model.Person;
import dev.briefing.model.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * First stage: reads {@code site.yaml}, {@code people.yaml} and {@code articles/*.md} from a
 * content folder into typed records, reporting every problem with its position.
 */
public final class ContentLoader {
    public static final String SITE_FILE = "site.yaml";
    public static final String PEOPLE_FILE = "people.yaml";
    public static final String ARTICLES_DIR = "articles";

    private ContentLoader() {}

    public static Content load(Path contentDir, Problems problems) {
        return load(contentDir, problems, ArticleFiles.none());
    }

    /** @param known articles read by an earlier build of this process, reused when unchanged */
    public static Content load(Path contentDir, Problems problems, ArticleFiles known) {
        if (!Files.isDirectory(contentDir)) {
            problems.error(SourcePosition.startOf(contentDir), "content folder not found");
            return new Content(contentDir, SiteConfigLoader.defaults(), List.of(), List.of(), Set.of());
        }
        Path siteFile = contentDir.resolve(SITE_FILE);
        SiteConfig site;
        if (Files.exists(siteFile, LinkOption.NOFOLLOW_LINKS)) {
            site = known.read(siteFile, (f, p) -> SiteConfigLoader.load(f, contentDir, p), problems);
        } else {
            problems.error(SourcePosition.startOf(siteFile), "missing site settings file (needs at least 'title:')");
            site = SiteConfigLoader.defaults();
        }
        List<Person> people = known.read(contentDir.resolve(PEOPLE_FILE), (f, p) -> PeopleLoader.load(f, contentDir, p),
                problems);
        List<Path> files = articleFiles(contentDir.resolve(ARTICLES_DIR), problems);
        known.keepOnly(files);
        List<Optional<Article>> read = files.parallelStream()
                .map(f -> known.load(f, contentDir, problems))
                .toList();
        List<Article> articles = read.stream().flatMap(Optional::stream).toList();
        Set<String> unread = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            if (read.get(i).isEmpty()) {
                unread.add(files.get(i).getFileName().toString().replaceFirst("\\.md$", ""));
            }
        }
        checkDuplicateSlugs(articles, problems);
        return new Content(contentDir, site, articles, people, Set.copyOf(unread));
    }

    /**
     * Reports every symbolic link in the templates folder that leads outside it: the theme's
     * assets are copied into the site as they are, so a link to a file elsewhere would publish
     * that file.
     */
    public static void checkTemplatesFolder(Path templatesDir, Problems problems) {
        if (!Files.isDirectory(templatesDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(templatesDir)) {
            for (Path f : files.filter(Files::isSymbolicLink).sorted().toList()) {
                if (Files.exists(f)) {
                    ContentText.insideRoot(f, templatesDir, "templates folder", problems);
                }
            }
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(templatesDir), "cannot read the templates folder: " + e.getMessage());
        }
    }

    /** Applies a base URL given on the command line over the one in site.yaml. */
    public static SiteConfig withBaseUrl(SiteConfig site, String url, Problems problems) {
        return SiteConfigLoader.normalizeBaseUrl(url, SourcePosition.startOf(Path.of("--base-url")), problems)
                .map(site::withBaseUrl).orElse(site);
    }

    private static List<Path> articleFiles(Path dir, Problems problems) {
        if (!Files.isDirectory(dir)) {
            problems.error(SourcePosition.startOf(dir), "articles folder not found");
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            // A link is listed whatever it points to: reading it then reports one that leaves the folder.
            return files.filter(f -> f.getFileName().toString().endsWith(".md")
                            && (Files.isRegularFile(f) || Files.isSymbolicLink(f)))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(dir), "cannot list articles: " + e.getMessage());
            return List.of();
        }
    }

    private static void checkDuplicateSlugs(List<Article> articles, Problems problems) {
        Map<String, Article> bySlug = new HashMap<>();
        for (Article a : articles) {
            Article first = bySlug.putIfAbsent(a.slug(), a);
            if (first != null && !Objects.equals(first.file(), a.file())) {
                problems.error(a.position(), "duplicate slug '" + a.slug() + "': also used by " + first.file());
            }
        }
    }
}
