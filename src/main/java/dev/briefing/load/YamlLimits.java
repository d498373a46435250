package dev.briefing.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Stands between the YAML parser and the composer that builds the node tree, and stops the text
 * at the first event that goes past a limit no settings file comes near:
 *
 * <ul>
 *   <li>nesting deeper than {@link #MAX_DEPTH}: the composer, and every reader of its tree,
 *       recurse once per level, so {@code [[[[…} a thousand deep overflowed the stack;</li>
 *   <li>an alias inside the value its anchor names ({@code a: &a [*a]}): a tree that contains
 *       itself, which no reader can walk to the end;</li>
 *   <li>aliases that expand to more than {@link #MAX_ALIAS_VALUES} values: 602 bytes of anchors,
 *       each listing the one before twice, expand to 33 million values;</li>
 *   <li>an escape in a double-quoted string that writes a character no output may carry
 *       ({@code "\e"}, {@code "\x00"}; {@link YamlEscapes}).</li>
 * </ul>
 *
 * The events are inspected as the composer takes them, so the check costs one pass.
 */
final class YamlLimits implements Parser {
    static final int MAX_DEPTH = 64;
    static final long MAX_ALIAS_VALUES = 100_000;

    /** A limit exceeded at a place in the text. */
    static final class Exceeded extends MarkedYamlEngineException {
        Exceeded(String problem, Optional<Mark> at) {
            super(null, Optional.empty(), problem, at);
        }
    }

    /** A collection being read: the values it holds so far, aliases expanded, and its anchor. */
    private static final class Open {
        final Optional<Anchor> anchor;
        long values = 1;

        Open(Optional<Anchor> anchor) {
            this.anchor = anchor;
        }
    }

    private final Parser parser;
    private final String text;
    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<Anchor, Long> valuesByAnchor = new HashMap<>();
    private long aliasValues;

    /** @param text the YAML the parser reads, to point at an escape */
    YamlLimits(Parser parser, String text) {
        this.parser = parser;
        this.text = text;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (open.size() >= MAX_DEPTH) {
                    throw new Exceeded("nested more than " + MAX_DEPTH + " levels deep", event.getStartMark());
                }
                open.push(new Open(((CollectionStartEvent) event).getAnchor()));
            }
            case SequenceEnd, MappingEnd -> {
                Open done = open.pop();
                done.anchor.ifPresent(a -> valuesByAnchor.put(a, done.values));
                add(done.values);
            }
            case Scalar -> {
                ScalarEvent scalar = (ScalarEvent) event;
                if (scalar.isDQuoted() && YamlEscapes.holdsUnsafe(scalar.getValue())) {
                    refuseEscape(scalar);
                }
                scalar.getAnchor().ifPresent(a -> valuesByAnchor.put(a, 1L));
                add(1);
            }
            case Alias -> alias((AliasEvent) event);
            default -> { }
        }
        return event;
    }

    private void refuseEscape(ScalarEvent scalar) {
        Mark start = scalar.getStartMark().orElseThrow();
        Mark end = scalar.getEndMark().orElse(start);
        int from = text.offsetByCodePoints(0, Math.min(start.getIndex(), text.codePointCount(0, text.length())));
        int to = text.offsetByCodePoints(0, Math.min(end.getIndex(), text.codePointCount(0, text.length())));
        var found = YamlEscapes.firstUnsafe(text.substring(from, to));
        if (found.isEmpty()) {
            throw new Exceeded("string holds a character no page may carry; remove it", Optional.of(start));
        }
        int line = start.getLine();
        int column = start.getColumn();
        for (int i = from; i < from + found.get().offset(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        Mark at = new Mark(start.getName(), start.getIndex() + found.get().offset(), line, column, new int[0], 0);
        throw new Exceeded("escape '" + found.get().escape() + "' writes "
                + UnsafeCharacters.describe(found.get().written()) + ", which no page may carry; remove it", Optional.of(at));
    }

    private void alias(AliasEvent event) {
        Anchor anchor = event.getAlias();
        for (Open o : open) {
            if (o.anchor.filter(anchor::equals).isPresent()) {
                throw new Exceeded("alias '*" + anchor.getValue() + "' is inside the value its anchor '&"
                        + anchor.getValue() + "' names: a value cannot contain itself", event.getStartMark());
            }
        }
        long values = valuesByAnchor.getOrDefault(anchor, 1L);
        aliasValues += values;
        if (aliasValues > MAX_ALIAS_VALUES) {
            throw new Exceeded("aliases expand to more than " + MAX_ALIAS_VALUES + " values here (each alias "
                    + "repeats everything its anchor names); write the values out instead", event.getStartMark());
        }
        add(values);
    }

    private void add(long values) {
        if (!open.isEmpty()) {
            Open parent = open.peek();
            parent.values = Math.min(Long.MAX_VALUE / 2, parent.values + values);
        }
    }
}
