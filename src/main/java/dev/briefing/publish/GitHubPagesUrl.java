package dev.briefing.publish;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL GitHub Pages serves a repository's site at, from the repository's remote URL, as GitHub
 * documents it: {@code https://<owner>.github.io/<repo>/} for a project site,
 * {@code https://<owner>.github.io/} for the {@code <owner>.github.io} repository, and
 * {@code https://<domain>/} with a custom domain ({@code CNAME}).
 */
public final class GitHubPagesUrl {
    private static final Pattern GITHUB = Pattern.compile(
            "(?:https?://(?:[^@/]+@)?github\\.com/|ssh://git@github\\.com/|git@github\\.com:)([^/]+)/([^/]+?)(?:\\.git)?/?");

    private GitHubPagesUrl() {}

    public static Optional<String> of(String remoteUrl, Optional<String> cname) {
        if (cname.isPresent() && !cname.get().isBlank()) {
            return Optional.of("https://" + cname.get().strip() + "/");
        }
        Matcher m = GITHUB.matcher(remoteUrl.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String owner = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String repo = m.group(2);
        if (repo.equalsIgnoreCase(owner + ".github.io")) {
            return Optional.of("https://" + owner + ".github.io/");
        }
        return Optional.of("https://" + owner + ".github.io/" + repo + "/");
    }
}
