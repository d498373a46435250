package dev.briefing.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing publish} against a real repository with a local bare remote. */
class GhPagesPublishTest {
    @TempDir
    Path tmp;

    @Test
    void publishesToGhPagesWithoutTouchingTheCheckout() throws Exception {
        Path remote = tmp.resolve("remote.git");
        Path work = tmp.resolve("work");
        git(tmp, "init", "-q", "--bare", remote.toString());
        git(tmp, "init", "-q", "-b", "main", work.toString());
        git(work, "config", "user.name", "Test Writer");
        git(work, "config", "user.email", "writer@example.org");
        git(work, "remote", "add", "origin", remote.toString());
        copyContent(work.resolve("content"));
        Files.writeString(work.resolve(".gitignore"), "site-out/\n.briefing-cache/\n");
        git(work, "add", ".");
        git(work, "commit", "-q", "-m", "Content");
        // Uncommitted work of every kind: a modified tracked file, a staged new file, an untracked file.
        Path site = work.resolve("content/site.yaml");
        Files.writeString(site, Files.readString(site) + "# an edit in progress\n");
        Files.writeString(work.resolve("staged.txt"), "staged\n");
        git(work, "add", "staged.txt");
        Files.writeString(work.resolve("notes.txt"), "untracked\n");
        String head = git(work, "rev-parse", "HEAD");
        String status = git(work, "status", "--porcelain");
        String index = git(work, "ls-files", "--stage");

        int exit = Cli.exit("publish", "--repo", work.toString(), "--content", work.resolve("content").toString(),
                "--templates", work.resolve("no-templates").toString(), "--out", work.resolve("site-out").toString(),
                "--base-url", "https://example.org/briefing/");

        assertThat(exit).isZero();
        assertThat(git(work, "rev-parse", "HEAD")).isEqualTo(head);
        assertThat(git(work, "symbolic-ref", "HEAD")).isEqualTo("refs/heads/main");
        assertThat(git(work, "status", "--porcelain")).isEqualTo(status);
        assertThat(git(work, "ls-files", "--stage")).isEqualTo(index);
        assertThat(Files.readString(site)).endsWith("# an edit in progress\n");

        List<String> published = git(remote, "ls-tree", "-r", "--name-only", "gh-pages").lines().toList();
        assertThat(published).contains(".nojekyll", "404.html", "index.html", "feed.xml", "sitemap.xml",
                "articles/karpathy-joins-anthropic.html", "assets/style.css", "search-index.json")
                .doesNotContain(Publisher.MARKER, "notes.txt", "staged.txt", "content/site.yaml");
        assertThat(git(remote, "show", "gh-pages:index.html")).contains("<link rel=\"canonical\" href=\"https://example.org/briefing/index.html\">");
        String first = git(remote, "rev-parse", "gh-pages");
        assertThat(git(work, "rev-parse", "gh-pages")).isEqualTo(first);
        assertThat(git(remote, "log", "--format=%s", "gh-pages")).isEqualTo("Publish site from " + git(work, "rev-parse", "--short", "HEAD"));
        // SOURCE_DATE_EPOCH (set for tests by Maven) dates the commit.
        assertThat(git(remote, "log", "-1", "--format=%at %ct", "gh-pages")).isEqualTo("1779408000 1779408000");

        // A second publish of a changed site adds a commit on top of the first.
        Files.writeString(site, Files.readString(site).replace("title: \"Karpathy joins Anthropic\"",
                "title: \"Karpathy joins Anthropic, updated\""));
        assertThat(Cli.exit("publish", "--repo", work.toString(), "--content", work.resolve("content").toString(),
                "--templates", work.resolve("no-templates").toString(), "--out", work.resolve("site-out").toString(),
                "--base-url", "https://example.org/briefing/", "-m", "Second edition")).isZero();
        String second = git(remote, "rev-parse", "gh-pages");
        assertThat(second).isNotEqualTo(first);
        assertThat(git(remote, "rev-parse", "gh-pages^")).isEqualTo(first);
        assertThat(git(remote, "log", "-1", "--format=%s", "gh-pages")).isEqualTo("Second edition");
        assertThat(git(remote, "show", "gh-pages:index.html")).contains("Karpathy joins Anthropic, updated");
        assertThat(git(work, "rev-parse", "HEAD")).isEqualTo(head);
        assertThat(git(work, "ls-files", "--stage")).isEqualTo(index);

        // Publishing the same site again changes nothing.
        assertThat(Cli.exit("publish", "--repo", work.toString(), "--out", work.resolve("site-out").toString(),
                "--no-build")).isZero();
        assertThat(git(remote, "rev-parse", "gh-pages")).isEqualTo(second);
    }

    @Test
    void theSameSiteAndParentGiveTheSameCommit() throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>x</title>");
        Files.writeString(site.resolve("assets/style.css"), "body{}");
        Files.writeString(site.resolve(".nojekyll"), "");
        String[] commits = new String[2];
        for (int i = 0; i < 2; i++) {
            Path repo = tmp.resolve("repo" + i);
            git(tmp, "init", "-q", repo.toString());
            git(repo, "config", "user.name", "Test Writer");
            git(repo, "config", "user.email", "writer@example.org");
            var result = GhPagesPublisher.publish(repo, site, new GhPagesPublisher.Options("gh-pages", "origin",
                    "Publish", false));
            assertThat(result.pushed()).isFalse();
            assertThat(result.parent()).isNull();
            commits[i] = result.commit();
            assertThat(git(repo, "ls-tree", "-r", "--name-only", "gh-pages"))
                    .isEqualTo(".nojekyll\nassets/style.css\nindex.html");
        }
        assertThat(commits[0]).isEqualTo(commits[1]);
    }

    @Test
    void refusesToMoveTheCheckedOutBranch() throws Exception {
        Path repo = tmp.resolve("repo");
        git(tmp, "init", "-q", "-b", "gh-pages", repo.toString());
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "x");
        try {
            GhPagesPublisher.publish(repo, site, new GhPagesPublisher.Options("gh-pages", "origin", null, false));
            throw new AssertionError("expected a refusal");
        } catch (IOException e) {
            assertThat(e.getMessage()).isEqualTo("refusing to publish to branch 'gh-pages': it is the branch checked "
                    + "out here; publishing moves it and would leave your checkout out of date; choose another with "
                    + "--branch (the default is gh-pages)");
        }
    }

    @Test
    void pagesUrlFollowsGitHubsRules() {
        assertThat(GitHubPagesUrl.of("git@github.com:Octo-Cat/briefing.git", Optional.empty()))
                .contains("https://octo-cat.github.io/briefing/");
        assertThat(GitHubPagesUrl.of("https://github.com/octocat/octocat.github.io", Optional.empty()))
                .contains("https://octocat.github.io/");
        assertThat(GitHubPagesUrl.of("https://github.com/octocat/briefing.git", Optional.of("news.example.org")))
                .contains("https://news.example.org/");
        assertThat(GitHubPagesUrl.of("/srv/git/briefing.git", Optional.empty())).isEmpty();
    }

    private static void copyContent(Path target) throws IOException {
        Path source = Path.of("content");
        try (var files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path t = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }

    private static String git(Path dir, String... args) throws Exception {
        return new Git(dir, Map.of()).run(args);
    }
}
