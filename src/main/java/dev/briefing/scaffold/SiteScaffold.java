package dev.briefing.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code briefing new DIR}: a new site that builds at once: settings, one sample article and one
 * sample person, a {@code .gitignore}, and a GitHub Pages workflow that runs the Briefing jar
 * copied into the site ({@code .briefing/briefing.jar}), so the site repository pins the version it
 * was made with and its workflow needs nothing but Java.
 *
 * <pre>
 * List&lt;Path&gt; written = SiteScaffold.create(Path.of("my-briefing"), "My briefing", Optional.of(jar));
 * </pre>
 */
public final class SiteScaffold {
    /** Where the site keeps the Briefing jar its workflow runs. */
    public static final String JAR = ".briefing/briefing.jar";
    public static final String SAMPLE_ARTICLE = "content/articles/harbour-ferry-goes-electric.md";

    /** A file of the new site, from a resource beside this class. */
    private record Entry(String resource, String path) {}

    private static final List<Entry> FILES = List.of(
            new Entry("site.yaml", "content/site.yaml"),
            new Entry("people.yaml", "content/people.yaml"),
            new Entry("article.md", SAMPLE_ARTICLE),
            new Entry("gitignore", ".gitignore"),
            new Entry("pages.yml", ".github/workflows/pages.yml"),
            new Entry("README.md", "README.md"));

    private SiteScaffold() {}

    /** Why a site cannot be made in the folder asked for. */
    public static final class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    /**
     * Writes the new site into {@code dir}, which must not exist or be empty.
     *
     * @param jar the Briefing jar to copy into the site, when running from one
     * @return the files written, relative to {@code dir}, in the order written
     */
    public static List<Path> create(Path dir, String title, Optional<Path> jar) throws RefusedException, IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new RefusedException(dir + " exists and is not a folder");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            throw new RefusedException(dir + " is not empty: choose a new folder, or an empty one");
        }
        List<Path> written = new ArrayList<>();
        for (Entry f : FILES) {
            Path target = dir.resolve(f.path());
            Files.createDirectories(target.getParent());
            // {{title}} sits in YAML, so it is written as a quoted scalar; {{title-text}} as typed.
            Files.writeString(target, resource(f.resource()).replace("{{title}}", quoted(title))
                    .replace("{{title-text}}", title));
            written.add(Path.of(f.path()));
        }
        if (jar.isPresent()) {
            Path target = dir.resolve(JAR);
            Files.createDirectories(target.getParent());
            Files.copy(jar.get(), target);
            written.add(Path.of(JAR));
        }
        return written;
    }

    /** "my-briefing" → "My briefing": a title to start with, made from the folder's name. */
    public static String titleFor(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String words = name == null ? "" : name.toString().replaceAll("[-_.\\s]+", " ").strip();
        if (words.isEmpty()) {
            return "My briefing";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** A YAML double-quoted scalar, so any title the user types stays text. */
    static String quoted(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format(Locale.ROOT, "\\x%02x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String resource(String name) {
        try (InputStream in = SiteScaffold.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing scaffold resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
