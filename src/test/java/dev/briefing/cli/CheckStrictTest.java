package dev.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.testing.Cli;
import dev.briefing.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --strict} reports every warning, the build's and the CommonMark report's, then fails. */
class CheckStrictTest {
    @TempDir
    Path tmp;

    @Test
    void strictReportsBuildWarningsAndThePortabilityReportTogether() throws Exception {
        Path content = tmp.resolve("content");
        Sites.copyTree(Path.of("src/test/resources/check/portability"), content);
        Files.writeString(content.resolve("people.yaml"), "- name: Nobody Mentioned\n");

        Cli.Run plain = Cli.run("check", "--content", content.toString(), "--templates", tmp.resolve("none").toString());
        Cli.Run strict = Cli.run("check", "--strict", "--content", content.toString(),
                "--templates", tmp.resolve("none").toString());

        String unmentioned = content.resolve("people.yaml") + ":1:3: warning: Nobody Mentioned (nobody-mentioned) "
                + "is not mentioned in any article";
        assertThat(plain.exit()).isZero();
        assertThat(plain.err()).contains(unmentioned);
        assertThat(plain.err().lines().filter(l -> l.contains("renders differently in CommonMark"))).hasSize(6);

        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.err().lines().filter(l -> l.contains("renders differently in CommonMark"))).hasSize(6);
        assertThat(strict.err()).contains(unmentioned)
                .endsWith("0 errors, 7 warnings\n--strict: warnings count as errors.\n");
        assertThat(strict.out()).isEmpty();
    }
}
