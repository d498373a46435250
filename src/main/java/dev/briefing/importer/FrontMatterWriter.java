package dev.briefing.importer;

import dev.briefing.load.UnsafeCharacters;
import dev.briefing.model.Slugs;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Writes an imported article's front matter with snakeyaml-engine, so any text round-trips: every
 * string is double-quoted and escaped by the library; dates are written plain, as people type them.
 */
final class FrontMatterWriter {
    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setSplitLines(false)
            .setWidth(Integer.MAX_VALUE / 2)
            .build();

    private FrontMatterWriter() {}

    static String write(ImportedArticle a) {
        List<NodeTuple> fields = new ArrayList<>();
        put(fields, "title", Optional.of(a.title()));
        a.date().ifPresent(d -> fields.add(new NodeTuple(key("date"), plain(d.iso()))));
        put(fields, "section", a.section());
        put(fields, "publisher", a.publisher());
        put(fields, "author", a.author());
        put(fields, "author_description", a.authorDescription());
        put(fields, "summary", a.summary());
        put(fields, "url", a.url());
        if (!a.sources().isEmpty()) {
            List<Node> sources = a.sources().stream().map(FrontMatterWriter::source).toList();
            fields.add(new NodeTuple(key("sources"), new SequenceNode(Tag.SEQ, sources, FlowStyle.BLOCK)));
        }
        StringWriter out = new StringWriter();
        new Dump(SETTINGS).dumpNode(new MappingNode(Tag.MAP, fields, FlowStyle.BLOCK), new Writer(out));
        return out.toString();
    }

    private static Node source(ImportedSource s) {
        List<NodeTuple> fields = new ArrayList<>();
        put(fields, "title", Optional.of(s.title()));
        if (CitedSources.isKindTitle(s.title())) {
            // "Report" by one outlet and "Report" by another are two works: an id made from the title alone would clash.
            put(fields, "id", Optional.of(Slugs.of(s.title() + " " + s.publisher().orElse(""))));
        }
        put(fields, "author", s.author());
        put(fields, "publisher", s.publisher());
        s.date().ifPresent(d -> fields.add(new NodeTuple(key("date"), plain(d.iso()))));
        put(fields, "url", s.url());
        return new MappingNode(Tag.MAP, fields, FlowStyle.BLOCK);
    }

    private static void put(List<NodeTuple> fields, String key, Optional<String> value) {
        // A control character would be written as an escape ("\e"), which the loader refuses.
        value.map(UnsafeCharacters::strip).ifPresent(v -> fields.add(
                new NodeTuple(key(key), new ScalarNode(Tag.STR, v, ScalarStyle.DOUBLE_QUOTED))));
    }

    private static Node key(String name) {
        return plain(name);
    }

    private static Node plain(String value) {
        return new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN);
    }

    private record Writer(StringWriter out) implements StreamDataWriter {
        @Override
        public void write(String str) {
            out.write(str);
        }

        @Override
        public void write(String str, int off, int len) {
            out.write(str, off, len);
        }
    }
}
