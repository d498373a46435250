package dev.briefing.publish;

import dev.briefing.render.BuildClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Commits a built site to a branch ({@code gh-pages}) and pushes it, without touching the working
 * branch, the index, HEAD or any uncommitted work.
 *
 * <p>Only git plumbing is used: the site's files are stored as blobs, listed in a temporary index
 * file (never the repository's own), written as a tree, committed on top of the branch's previous
 * commit and the branch ref moved with a compare-and-swap. Nothing is checked out. With
 * {@code SOURCE_DATE_EPOCH} set, the commit's dates come from it, so the same site, parent and
 * identity always give the same commit.
 *
 * <pre>
 * var result = GhPagesPublisher.publish(Path.of("."), Path.of("site-out"),
 *         new GhPagesPublisher.Options("gh-pages", "origin", "Publish site", true));
 * </pre>
 */
public final class GhPagesPublisher {
    /** Files in the output folder that are not part of the site. */
    private static final List<String> NOT_PUBLISHED = List.of(Publisher.MARKER);

    /**
     * @param message commit message; null for "Publish site from <short HEAD>"
     * @param push false to commit locally only
     */
    public record Options(String branch, String remote, String message, boolean push) {}

    /**
     * @param commit the branch's new commit (the old one when nothing changed)
     * @param parent the branch's previous commit, or null when the branch is new
     * @param changed false when the site was identical to what the branch already had
     */
    public record Result(String commit, String parent, int fileCount, boolean changed, boolean pushed) {}

    private GhPagesPublisher() {}

    public static Result publish(Path repoDir, Path siteDir, Options options) throws IOException {
        Git git = new Git(repoDir, Map.of());
        checkBranch(git, options, Optional.empty());
        String ref = "refs/heads/" + options.branch();
        List<Path> files = siteFiles(siteDir);
        if (files.isEmpty()) {
            throw new IOException(siteDir + " has no files to publish; build the site first");
        }
        Optional<String> parent = git.query("rev-parse", "--verify", "-q", ref + "^{commit}")
                .or(() -> query(git, "rev-parse", "--verify", "-q",
                        "refs/remotes/" + options.remote() + "/" + options.branch() + "^{commit}"));

        String tree = writeTree(git, siteDir, files);
        if (parent.isPresent() && git.run("rev-parse", parent.get() + "^{tree}").equals(tree)) {
            boolean pushed = options.push() && push(git, options, ref);
            return new Result(parent.get(), parent.get(), files.size(), false, pushed);
        }
        String message = options.message() != null ? options.message()
                : git.query("rev-parse", "--short", "HEAD").map(h -> "Publish site from " + h).orElse("Publish site");
        Git committer = git.withEnv(commitEnv(git));
        String commit = parent.isPresent()
                ? committer.runWithInput(message, "commit-tree", tree, "-p", parent.get(), "-F", "-")
                : committer.runWithInput(message, "commit-tree", tree, "-F", "-");
        // Compare-and-swap: fails if someone moved the branch since we read it.
        git.run("update-ref", "-m", "briefing publish", ref, commit,
                git.query("rev-parse", "--verify", "-q", ref).orElse("0".repeat(40)));
        boolean pushed = options.push() && push(git, options, ref);
        return new Result(commit, parent.orElse(null), files.size(), true, pushed);
    }

    /**
     * Throws when {@code options.branch()} may not hold the site ({@link PublishBranch}): called
     * before building, so a refused branch costs no build.
     */
    public static void checkBranch(Path repoDir, Options options, Path contentDir) throws IOException {
        checkBranch(new Git(repoDir, Map.of()), options, Optional.of(contentDir));
    }

    private static void checkBranch(Git git, Options options, Optional<Path> contentDir) throws IOException {
        git.run("rev-parse", "--git-dir");
        PublishBranch.check(git, options.branch(), options.remote(), contentDir);
    }

    private static Optional<String> query(Git git, String... args) {
        try {
            return git.query(args);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean push(Git git, Options options, String ref) throws IOException {
        git.run("push", "--quiet", options.remote(), ref + ":" + ref);
        return true;
    }

    /** Stores every file as a blob and writes their tree, through a throwaway index file. */
    private static String writeTree(Git git, Path siteDir, List<Path> files) throws IOException {
        Path tempDir = Files.createTempDirectory("briefing-publish");
        Path index = tempDir.resolve("index");
        try {
            Git scratch = git.withEnv(Map.of("GIT_INDEX_FILE", index.toString()));
            String paths = files.stream().map(f -> f.toAbsolutePath().toString()).collect(Collectors.joining("\n", "", "\n"));
            List<String> blobs = scratch.runWithInput(paths, "hash-object", "-w", "--no-filters", "--stdin-paths").lines().toList();
            if (blobs.size() != files.size()) {
                throw new IOException("git hash-object returned " + blobs.size() + " ids for " + files.size() + " files");
            }
            StringBuilder entries = new StringBuilder();
            for (int i = 0; i < files.size(); i++) {
                String path = siteDir.relativize(files.get(i)).toString().replace('\\', '/');
                entries.append("100644 ").append(blobs.get(i)).append('\t').append(path).append('\n');
            }
            scratch.runWithInput(entries.toString(), "update-index", "--add", "--index-info");
            return scratch.run("write-tree");
        } finally {
            Files.deleteIfExists(index);
            Files.deleteIfExists(tempDir.resolve("index.lock"));
            Files.deleteIfExists(tempDir);
        }
    }

    /** Dates from SOURCE_DATE_EPOCH when set; a fallback identity when git has none configured. */
    private static Map<String, String> commitEnv(Git git) throws IOException {
        Map<String, String> env = new HashMap<>();
        if (System.getenv("SOURCE_DATE_EPOCH") != null) {
            String date = "@" + BuildClock.now().getEpochSecond() + " +0000";
            env.put("GIT_AUTHOR_DATE", date);
            env.put("GIT_COMMITTER_DATE", date);
        }
        if (git.query("config", "user.name").filter(s -> !s.isBlank()).isEmpty()
                && System.getenv("GIT_AUTHOR_NAME") == null) {
            env.put("GIT_AUTHOR_NAME", "Briefing");
            env.put("GIT_COMMITTER_NAME", "Briefing");
        }
        if (git.query("config", "user.email").filter(s -> !s.isBlank()).isEmpty()
                && System.getenv("GIT_AUTHOR_EMAIL") == null) {
            env.put("GIT_AUTHOR_EMAIL", "briefing@localhost");
            env.put("GIT_COMMITTER_EMAIL", "briefing@localhost");
        }
        return env;
    }

    private static List<Path> siteFiles(Path siteDir) throws IOException {
        if (!Files.isDirectory(siteDir)) {
            throw new IOException(siteDir + " does not exist; build the site first");
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(siteDir)) {
            all = walk.sorted().toList();
        }
        // A build writes no links; one found here was put there, and git would store what it points to.
        List<Path> links = all.stream().filter(Files::isSymbolicLink).toList();
        if (!links.isEmpty()) {
            throw new IOException(links.size() + " symbolic link(s) in " + siteDir + ", which a build never writes ("
                    + links.stream().limit(5).map(Path::toString).collect(Collectors.joining(", "))
                    + "): nothing was published; build the site again");
        }
        return all.stream().filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                .filter(f -> !(f.getParent().equals(siteDir) && NOT_PUBLISHED.contains(f.getFileName().toString())))
                .toList();
    }
}
