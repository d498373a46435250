package dev.briefing.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The scripts of {@code src/test/browser/} that drive headless Chromium through playwright-core.
 * They need Chromium ({@code /usr/bin/chromium} or {@code $CHROMIUM}), Node and the folder's npm
 * packages ({@code npm ci} there): a test that uses them is skipped without them, unless
 * {@code BRIEFING_BROWSER_TESTS=required} (as {@code .ci/run} sets it), which makes it fail instead.
 */
public final class BrowserScripts {
    public static final Path DIR = Path.of("src/test/browser");
    private static final ObjectMapper JSON = new ObjectMapper();

    private BrowserScripts() {}

    /** Skips the calling test, or fails it when browser tests are required, if a script cannot run here. */
    public static void assumeAvailable() {
        String missing = missing();
        if (missing != null) {
            if ("required".equals(System.getenv("BRIEFING_BROWSER_TESTS"))) {
                Assertions.fail("browser test required, but " + missing);
            }
            Assumptions.abort("browser test skipped: " + missing);
        }
    }

    /** Runs {@code script} with {@code args} and reads the JSON it prints; it must exit 0 within the time. */
    public static JsonNode run(String script, int timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", DIR.resolve(script).toString()));
        command.addAll(List.of(args));
        Process node = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = node.getInputStream().readAllBytes();
        if (!node.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            Assertions.fail(script + " did not finish in " + timeoutSeconds + " s");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        Assertions.assertEquals(0, node.exitValue(), script + " failed:\n" + text);
        return JSON.readTree(text);
    }

    /** What the scripts need and this machine lacks, or null. */
    private static String missing() {
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) {
            return "no Chromium at " + chromium;
        }
        boolean node = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "node")));
        if (!node) {
            return "no node on the PATH";
        }
        if (!Files.isDirectory(DIR.resolve("node_modules/playwright-core"))) {
            return "playwright-core not installed (run npm ci in " + DIR + ")";
        }
        return null;
    }
}
