package dev.briefing.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/briefing}'s choices, with a stand-in Java that prints the arguments it gets: which
 * Java, whether it is new enough, and which start-up archive it is given. The real jar and archives
 * are tried in {@code LauncherIT}.
 */
class LauncherTest {
    @TempDir
    Path tmp;

    private Path home;
    private Path jar;

    @BeforeEach
    void briefingHome() throws IOException {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "bin/briefing is for Linux and macOS");
        home = tmp.resolve("briefing home");
        Files.createDirectories(home.resolve("bin"));
        Files.copy(Path.of("bin/briefing"), home.resolve("bin/briefing"));
        executable(home.resolve("bin/briefing"));
        jar = Files.createDirectories(home.resolve("target")).resolve("briefing.jar");
        Files.writeString(jar, "a jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void runsTheJarWithTheArchiveOfTheSameJava() throws Exception {
        Path java = fakeJava("jdk17", "17.0.99", "17.0.99+1-Test");
        Path archive = archive("briefing-17.0.99_1-Test.jsa", "2026-01-02T00:00:00Z");
        archive("briefing-17.0.15_6-Debian-1deb12u1.jsa", "2026-01-02T00:00:00Z");

        Run run = launch(Map.of("JAVA_HOME", java.toString()), "build", "--out", "my out");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.args()).containsExactly("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off",
                "-jar", jar.toString(), "build", "--out", "my out");
    }

    @Test
    void java24AndNewerGetTheAotCache() throws Exception {
        Path java = fakeJava("jdk25", "25.0.3", "25.0.3+9-LTS");
        Path cache = archive("briefing-25.0.3_9-LTS.aot", "2026-01-02T00:00:00Z");

        assertThat(launch(Map.of("JAVA_HOME", java.toString()), "--version").args())
                .containsExactly("-XX:AOTCache=" + cache, "-Xlog:cds*=off,aot*=off", "-jar", jar.toString(), "--version");
    }

    @Test
    void noArchiveAnArchiveOlderThanTheJarOrOfAnotherJavaIsNotPassed() throws Exception {
        Path java = fakeJava("jdk17", "17.0.99", "17.0.99+1-Test");
        List<String> plain = List.of("-Xshare:auto", "-jar", jar.toString(), "check");

        assertThat(launch(Map.of("JAVA_HOME", java.toString()), "check").args()).isEqualTo(plain);
        archive("briefing-17.0.98_1-Test.jsa", "2026-01-02T00:00:00Z");
        archive("briefing-25.0.3_9-LTS.aot", "2026-01-02T00:00:00Z");
        assertThat(launch(Map.of("JAVA_HOME", java.toString()), "check").args()).isEqualTo(plain);
        archive("briefing-17.0.99_1-Test.jsa", "2025-12-31T00:00:00Z");
        assertThat(launch(Map.of("JAVA_HOME", java.toString()), "check").args()).isEqualTo(plain);
        archive("briefing-17.0.99_1-Test.jsa", "2026-01-02T00:00:00Z");
        assertThat(launch(Map.of("JAVA_HOME", java.toString(), "BRIEFING_NO_ARCHIVE", "1"), "check").args())
                .isEqualTo(plain);
    }

    @Test
    void briefingOptsComeFirst() throws Exception {
        Path java = fakeJava("jdk17", "17.0.99", "17.0.99+1-Test");

        assertThat(launch(Map.of("JAVA_HOME", java.toString(), "BRIEFING_OPTS", "-Xmx3g -Dx=y"), "build").args())
                .containsExactly("-Xmx3g", "-Dx=y", "-Xshare:auto", "-jar", jar.toString(), "build");
    }

    @Test
    void worksFromAnyFolderThroughSymlinks() throws Exception {
        Path java = fakeJava("jdk17", "17.0.99", "17.0.99+1-Test");
        Path links = Files.createDirectories(tmp.resolve("elsewhere/bin"));
        // ~/bin/briefing -> ../tools/briefing -> <home>/bin/briefing: one relative link, one absolute
        Path tools = Files.createDirectories(tmp.resolve("elsewhere/tools"));
        Files.createSymbolicLink(tools.resolve("briefing"), home.resolve("bin/briefing"));
        Files.createSymbolicLink(links.resolve("briefing"), Path.of("../tools/briefing"));

        Run run = run(links.resolve("briefing"), Files.createDirectories(tmp.resolve("some/site")),
                Map.of("JAVA_HOME", java.toString()), "build");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.args()).containsExactly("-Xshare:auto", "-jar", jar.toRealPath().toString(), "build");
    }

    @Test
    void findsJavaOnPathWhenJavaHomeIsUnset() throws Exception {
        Path java = fakeJava("jdk21", "21.0.1", "21.0.1+12");
        Path bin = Files.createDirectories(tmp.resolve("path-bin"));
        Files.createSymbolicLink(bin.resolve("java"), java.resolve("bin/java"));

        Run run = launch(Map.of("PATH", bin + ":" + toolsOnly()), "--version");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.args()).containsExactly("-Xshare:auto", "-jar", jar.toString(), "--version");
    }

    @Test
    void saysClearlyWhatIsWrongWithJava() throws Exception {
        Path java11 = fakeJava("jdk11", "11.0.2", "11.0.2+9");
        Run old = launch(Map.of("JAVA_HOME", java11.toString()), "build");
        assertThat(old.exit()).isEqualTo(1);
        assertThat(old.err()).isEqualTo("briefing: Java 11.0.2 (" + java11 + "/bin/java) is too old: "
                + "Briefing needs Java 17 or newer; set JAVA_HOME to one\n");
        assertThat(old.args()).isEmpty();

        Path java8 = fakeJava("jdk8", "1.8.0_392", "1.8.0_392-b08");
        assertThat(launch(Map.of("JAVA_HOME", java8.toString()), "build").err())
                .startsWith("briefing: Java 1.8.0_392 (");

        Path empty = Files.createDirectories(tmp.resolve("not-a-jdk"));
        assertThat(launch(Map.of("JAVA_HOME", empty.toString()), "build").err()).isEqualTo("briefing: JAVA_HOME is '"
                + empty + "' but has no bin/java: point it at a Java 17 or newer, or unset it to use the java on PATH\n");

        Run none = launch(Map.of("PATH", toolsOnly()), "build");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).isEqualTo(
                "briefing: no Java found: install Java 17 or newer, then put it on PATH or set JAVA_HOME\n");
    }

    @Test
    void aMissingJarSaysHowToBuildIt() throws Exception {
        Files.delete(jar);
        Run run = launch(Map.of("JAVA_HOME", fakeJava("jdk17", "17.0.99", "17.0.99+1-Test").toString()), "build");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("briefing: " + home.toRealPath() + "/target/briefing.jar is missing: build it "
                + "once with: (cd '" + home.toRealPath() + "' && ./mvnw -q -DskipTests package)\n");
    }

    @Test
    void asksJavaItselfWhenThereIsNoReleaseFile() throws Exception {
        Path java = fakeJava("bare", "17.0.99", "17.0.99+1-Test");
        Files.delete(java.resolve("release"));
        Path cache = archive("briefing-17.0.99_1-Test.jsa", "2026-01-02T00:00:00Z");

        assertThat(launch(Map.of("JAVA_HOME", java.toString()), "build").args())
                .containsExactly("-XX:SharedArchiveFile=" + cache, "-Xlog:cds*=off", "-jar", jar.toString(), "build");
    }

    /** What the stand-in Java was called with (one argument a line), and what the launcher printed. */
    record Run(int exit, List<String> args, String err) {}

    private Run launch(Map<String, String> env, String... args) throws Exception {
        return run(home.resolve("bin/briefing"), tmp, env, args);
    }

    private Run run(Path script, Path cwd, Map<String, String> env, String... args) throws Exception {
        Path argsFile = tmp.resolve("java-args.txt");
        Files.deleteIfExists(argsFile);
        List<String> command = new java.util.ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("BRIEFING_OPTS");
        pb.environment().remove("BRIEFING_NO_ARCHIVE");
        pb.environment().put("PATH", toolsOnly());
        pb.environment().put("FAKE_JAVA_ARGS", argsFile.toString());
        pb.environment().putAll(env);
        Process p = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> javaArgs = Files.exists(argsFile) ? Files.readAllLines(argsFile) : List.of();
        return new Run(p.exitValue(), javaArgs, err);
    }

    /** A Java home whose release file says {@code version}; its java writes its arguments to a file. */
    private Path fakeJava(String name, String version, String runtime) throws IOException {
        Path jdk = Files.createDirectories(tmp.resolve("jvm").resolve(name));
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_RUNTIME_VERSION=\"" + runtime
                + "\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                if [ "$1" = -XshowSettings:properties ]; then
                    printf '    java.runtime.version = %s\\n    java.version = %s\\n' '""" + runtime + "' '" + version + """
                ' >&2
                    exit 0
                fi
                for a in "$@"; do printf '%s\\n' "$a"; done > "$FAKE_JAVA_ARGS"
                """);
        executable(java);
        return jdk;
    }

    private Path archive(String name, String modified) throws IOException {
        Path archive = home.resolve("target").resolve(name);
        Files.writeString(archive, "an archive");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse(modified)));
        return home.toRealPath().resolve("target").resolve(name);
    }

    /** A PATH with the tools the launcher uses, and no java. */
    private String toolsOnly() throws IOException {
        Path bin = tmp.resolve("tools-bin");
        if (!Files.isDirectory(bin)) {
            Files.createDirectories(bin);
            for (String tool : List.of("dirname", "readlink", "sed", "head", "tr", "find")) {
                for (String dir : List.of("/usr/bin", "/bin")) {
                    if (Files.isExecutable(Path.of(dir, tool))) {
                        // A script, not a link: JUnit warns when it deletes links leading out of its folder.
                        Path wrapper = Files.writeString(bin.resolve(tool),
                                "#!/bin/sh\nexec " + Path.of(dir, tool) + " \"$@\"\n");
                        executable(wrapper);
                        break;
                    }
                }
            }
        }
        return bin.toString();
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
