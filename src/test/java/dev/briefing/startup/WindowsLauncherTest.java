package dev.briefing.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of {@code bin/briefing.cmd} without Windows: the two ways a batch file breaks
 * that its author does not see on a machine where it happens to work.
 */
class WindowsLauncherTest {
    private static final Path SCRIPT = Path.of("bin", "briefing.cmd");
    /** {@code %NAME%} or {@code %NAME:~0,2%}, not a loop's {@code %%a}. */
    private static final Pattern EXPANDED = Pattern.compile("(?<!%)%[A-Za-z_][A-Za-z0-9_]*(:[^%]*)?%");

    /** cmd reads labels and goto wrongly in a file with bare LF line ends. */
    @Test
    void everyLineEndsWithCrLf() throws IOException {
        String text = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    /**
     * cmd expands {@code %NAME%} in a {@code ( … )} block before it reads the block, so a value
     * with a {@code )} (the folder {@code briefing (1)}, {@code C:\Program Files (x86)}) ends the
     * block there and runs the rest of it unconditionally.
     */
    @Test
    void noVariableIsExpandedInsideABlock() throws IOException {
        List<String> inBlocks = new ArrayList<>();
        int depth = 0;
        for (String line : Files.readAllLines(SCRIPT, StandardCharsets.UTF_8)) {
            String code = line.strip();
            if (code.regionMatches(true, 0, "rem ", 0, 4)) {
                continue;
            }
            if (code.startsWith(")")) {
                depth--;
            }
            if (depth > 0 && EXPANDED.matcher(code).find()) {
                inBlocks.add(code);
            }
            if (code.endsWith("(")) {
                depth++;
            }
        }
        assertThat(depth).as("blocks opened and closed").isZero();
        assertThat(inBlocks).isEmpty();
    }
}
