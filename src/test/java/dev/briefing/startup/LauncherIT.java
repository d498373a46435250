package dev.briefing.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/briefing} with the packaged jar and the start-up archives {@code package} made, run
 * after the {@code package} phase: the archive is really used, and a site made by {@code new}
 * builds with the jar it carries, as its GitHub Pages workflow runs it.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin/briefing").toAbsolutePath();
    private static final Path JAR = Path.of("target/briefing.jar").toAbsolutePath();

    @TempDir
    Path tmp;

    @BeforeEach
    void unixOnly() {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "bin/briefing is for Linux and macOS");
    }

    @Test
    void theArchiveMadeAtPackageTimeIsUsedByTheSameJava() throws Exception {
        Path javaHome = Path.of(System.getProperty("java.home"));
        JavaRelease java = JavaRelease.of(javaHome).orElseThrow();
        assumeTrue(Files.exists(JAR.resolveSibling(java.archiveName())), "package made no archive for this Java");

        assertThat(loadedFrom(javaHome, Map.of(), "dev.briefing.cli.BriefingCli")).isEqualTo("shared objects file (top)");
    }

    @Test
    void java24AndNewerUseAnAotCache() throws Exception {
        Optional<Path> newer = newerJava();
        assumeTrue(newer.isPresent(), "no Java 24 or newer beside this one");
        Path made = JAR.resolveSibling(JavaRelease.of(newer.get()).orElseThrow().archiveName());
        // package makes it when -Dbriefing.archive.jdks names that Java; else make it here.
        if (!Files.exists(made) || Files.getLastModifiedTime(made).compareTo(Files.getLastModifiedTime(JAR)) <= 0) {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            Optional<Path> cache = StartupArchives.make(newer.get(), JAR,
                    new PrintStream(log, true, StandardCharsets.UTF_8));
            assertThat(cache).as(log.toString(StandardCharsets.UTF_8)).contains(made);
        }
        assertThat(made.getFileName().toString()).endsWith(".aot");

        assertThat(loadedFrom(newer.get(), Map.of(), "dev.briefing.cli.BriefingCli")).startsWith("shared objects file");
        // Without the cache the same Java loads the class from the jar.
        assertThat(loadedFrom(newer.get(), Map.of("BRIEFING_NO_ARCHIVE", "1"), "dev.briefing.cli.BriefingCli"))
                .startsWith("file:");
    }

    @Test
    void aNewSiteBuildsWithTheLauncherAndWithTheJarItCarries() throws Exception {
        Run made = run(tmp, Map.of(), LAUNCHER.toString(), "new", "harbour");
        assertThat(made.exit()).as(made.err()).isZero();
        Path site = tmp.resolve("harbour");
        assertThat(Files.mismatch(site.resolve(".briefing/briefing.jar"), JAR)).isEqualTo(-1L);
        assertThat(made.out()).doesNotContain("note:");

        // What the site's Pages workflow runs, in the site's folder.
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Run workflow = run(site, Map.of(), java.toString(), "-jar", ".briefing/briefing.jar", "build",
                "--base-url", "https://example.org/harbour/");
        assertThat(workflow.exit()).as(workflow.err()).isZero();
        assertThat(workflow.err()).isEmpty();
        assertThat(site.resolve("site-out/feed.xml")).exists();
        assertThat(site.resolve("site-out/newsletter/digest.html")).exists();

        Run local = run(site, Map.of(), LAUNCHER.toString(), "build");
        assertThat(local.exit()).as(local.err()).isZero();
        assertThat(Jsoup.parse(site.resolve("site-out/index.html").toFile()).select("h1").text()).isEqualTo("Harbour");
    }

    /** The jar allows native access (the output swap calls renameat2), so newer Javas do not warn. */
    @Test
    void aBuildOnJava24OrNewerPrintsNoWarning() throws Exception {
        Optional<Path> newer = newerJava();
        assumeTrue(newer.isPresent(), "no Java 24 or newer beside this one");
        Path site = newSite();

        Run build = run(site, Map.of("JAVA_HOME", newer.get().toString()), LAUNCHER.toString(), "build",
                "--base-url", "https://example.org/harbour/");

        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.err()).isEmpty();
    }

    /**
     * On a terminal a build says which stage it is in, on standard error; with standard error sent
     * to a file, even from a terminal, nothing of that reaches the file.
     */
    @Test
    void progressGoesToATerminalOnlyNeverIntoALog() throws Exception {
        Optional<Path> script = Stream.of("/usr/bin/script", "/bin/script").map(Path::of).filter(Files::isExecutable)
                .findFirst();
        assumeTrue(script.isPresent() && System.getProperty("os.name").startsWith("Linux"), "needs util-linux script");
        Path site = newSite();
        Path log = tmp.resolve("build.log");

        // script runs the command on a new pseudo-terminal and copies what it shows to standard output;
        // CI (set in CI runs) would turn the progress off.
        String build = "env -u CI '" + LAUNCHER + "' build";
        Run shown = run(site, Map.of("TERM", "xterm"), script.get().toString(), "-qec", build, "/dev/null");
        Run logged = run(site, Map.of("TERM", "xterm"), script.get().toString(), "-qec", build + " 2> '" + log + "'",
                "/dev/null");

        assertThat(shown.exit()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("\r\u001B[Kbuilding: parse…").contains("Built ");
        assertThat(logged.exit()).as(logged.err()).isZero();
        assertThat(logged.out()).contains("Built ").doesNotContain("building:");
        assertThat(Files.readString(log)).doesNotContain("building:").doesNotContain("\u001B");
    }

    /** C2 compiling takes half a short build's CPU time: builds of small sites run with C1 alone. */
    @Test
    void buildsOfSitesUnderTheThresholdUseOnlyTheFirstJitCompiler() throws Exception {
        Path site = newSite();
        Map<String, String> flags = Map.of("BRIEFING_OPTS", "-XX:+PrintFlagsFinal");
        String c1Only = "TieredStopAtLevel\\s+= 1 .*command line";

        Run small = run(site, flags, LAUNCHER.toString(), "check");
        assertThat(small.exit()).as(small.err()).isZero();
        assertThat(small.out()).containsPattern(c1Only);
        Run elsewhere = run(tmp, flags, LAUNCHER.toString(), "check", "--content", "harbour/content",
                "--templates", "harbour/templates");
        assertThat(elsewhere.out()).containsPattern(c1Only);

        Map<String, String> large = new java.util.HashMap<>(flags);
        large.put("BRIEFING_C1_BELOW", "1");
        assertThat(run(site, large, LAUNCHER.toString(), "check").out()).doesNotContainPattern(c1Only)
                .containsPattern("TieredStopAtLevel\\s+= 4 ");
        assertThat(run(site, flags, LAUNCHER.toString(), "--version").out()).doesNotContainPattern(c1Only);
        Map<String, String> chosen = Map.of("BRIEFING_OPTS", "-XX:+PrintFlagsFinal -XX:TieredStopAtLevel=3");
        assertThat(run(site, chosen, LAUNCHER.toString(), "check").out()).containsPattern("TieredStopAtLevel\\s+= 3 ");
    }

    /** A build is a batch job: on one or two cores the serial collector is as fast, in a smaller heap. */
    @Test
    void buildsOnOneOrTwoCoresUseTheSerialCollector() throws Exception {
        Path site = newSite();
        Map<String, String> flags = Map.of("BRIEFING_OPTS", "-XX:+PrintFlagsFinal");
        String serial = "UseSerialGC\\s+= true .*command line";
        // The launcher counts the cores online, as getconf does (a container's CPU quota aside).
        boolean fewCores = Integer.parseInt(run(tmp, Map.of(), "getconf", "_NPROCESSORS_ONLN").out().strip()) <= 2;
        // A compiler chosen by hand leaves the collector to the launcher.
        Map<String, String> jit = Map.of("BRIEFING_OPTS", "-XX:+PrintFlagsFinal -XX:TieredStopAtLevel=3");
        for (Map<String, String> env : List.of(flags, jit)) {
            String out = run(site, env, LAUNCHER.toString(), "check").out();
            if (fewCores) {
                // ...with the heap kept close to what the build holds.
                assertThat(out).as(env.toString()).containsPattern(serial)
                        .containsPattern("MaxHeapFreeRatio\\s+= 30 .*command line")
                        .containsPattern("MinHeapFreeRatio\\s+= 15 .*command line")
                        .containsPattern("MaxNewSize\\s+= 167772160 .*command line");
            } else {
                assertThat(out).as(env.toString()).doesNotContainPattern(serial);
            }
        }
        assertThat(run(site, flags, LAUNCHER.toString(), "--version").out()).doesNotContainPattern(serial);
        Map<String, String> chosen = Map.of("BRIEFING_OPTS", "-XX:+PrintFlagsFinal -XX:+UseParallelGC");
        assertThat(run(site, chosen, LAUNCHER.toString(), "check").out()).doesNotContainPattern(serial)
                .containsPattern("UseParallelGC\\s+= true");
    }

    /** A site made by {@code briefing new}, one article. */
    private Path newSite() throws Exception {
        Run made = run(tmp, Map.of(), LAUNCHER.toString(), "new", "harbour");
        assertThat(made.exit()).as(made.err()).isZero();
        return tmp.resolve("harbour");
    }

    /** Where {@code bin/briefing} run by {@code javaHome} loads {@code className} from, per -Xlog:class+load. */
    private String loadedFrom(Path javaHome, Map<String, String> env, String className) throws Exception {
        Path log = tmp.resolve("classes-" + System.nanoTime() + ".txt");
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("JAVA_HOME", javaHome.toString());
        all.put("BRIEFING_OPTS", "-Xlog:class+load=info:file=" + log);
        Run run = run(tmp, all, LAUNCHER.toString(), "--version");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        String prefix = " " + className + " source: ";
        return Files.readAllLines(log).stream().filter(l -> l.contains(prefix))
                .map(l -> l.substring(l.indexOf(prefix) + prefix.length())).findFirst().orElseThrow();
    }

    /** A Java 24+ installed beside the running one (as in /usr/lib/jvm). */
    private static Optional<Path> newerJava() throws IOException {
        Path parent = Path.of(System.getProperty("java.home")).toRealPath().getParent();
        try (Stream<Path> homes = Files.list(parent)) {
            return homes.filter(h -> JavaRelease.of(h).map(r -> r.major() >= 24).orElse(false))
                    .filter(h -> Files.isExecutable(h.resolve("bin/java"))).sorted().findFirst();
        }
    }

    record Run(int exit, String out, String err) {}

    private static Run run(Path cwd, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(cwd.toFile());
        pb.environment().remove("BRIEFING_OPTS");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile(cwd.getParent(), "out", ".txt");
        Path err = Files.createTempFile(cwd.getParent(), "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
