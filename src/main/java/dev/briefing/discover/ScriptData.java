package dev.briefing.discover;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A script file that holds JSON data, for a page to load with a {@code <script>} element: code
 * around the data, and content only ever inside JSON strings. In those strings {@code <} is written
 * {@code \u003c}, so that no text can end or open an element, and U+2028 and U+2029, which older
 * browsers refuse in scripts, are escaped too.
 *
 * <pre>
 * byte[] js = ScriptData.write("briefingSearch.add(\"a0\", ", out -> out.writeString(title), ");\n");
 * </pre>
 */
final class ScriptData {
    /** Writes the data: any number of JSON values, and raw separators between them. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new ScriptSafe())
            .rootValueSeparator((String) null)
            .build();

    private ScriptData() {}

    static byte[] write(String prefix, Body body, String suffix) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
            out.writeRaw(prefix);
            body.write(out);
            out.writeRaw(suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static final class ScriptSafe extends CharacterEscapes {
        private static final SerializableString LESS_THAN = new SerializedString("\\u003c");
        private static final SerializableString LINE = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH = new SerializedString("\\u2029");
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptSafe() {
            ascii['<'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> LESS_THAN;
                case 0x2028 -> LINE;
                case 0x2029 -> PARAGRAPH;
                default -> null;
            };
        }
    }
}
