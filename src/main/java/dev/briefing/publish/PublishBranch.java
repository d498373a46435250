package dev.briefing.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Which branches a site may be committed to. Publishing replaces a branch's whole tree with the
 * site, so it must never be a branch that holds the sources: the one checked out (here or in
 * another worktree), the repository's default branch, or any branch holding the site's content
 * folder. And the name must be a plain branch
 * name: {@code HEAD} became {@code refs/heads/HEAD}, which every later git command confuses with
 * the real HEAD.
 */
final class PublishBranch {
    private PublishBranch() {}

    /**
     * Throws, with the reason and what to do instead, when {@code branch} may not be published to.
     *
     * @param contentDir the site's content folder, when known: a branch that holds it is a branch of
     *     sources
     */
    static void check(Git git, String branch, String remote, Optional<Path> contentDir) throws IOException {
        String upper = branch.toUpperCase(Locale.ROOT);
        Optional<String> valid = git.query("check-ref-format", "--branch", branch);
        if (valid.isEmpty() || !valid.get().equals(branch) || upper.endsWith("HEAD") || branch.startsWith("refs/")
                || branch.equals("@")) {
            throw refuse(branch, "it is not a plain branch name");
        }
        String ref = "refs/heads/" + branch;
        if (git.query("symbolic-ref", "-q", "HEAD").filter(ref::equals).isPresent()) {
            throw refuse(branch, "it is the branch checked out here; publishing moves it and would leave your "
                    + "checkout out of date");
        }
        for (String line : git.query("worktree", "list", "--porcelain").orElse("").split("\n")) {
            if (line.equals("branch " + ref)) {
                throw refuse(branch, "it is checked out in another worktree");
            }
        }
        if (defaultBranch(git, remote).filter(branch::equals).isPresent()) {
            throw refuse(branch, "it is the repository's default branch, which holds your sources");
        }
        Optional<String> sources = contentDir.isEmpty() ? Optional.empty()
                : sitePathInRepository(git, contentDir.get().resolve("site.yaml"));
        if (sources.isPresent() && git.query("cat-file", "-e", ref + ":" + sources.get()).isPresent()) {
            throw refuse(branch, "it holds this site's sources (" + sources.get() + ")");
        }
    }

    /** Where {@code file} is in the repository, with {@code /} separators; empty when outside it. */
    private static Optional<String> sitePathInRepository(Git git, Path file) throws IOException {
        Optional<String> top = git.query("rev-parse", "--show-toplevel");
        if (top.isEmpty() || !Files.exists(file)) {
            return Optional.empty();
        }
        Path root = Path.of(top.get()).toRealPath();
        Path real = file.toRealPath();
        return real.startsWith(root)
                ? Optional.of(root.relativize(real).toString().replace('\\', '/'))
                : Optional.empty();
    }

    /** The remote's default branch when known (its HEAD), else {@code init.defaultBranch}. */
    private static Optional<String> defaultBranch(Git git, String remote) throws IOException {
        Optional<String> remoteHead = git.query("symbolic-ref", "-q", "--short", "refs/remotes/" + remote + "/HEAD")
                .filter(s -> s.startsWith(remote + "/"))
                .map(s -> s.substring(remote.length() + 1));
        if (remoteHead.isPresent()) {
            return remoteHead;
        }
        return git.query("config", "init.defaultBranch").filter(s -> !s.isBlank());
    }

    private static IOException refuse(String branch, String why) {
        return new IOException("refusing to publish to branch '" + branch + "': " + why
                + "; choose another with --branch (the default is gh-pages)");
    }
}
