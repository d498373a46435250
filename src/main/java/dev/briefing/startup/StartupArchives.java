package dev.briefing.startup;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Makes the start-up archives {@code bin/briefing} uses: the classes a typical run loads, parsed
 * and laid out ahead of time by a given Java, so the next runs start in about half the time.
 * Maven runs it at package time, for the Java that builds (and any more named on the command line):
 *
 * <pre>
 * java -cp target/briefing.jar dev.briefing.startup.StartupArchives [JAVA_HOME ...]
 * </pre>
 *
 * <p>Java 17 to 23 get a class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}), Java 24 and
 * newer an AOT cache. An archive only works with the very Java build that made it, and with this
 * jar: each is named by the Java's runtime version ({@link JavaRelease#archiveName}), and the
 * launcher uses one only when it matches the Java it runs and is newer than the jar. Failing to make
 * one is never an error: the launcher then starts without it.
 */
public final class StartupArchives {
    /** Training runs are a few seconds; a hung one must not hang the build. */
    private static final long TIMEOUT_MINUTES = 5;

    private StartupArchives() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(Training.COMMAND)) {
            Training.run(Path.of(args[1]));
            return;
        }
        Path jar = runningJar();
        List<Path> homes = new ArrayList<>();
        homes.add(Path.of(System.getProperty("java.home")));
        for (String a : args) {
            if (!a.isBlank()) {
                homes.add(Path.of(a));
            }
        }
        for (Path home : homes.stream().distinct().toList()) {
            make(home, jar, System.out);
        }
    }

    /** Makes the archive of one Java next to {@code jar}; prints what it did or why it could not. */
    static Optional<Path> make(Path javaHome, Path jar, PrintStream log) {
        Optional<JavaRelease> release = JavaRelease.of(javaHome);
        if (release.isEmpty()) {
            log.println("start-up archive: skipped " + javaHome + ": no Java there (no release file)");
            return Optional.empty();
        }
        JavaRelease java = release.get();
        if (java.major() < 17) {
            log.println("start-up archive: skipped Java " + java.runtimeVersion() + ": Briefing needs 17 or newer");
            return Optional.empty();
        }
        Path target = jar.resolveSibling(java.archiveName());
        Path partial = jar.resolveSibling(java.archiveName() + ".partial");
        Path work = null;
        try {
            work = Files.createTempDirectory("briefing-training");
            Path javaExe = javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
            Files.deleteIfExists(partial);
            // The archive records the class path: the launcher passes the same real path.
            String classPath = jar.toRealPath().toString();
            long start = System.nanoTime();
            if (java.major() >= 25) {
                train(List.of(javaExe.toString(), "-XX:AOTCacheOutput=" + partial, "-cp", classPath), work);
            } else if (java.major() == 24) {
                Path config = work.resolve("briefing.aotconf");
                train(List.of(javaExe.toString(), "-XX:AOTMode=record", "-XX:AOTConfiguration=" + config,
                        "-cp", classPath), work);
                run(List.of(javaExe.toString(), "-XX:AOTMode=create", "-XX:AOTConfiguration=" + config,
                        "-XX:AOTCache=" + partial, "-cp", classPath), work);
            } else {
                // Interpreted only. Some archives made by a compiling training run left a hot method
                // (flexmark's SubSequence.charAt) never compiled in every build that used them: a
                // 1,000-article parse took 18 s instead of 7. Interpreted, the training run loads
                // the same classes and leaves no compiler state in the archive.
                train(List.of(javaExe.toString(), "-Xint", "-XX:ArchiveClassesAtExit=" + partial, "-cp", classPath),
                        work);
            }
            if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
                throw new IOException("the training run wrote no archive");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.printf("start-up archive: %s for Java %s (%.1f MB, %.1f s)%n", target.getFileName(),
                    java.runtimeVersion(), Files.size(target) / 1e6, (System.nanoTime() - start) / 1e9);
            return Optional.of(target);
        } catch (IOException | InterruptedException e) {
            log.println("start-up archive: none for Java " + java.runtimeVersion() + " (" + e.getMessage()
                    + "); briefing starts without one");
            return Optional.empty();
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a left-over partial file is never used: the launcher looks for the final name only
            }
            if (work != null) {
                Training.delete(work);
            }
        }
    }

    private static void train(List<String> javaAndOptions, Path work) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaAndOptions);
        command.addAll(List.of(StartupArchives.class.getName(), Training.COMMAND, work.resolve("site").toString()));
        run(command, work);
    }

    private static void run(List<String> command, Path work) throws IOException, InterruptedException {
        Path output = work.resolve("jvm-output.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("training run took over " + TIMEOUT_MINUTES + " minutes");
        }
        if (p.exitValue() != 0) {
            String printed = Files.readString(output, StandardCharsets.UTF_8).strip();
            throw new IOException("exit " + p.exitValue() + (printed.isEmpty() ? "" : ": " + printed));
        }
    }

    private static Path runningJar() throws URISyntaxException {
        Path p = Path.of(StartupArchives.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("run this from briefing.jar, not from " + p);
        }
        return p;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").startsWith("Windows");
    }
}
