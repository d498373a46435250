package dev.briefing.load;

import dev.briefing.errors.Problem;
import dev.briefing.errors.Problems;
import dev.briefing.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Articles already read, by file, for builds that follow each other in one process
 * ({@code serve}): a file whose size and modification time are unchanged is not read again, and
 * the problems found reading it are reported again as they were.
 */
public final class ArticleFiles {
    private record Read(FileTime modified, long size, Optional<Article> article, List<Problem> problems) {}

    private record Other(FileTime modified, long size, Object value, List<Problem> problems) {}

    private final Map<Path, Read> byFile = new ConcurrentHashMap<>();
    private final Map<Path, Other> others = new ConcurrentHashMap<>();
    private final boolean keep;

    private ArticleFiles(boolean keep) {
        this.keep = keep;
    }

    /** Reads every file afresh: for a single build. */
    public static ArticleFiles none() {
        return new ArticleFiles(false);
    }

    /** Keeps what it read for the next build. */
    public static ArticleFiles keeping() {
        return new ArticleFiles(true);
    }

    Optional<Article> load(Path file, Path contentDir, Problems problems) {
        if (!keep) {
            return ArticleLoader.load(file, contentDir, problems);
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return ArticleLoader.load(file, contentDir, problems);
        }
        Read known = byFile.get(file);
        if (known == null || !known.modified().equals(attributes.lastModifiedTime()) || known.size() != attributes.size()) {
            Problems own = new Problems();
            Optional<Article> article = ArticleLoader.load(file, contentDir, own);
            known = new Read(attributes.lastModifiedTime(), attributes.size(), article, own.sorted());
            byFile.put(file, known);
        }
        known.problems().forEach(problems::add);
        return known.article();
    }

    /** Any other content file ({@code people.yaml}, {@code site.yaml}), read again only when it changed. */
    @SuppressWarnings("unchecked")
    <T> T read(Path file, java.util.function.BiFunction<Path, Problems, T> reader, Problems problems) {
        if (!keep) {
            return reader.apply(file, problems);
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            others.remove(file);
            return reader.apply(file, problems);
        }
        Other known = others.get(file);
        if (known == null || !known.modified().equals(attributes.lastModifiedTime()) || known.size() != attributes.size()) {
            Problems own = new Problems();
            known = new Other(attributes.lastModifiedTime(), attributes.size(), reader.apply(file, own), own.sorted());
            others.put(file, known);
        }
        known.problems().forEach(problems::add);
        return (T) known.value();
    }

    /** Forgets files that no longer exist, so a deleted article does not stay in memory. */
    void keepOnly(List<Path> files) {
        byFile.keySet().retainAll(java.util.Set.copyOf(files));
    }
}
