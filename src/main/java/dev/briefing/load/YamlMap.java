package dev.briefing.load;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.model.PartialDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed, position-aware reading of one YAML mapping. Every accessor reports a wrong type or bad
 * value at the value's own line and column and returns empty, so one pass finds every problem;
 * {@link #rejectUnknown} then reports keys no accessor asked for (a typo is an error, not a
 * silently ignored setting).
 */
public final class YamlMap {
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> known = new java.util.HashSet<>();
    private final Node node;
    private final Path file;
    private final int lineOffset;
    private final Problems problems;

    private YamlMap(Node node, Path file, int lineOffset, Problems problems) {
        this.node = node;
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    NodeTuple first = entries.putIfAbsent(key.getValue(), t);
                    if (first != null) {
                        duplicate(key, first.getKeyNode());
                    }
                } else {
                    problems.error(pos(t.getKeyNode()), "a key must be plain text");
                }
            }
        }
    }

    /** Reads {@code node} as a mapping; reports an error and returns empty when it is not one. */
    public static Optional<YamlMap> of(Node node, Path file, int lineOffset, Problems problems, String what) {
        if (!(node instanceof MappingNode)) {
            problems.error(Yaml.at(file, node, lineOffset), what + " must be a mapping of keys to values");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(node, file, lineOffset, problems));
    }

    public SourcePosition position() {
        return pos(node);
    }

    /** Position of a key's value, or of the mapping when the key is absent. */
    public SourcePosition position(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? position() : pos(t.getValueNode());
    }

    public boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    public Optional<String> string(String key) {
        known.add(key);
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return Optional.empty();
        }
        if (t.getValueNode() instanceof ScalarNode s) {
            String v = s.getValue().strip();
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }
        problems.error(pos(t.getValueNode()), "'" + key + "' must be text, not a " + kind(t.getValueNode()));
        return Optional.empty();
    }

    public Optional<String> requiredString(String key, String what) {
        Optional<String> v = string(key);
        if (v.isEmpty() && !(entries.containsKey(key) && !isNull(entries.get(key).getValueNode())
                && !(entries.get(key).getValueNode() instanceof ScalarNode))) {
            problems.error(position(key), "missing required field '" + key + "' (" + what + ")");
        }
        return v;
    }

    public boolean bool(String key, boolean fallback) {
        known.add(key);
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return fallback;
        }
        if (t.getValueNode() instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT));
        }
        problems.error(pos(t.getValueNode()), "'" + key + "' must be true or false");
        return fallback;
    }

    /** A whole number from {@code min} to {@code max}; anything else is an error at the value. */
    public Optional<Integer> wholeNumber(String key, int min, int max) {
        known.add(key);
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return Optional.empty();
        }
        if (t.getValueNode() instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                int n = Integer.parseInt(s.getValue().replace("_", ""));
                if (n >= min && n <= max) {
                    return Optional.of(n);
                }
            } catch (NumberFormatException e) {
                // out of range for an int: reported below
            }
        }
        problems.error(pos(t.getValueNode()), "'" + key + "' must be a whole number from " + min + " to " + max);
        return Optional.empty();
    }

    public Optional<PartialDate> date(String key) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder why = new StringBuilder();
        Optional<PartialDate> date = PartialDate.parse(text.get(), why);
        if (date.isEmpty()) {
            problems.error(position(key), "invalid date '" + text.get() + "' in '" + key + "': " + why);
        }
        return date;
    }

    /** A list of strings; a single string is accepted as a list of one. */
    public List<String> strings(String key) {
        known.add(key);
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return List.of();
        }
        Node v = t.getValueNode();
        if (v instanceof ScalarNode s) {
            return s.getValue().isBlank() ? List.of() : List.of(s.getValue().strip());
        }
        List<String> out = new ArrayList<>();
        if (v instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !isNull(s)) {
                    out.add(s.getValue().strip());
                } else {
                    problems.error(pos(item), "'" + key + "' must be a list of text items");
                }
            }
            return out;
        }
        problems.error(pos(v), "'" + key + "' must be a list, not a " + kind(v));
        return out;
    }

    /** Positions of the items of a list of strings, in order (for errors about single items). */
    public List<SourcePosition> itemPositions(String key) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            return List.of();
        }
        if (t.getValueNode() instanceof SequenceNode seq) {
            return seq.getValue().stream().map(this::pos).toList();
        }
        return List.of(pos(t.getValueNode()));
    }

    /** A list of mappings. */
    public List<YamlMap> maps(String key) {
        known.add(key);
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return List.of();
        }
        if (!(t.getValueNode() instanceof SequenceNode seq)) {
            problems.error(pos(t.getValueNode()), "'" + key + "' must be a list");
            return List.of();
        }
        List<YamlMap> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            of(item, file, lineOffset, problems, "each item of '" + key + "'").ifPresent(out::add);
        }
        return out;
    }

    public Optional<YamlMap> map(String key) {
        known.add(key);
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return Optional.empty();
        }
        return of(t.getValueNode(), file, lineOffset, problems, "'" + key + "'");
    }

    /**
     * Everything under {@code key} as plain Java values (maps, lists, strings), for the free-form
     * {@code extra} settings that templates may read.
     */
    public Map<String, Object> plain(String key) {
        known.add(key);
        NodeTuple t = entries.get(key);
        if (t == null || !(t.getValueNode() instanceof MappingNode m)) {
            if (t != null && !isNull(t.getValueNode())) {
                problems.error(pos(t.getValueNode()), "'" + key + "' must be a mapping of keys to values");
            }
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) toPlain(m);
        return out;
    }

    /** Reports every key that no accessor read, with the known keys listed to help fix a typo. */
    public void rejectUnknown(String where) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                problems.error(pos(e.getValue().getKeyNode()), "unknown field '" + e.getKey() + "' in " + where
                        + " (known fields: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
    }

    /**
     * A duplicate key is an error at both places: YAML readers disagree on which value wins, and
     * a silently dropped {@code title:} is a wrong page nobody notices.
     */
    private void duplicate(ScalarNode key, Node first) {
        SourcePosition at = pos(first);
        problems.error(pos(key), "duplicate key '" + key.getValue() + "': already set at line " + at.line()
                + ", column " + at.column() + "; keep one of them");
    }

    /** Nesting is bounded by {@link YamlLimits}, so the recursion is too. */
    private Object toPlain(Node n) {
        if (n instanceof MappingNode m) {
            Map<String, Object> out = new TreeMap<>();
            Map<String, Node> keys = new java.util.HashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    Node first = keys.putIfAbsent(k.getValue(), k);
                    if (first != null) {
                        duplicate(k, first);
                    } else {
                        out.put(k.getValue(), toPlain(t.getValueNode()));
                    }
                } else {
                    problems.error(pos(t.getKeyNode()), "a key must be plain text");
                }
            }
            return out;
        }
        if (n instanceof SequenceNode s) {
            return s.getValue().stream().map(this::toPlain).toList();
        }
        return isNull(n) ? "" : ((ScalarNode) n).getValue();
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static String kind(Node n) {
        if (n instanceof MappingNode) return "mapping";
        if (n instanceof SequenceNode) return "list";
        return "value";
    }

    private SourcePosition pos(Node n) {
        return Yaml.at(file, n, lineOffset);
    }
}
