package dev.briefing.render;

import dev.briefing.errors.Problems;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an output format renders with and writes to: the templates, the sink, the build's problems,
 * and the record of which pages the site has (for the sitemap).
 *
 * <p>A template's result depends only on its template and model, so a page whose model is equal to
 * the one the previous build rendered is not rendered again ({@link RenderMemo}); {@code serve}
 * keeps the memo between builds, so an edit re-renders only the pages it changed.
 */
public final class Output {
    private final Templates templates;
    private final Sink sink;
    private final Problems problems;
    private final RenderMemo memo;
    private final List<String> pages = Collections.synchronizedList(new ArrayList<>());

    public Output(Templates templates, Sink sink, Problems problems, RenderMemo memo) {
        this.templates = templates;
        this.sink = sink;
        this.problems = problems;
        this.memo = memo;
    }

    public Templates templates() {
        return templates;
    }

    public Problems problems() {
        return problems;
    }

    /** Renders a template into a file, unless the same template and model were rendered last time. */
    public void render(String template, String path, Map<String, Object> model) {
        rendered(template, path, model).ifPresent(bytes -> sink.write(path, bytes));
    }

    /** A template's output for a model, reusing the previous build's when the model is equal. */
    public Optional<byte[]> rendered(String template, String path, Map<String, Object> model) {
        byte[] previous = memo.get(path, template, model);
        if (previous != null) {
            return Optional.of(previous);
        }
        Optional<byte[]> bytes = templates.render(template, model, problems);
        bytes.ifPresent(b -> memo.put(path, template, model, b));
        return bytes;
    }

    /**
     * Renders a template straight into its file, for a file that grows with the whole site (the
     * feed): a one-off build never holds it whole. {@code serve}, which keeps rendered files to
     * compare with the next build, renders it as any other.
     */
    public void renderStreamed(String template, String path, Map<String, Object> model) {
        if (memo.keeps()) {
            render(template, path, model);
            return;
        }
        sink.stream(path, stream -> {
            java.io.Writer writer = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            boolean whole = templates.render(template, model, writer, problems);
            writer.flush();
            return whole;
        });
    }

    /**
     * Writes a file as it is made, for a file that grows with the whole site (people.json); like
     * {@link #renderStreamed}, {@code serve} gets its bytes through the memo instead.
     *
     * @param inputs everything the file says, gathered only when values are kept between builds
     */
    public void writeStreamed(String path, java.util.function.Supplier<?> inputs, Sink.Content content) {
        if (memo.keeps()) {
            memo(path, inputs, () -> Sink.collect(content)).ifPresent(bytes -> write(path, bytes));
        } else {
            sink.stream(path, content);
        }
    }

    /** Whether values are kept between builds ({@code serve}): what is costly to keep is then worth it. */
    public boolean keepsValues() {
        return memo.keeps();
    }

    /** Renders a site page and records it as one of the site's pages. */
    public void page(String template, String path, Map<String, Object> model) {
        pages.add(path);
        render(template, path, model);
    }

    /**
     * A value made from {@code input}, reused from the previous build when the input is equal: for
     * the costly steps between model and file that are not templates (an email's body, its .eml).
     *
     * @param key names the value among everything the build makes (a path and what it is)
     */
    public <T> T memo(String key, Object input, java.util.function.Supplier<T> make) {
        return memo.derived(key, input, make);
    }

    /**
     * Like {@link #memo(String, Object, java.util.function.Supplier)}, for an input costly to
     * gather: it is gathered only where values are kept between builds ({@code serve}).
     */
    public <T> T memo(String key, java.util.function.Supplier<?> input, java.util.function.Supplier<T> make) {
        return memo.keeps() ? memo.derived(key, input.get(), make) : make.get();
    }

    public void write(String path, byte[] content) {
        sink.write(path, content);
    }

    public void write(String path, String text) {
        sink.write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Records a file as one of the site's pages without rendering it (a theme asset that is HTML). */
    public void recordPage(String path) {
        pages.add(path);
    }

    /** The site's pages written so far, sorted. */
    public List<String> pages() {
        synchronized (pages) {
            return pages.stream().sorted().toList();
        }
    }

    /**
     * Rendered files of the previous build by path, template and model. Empty for a one-off build;
     * {@code serve} keeps one across rebuilds and clears it when templates change.
     */
    public static final class RenderMemo {
        private record Key(String template, Map<String, Object> model) {}

        private record Entry(Key key, byte[] bytes) {}

        private record Derived(Object input, Object value) {}

        private final Map<String, Entry> byPath = new ConcurrentHashMap<>();
        private final Map<String, Derived> derived = new ConcurrentHashMap<>();
        private final boolean enabled;

        private RenderMemo(boolean enabled) {
            this.enabled = enabled;
        }

        /** Remembers nothing: every page is rendered. */
        public static RenderMemo none() {
            return new RenderMemo(false);
        }

        /** Remembers every rendered page until {@link #clear}. */
        public static RenderMemo keeping() {
            return new RenderMemo(true);
        }

        boolean keeps() {
            return enabled;
        }

        byte[] get(String path, String template, Map<String, Object> model) {
            if (!enabled) {
                return null;
            }
            Entry e = byPath.get(path);
            return e != null && e.key().equals(new Key(template, model)) ? e.bytes() : null;
        }

        void put(String path, String template, Map<String, Object> model, byte[] bytes) {
            if (enabled) {
                byPath.put(path, new Entry(new Key(template, Collections.unmodifiableMap(new HashMap<>(model))), bytes));
            }
        }

        @SuppressWarnings("unchecked")
        <T> T derived(String key, Object input, java.util.function.Supplier<T> make) {
            if (!enabled) {
                return make.get();
            }
            Derived d = derived.get(key);
            if (d != null && d.input().equals(input)) {
                return (T) d.value();
            }
            T value = make.get();
            derived.put(key, new Derived(input, value));
            return value;
        }

        /** Forgets rendered pages (templates changed); values made without templates stay. */
        public void clear() {
            byPath.clear();
        }
    }
}
