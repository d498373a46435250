package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.errors.BuildFailedException;
import dev.briefing.render.Sink;
import dev.briefing.testing.Sites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files that grow with the whole site reach the sink as a stream, so a build never holds them
 * whole; every other file comes as bytes. A stream that fails half-way leaves nothing behind.
 */
class StreamedOutputsTest {
    @TempDir
    Path tmp;

    /** Tells which files came as a stream, and keeps what a memory sink would. */
    private static final class RecordingSink implements Sink {
        final Set<String> streamed = ConcurrentHashMap.newKeySet();
        final Map<String, byte[]> files = new ConcurrentHashMap<>();

        @Override
        public void write(String path, byte[] content) {
            files.put(path, content);
        }

        @Override
        public void stream(String path, Content content) {
            streamed.add(path);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                if (content.writeTo(bytes)) {
                    files.put(path, bytes.toByteArray());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void theFeedAndPeopleJsonAreStreamedAndNothingElseIs() throws Exception {
        Path content = Sites.copyContent(tmp);
        RecordingSink sink = new RecordingSink();
        new SiteBuilder().build(options(content, Sites.THEME), sink);
        assertThat(sink.streamed).containsExactlyInAnyOrder("feed.xml", "people.json");
        assertThat(new String(sink.files.get("feed.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("<?xml").endsWith("</feed>\n");
        assertThat(new String(sink.files.get("people.json"), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("{").endsWith("}\n");
        assertThat(sink.files).containsKey("index.html");
    }

    @Test
    void aFeedThatFailsHalfWayLeavesNoFileInAMemorySink() throws Exception {
        Path content = Sites.copyContent(tmp);
        Path theme = tmp.resolve("theme");
        Sites.copyTree(Sites.THEME, theme);
        Files.writeString(theme.resolve("feed.ftlx"), "<feed>\n<#list feed.entries as e>${e.contentHtml}"
                + "<#if e?index == 1>${e.missing}</#if></#list>\n</feed>\n");
        RecordingSink sink = new RecordingSink();
        try {
            new SiteBuilder().build(options(content, theme), sink);
        } catch (BuildFailedException expected) {
            // the template error is the build's, with its position (StreamedFilesTest)
        }
        assertThat(sink.streamed).contains("feed.xml");
        assertThat(sink.files).doesNotContainKey("feed.xml").containsKey("people.json");
        // A sink that only takes bytes (the preview's memory) collects a stream through Sink.stream.
        Map<String, byte[]> memory = new ConcurrentHashMap<>();
        try {
            new SiteBuilder().build(options(content, theme), memory::put);
        } catch (BuildFailedException expected) {
            // as above
        }
        assertThat(memory).doesNotContainKey("feed.xml").containsKey("people.json").containsKey("index.html");
    }

    private static SiteBuilder.Options options(Path content, Path templates) {
        return new SiteBuilder.Options(content, templates, content.resolveSibling("unused"),
                Optional.of("https://example.org/"), false);
    }
}
