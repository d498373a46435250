package dev.briefing.testing;

import dev.briefing.errors.BuildFailedException;
import dev.briefing.site.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Builds sites in-process for tests and reads their output back. */
public final class Sites {
    /** The repo's real content folder; Maven runs tests from the repo root. */
    public static final Path REAL_CONTENT = Path.of("content");

    private Sites() {}

    /** The repo's theme folder, as {@code briefing build} run from the repo root uses it. */
    public static final Path THEME = Path.of("templates");

    /** Builds {@code content} with the repo's theme into {@code out}; fails the test on errors. */
    public static SiteBuilder.Result build(Path content, Path out) {
        return build(content, out, Optional.empty());
    }

    /** Like {@link #build(Path, Path)}, with the base URL {@code --base-url} would give. */
    public static SiteBuilder.Result build(Path content, Path out, Optional<String> baseUrl) {
        try {
            return new SiteBuilder().build(new SiteBuilder.Options(content, THEME, out, baseUrl, true));
        } catch (BuildFailedException e) {
            throw new AssertionError("build failed:\n" + String.join("\n",
                    e.problems().stream().map(p -> p.format()).toList()), e);
        }
    }

    /** Writes {@code text} to {@code dir/relative}, creating folders. */
    public static Path write(Path dir, String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the repo's real content into {@code dir/content}, to edit it, and returns that folder. */
    public static Path copyContent(Path dir) {
        Path target = dir.resolve("content");
        copyTree(REAL_CONTENT, target);
        return target;
    }

    /** Copies a folder tree (e.g. the real content, to change one file of it). */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir}, by '/'-separated relative path, with its bytes. */
    public static TreeMap<String, byte[]> snapshot(Path dir) {
        TreeMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Every file under {@code dir} with the SHA-256 of its bytes: equal maps mean byte-identical trees. */
    public static TreeMap<String, String> fingerprint(Path dir) {
        TreeMap<String, String> out = new TreeMap<>();
        snapshot(dir).forEach((path, bytes) -> {
            try {
                out.put(path, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
        return out;
    }

    /** The generated HTML pages under {@code site}, as '/'-separated relative paths, sorted. */
    public static List<String> htmlPages(Path site) {
        return snapshot(site).keySet().stream().filter(p -> p.endsWith(".html")).toList();
    }

    public static Document page(Path site, String relative) {
        try {
            return Jsoup.parse(Files.readString(site.resolve(relative), StandardCharsets.UTF_8), relative);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
