package dev.briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefing publish} in repository states where it replaced the wrong tree: every refusal
 * comes before anything is built or written, with the reason, and the refs stay as they were.
 */
class PublishTest {
    private static final String CHOOSE = "; choose another with --branch (the default is gh-pages)";

    @TempDir
    Path tmp;

    private Path repo;
    private HostileSite site;

    @BeforeEach
    void repository() throws Exception {
        Path remote = tmp.resolve("remote.git");
        repo = tmp.resolve("repo");
        git(tmp, "init", "-q", "--bare", "-b", "main", remote.toString());
        git(tmp, "init", "-q", "-b", "main", repo.toString());
        git(repo, "config", "user.name", "Writer");
        git(repo, "config", "user.email", "writer@example.org");
        Files.writeString(repo.resolve("README.md"), "Sources.\n");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "Sources");
        git(repo, "remote", "add", "origin", remote.toString());
        git(repo, "push", "-q", "origin", "main");
        git(repo, "remote", "set-head", "origin", "main");
        site = HostileSite.in(tmp.resolve("site")).article("a", "title: T\n", "Text.\n");
    }

    private HostileSite.Run publish(String... more) {
        String[] args = new String[more.length + 4];
        args[0] = "--repo";
        args[1] = repo.toString();
        args[2] = "--no-push";
        args[3] = "--base-url=https://example.org/";
        System.arraycopy(more, 0, args, 4, more.length);
        return site.run("publish", args);
    }

    @Test
    void headAndOtherNamesThatAreNotPlainBranchesAreRefused() throws Exception {
        String refs = git(repo, "for-each-ref");
        for (String name : new String[] {"HEAD", "FETCH_HEAD", "head", "-x", "a..b", "refs/heads/x", "@", "@{-1}"}) {
            var run = publish("--branch", name);
            assertThat(run.errLines()).as(name).containsExactly("publish failed: refusing to publish to branch '" + name
                    + "': it is not a plain branch name" + CHOOSE);
            assertThat(run.exit()).isEqualTo(1);
        }
        assertThat(git(repo, "for-each-ref")).isEqualTo(refs);
        assertThat(site.out).doesNotExist();
    }

    @Test
    void theCheckedOutBranchIsRefused() throws Exception {
        var run = publish("--branch", "main");
        assertThat(run.errLines()).containsExactly("publish failed: refusing to publish to branch 'main': it is the "
                + "branch checked out here; publishing moves it and would leave your checkout out of date" + CHOOSE);
        assertThat(site.out).doesNotExist();
    }

    @Test
    void theDefaultBranchIsRefusedFromAnotherBranch() throws Exception {
        git(repo, "switch", "-q", "-c", "draft");
        String main = git(repo, "rev-parse", "main");
        var run = publish("--branch", "main");
        assertThat(run.errLines()).containsExactly("publish failed: refusing to publish to branch 'main': it is the "
                + "repository's default branch, which holds your sources" + CHOOSE);
        assertThat(git(repo, "rev-parse", "main")).isEqualTo(main);
    }

    @Test
    void aBranchCheckedOutInAnotherWorktreeIsRefused() throws Exception {
        git(repo, "worktree", "add", "-q", "-b", "other", tmp.resolve("other").toString());
        var run = publish("--branch", "other");
        assertThat(run.errLines()).containsExactly("publish failed: refusing to publish to branch 'other': it is "
                + "checked out in another worktree" + CHOOSE);
    }

    /** Any branch that holds the site's content folder holds sources, whatever it is called. */
    @Test
    void aBranchHoldingTheSitesSourcesIsRefused() throws Exception {
        HostileSite inRepo = HostileSite.in(repo.resolve("briefing")).article("a", "title: T\n", "Text.\n");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "The briefing's sources");
        git(repo, "branch", "notes");
        String notes = git(repo, "rev-parse", "notes");
        var run = inRepo.run("publish", "--repo", repo.toString(), "--no-push", "--base-url=https://example.org/",
                "--branch", "notes");
        assertThat(run.errLines()).containsExactly("publish failed: refusing to publish to branch 'notes': it holds "
                + "this site's sources (briefing/content/site.yaml)" + CHOOSE);
        assertThat(git(repo, "rev-parse", "notes")).isEqualTo(notes);
        assertThat(inRepo.out).doesNotExist();
        // A branch of its own is published to, and the next publish finds the site there, not sources.
        var published = inRepo.run("publish", "--repo", repo.toString(), "--no-push", "--base-url=https://example.org/",
                "--branch", "site");
        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(inRepo.run("publish", "--repo", repo.toString(), "--no-push", "--base-url=https://example.org/",
                "--branch", "site").exit()).isZero();
    }

    @Test
    void strictFailsOnWarningsAsBuildDoes() throws Exception {
        site.article("a", "title: T\nsources:\n  - title: No link\n", "Text.\n");
        assertThat(site.build("--strict").exit()).isEqualTo(1);
        var run = publish("--strict");
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:4:5: source has no URL",
                "1 error, 0 warnings",
                "Build failed; nothing was published.");
        assertThat(git(repo, "branch", "--list", "gh-pages")).isEmpty();
    }

    @Test
    void withoutBuildingASymbolicLinkInTheOutputIsNotPublished() throws Exception {
        assertThat(publish().exit()).isZero();
        String published = git(repo, "rev-parse", "gh-pages");
        Path secret = Files.writeString(tmp.resolve("secret"), "the builder's own file\n");
        Files.createSymbolicLink(site.out.resolve("leak.txt"), secret);

        var run = publish("--no-build");

        assertThat(run.errLines()).containsExactly("publish failed: 1 symbolic link(s) in site-out, which a build "
                + "never writes (site-out/leak.txt): nothing was published; build the site again");
        assertThat(git(repo, "rev-parse", "gh-pages")).isEqualTo(published);
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("git " + String.join(" ", args) + ": " + out).isZero();
        return out;
    }
}
