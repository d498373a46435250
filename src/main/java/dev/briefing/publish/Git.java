package dev.briefing.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the {@code git} command line in one repository. Plain git, so publishing works with the
 * user's own credentials, hooks and configuration, exactly as a {@code git push} by hand would.
 */
final class Git {
    /** A git command that exited non-zero; the message carries git's own error output. */
    static final class GitException extends IOException {
        GitException(String message) {
            super(message);
        }
    }

    private final Path repo;
    private final Map<String, String> env;

    Git(Path repo, Map<String, String> env) {
        this.repo = repo;
        this.env = Map.copyOf(env);
    }

    Git withEnv(Map<String, String> more) {
        var all = new java.util.HashMap<>(env);
        all.putAll(more);
        return new Git(repo, all);
    }

    /** Runs {@code git args…} and returns its standard output, trimmed. */
    String run(String... args) throws IOException {
        return runWithInput(null, args);
    }

    /** Runs git with {@code stdin} fed to it. */
    String runWithInput(String stdin, String... args) throws IOException {
        Result r = exec(stdin, args);
        if (r.exit != 0) {
            throw new GitException("git " + String.join(" ", args) + " failed: " + r.err.strip());
        }
        return r.out.strip();
    }

    /** Runs git and returns its output, or empty when it exits non-zero (for queries like rev-parse). */
    Optional<String> query(String... args) throws IOException {
        Result r = exec(null, args);
        return r.exit == 0 ? Optional.of(r.out.strip()) : Optional.empty();
    }

    private record Result(int exit, String out, String err) {}

    private Result exec(String stdin, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile());
        pb.environment().putAll(env);
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process p = pb.start();
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return new Result(p.waitFor(), out.join(), err.join());
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git", e);
        }
    }

    private static CompletableFuture<String> drain(InputStream s) {
        return CompletableFuture.supplyAsync(() -> {
            try (s) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                s.transferTo(b);
                return b.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
