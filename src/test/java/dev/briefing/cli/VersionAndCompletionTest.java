package dev.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.briefing.testing.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionAndCompletionTest {
    @TempDir
    Path tmp;

    @Test
    void versionNamesTheProjectVersionAndTheCommit() throws Exception {
        Cli.Run run = Cli.run("--version");

        assertThat(run.exit()).isZero();
        String pomVersion = Files.readString(Path.of("pom.xml"))
                .replaceFirst("(?s).*?<artifactId>briefing</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        // A clone has a commit; a source tarball (no .git) says it has none.
        assertThat(run.out().lines().findFirst().orElseThrow())
                .matches("briefing " + java.util.regex.Pattern.quote(pomVersion)
                        + " \\(commit ([0-9a-f]{12}|unknown: built without git)\\)");
        assertThat(run.out()).contains("Java " + System.getProperty("java.runtime.version"));
    }

    @Test
    void anUnfilledPropertyMeansUnknown() {
        assertThat(new BuildInfo("0.3.0", Optional.of("0123456789ab")).describe()).isEqualTo("0.3.0 (commit 0123456789ab)");
        assertThat(new BuildInfo("0.3.0", Optional.empty()).describe()).isEqualTo("0.3.0 (commit unknown: built without git)");
    }

    @Test
    void completionScriptCompletesCommandsAndOptionsInBash() throws Exception {
        Cli.Run run = Cli.run("completion");
        assertThat(run.exit()).isZero();
        Path script = Files.writeString(tmp.resolve("briefing-completion.bash"), run.out());

        assertThat(complete(script, "briefing ", "")).contains("new", "build", "check", "import", "serve", "publish",
                "completion");
        assertThat(complete(script, "briefing bu", "bu")).containsExactly("build");
        assertThat(complete(script, "briefing build --dr", "--dr")).containsExactly("--drafts");
    }

    /** The words bash's completion offers for {@code line}, whose last word is {@code word}. */
    private static java.util.List<String> complete(Path script, String line, String word) throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows") && Files.isExecutable(Path.of("/bin/bash")),
                "needs bash");
        String words = line.endsWith(" ") ? line + "''" : line;
        // compopt works only inside a real completion; the probe calls the function directly.
        String probe = "compopt() { :; }\nsource '" + script + "'\n"
                + "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(" + words + ");"
                + " COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                + "_complete_briefing briefing '" + word + "'\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process p = new ProcessBuilder("/bin/bash", "-c", probe).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(printed).isZero();
        return printed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
