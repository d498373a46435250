package dev.briefing.render;

import java.nio.charset.StandardCharsets;

/** One file of the generated site: a path relative to the output folder and its bytes. */
public record OutputFile(String path, byte[] content) {

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
