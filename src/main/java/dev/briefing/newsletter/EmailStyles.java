package dev.briefing.newsletter;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one style table every newsletter style comes from ({@code templates/email/styles.css}),
 * parsed once per build. A rule is a name and its declarations, {@code p { margin: 0 }}: body
 * elements are styled by tag name, template parts by the names their macros ask for.
 *
 * <pre>{@code
 * EmailStyles styles = EmailStyles.parse(text, Path.of("templates/email/styles.css"), problems);
 * element.attr("style", styles.of("p").orElseThrow());
 * }</pre>
 */
public final class EmailStyles {
    /** Where the table lives in a templates folder or the built-in theme. */
    public static final String FILE = "email/styles.css";

    private static final Pattern RULE = Pattern.compile("\\s*([a-z][a-z0-9-]*)\\s*\\{([^{}]*)}\\s*");
    private static final Pattern DECLARATION = Pattern.compile("\\s*([a-z-]+)\\s*:\\s*([^;]+?)\\s*");

    private final Map<String, String> styles;

    private EmailStyles(Map<String, String> styles) {
        this.styles = Collections.unmodifiableMap(styles);
    }

    /** Parses the table; every malformed rule is reported with its line and column. */
    public static EmailStyles parse(String text, Path file, Problems problems) {
        String css = blankComments(text);
        Map<String, String> out = new TreeMap<>();
        Matcher m = RULE.matcher(css);
        int at = 0;
        while (at < css.length()) {
            if (css.substring(at).isBlank()) {
                break;
            }
            if (!m.find(at) || m.start() != at) {
                problems.error(position(file, css, firstNonBlank(css, at)),
                        "expected a rule like 'p { margin: 0; }' in the email style table");
                break;
            }
            String declarations = declarations(m.group(2), file, css, m.start(2), problems);
            if (out.put(m.group(1), declarations) != null) {
                problems.error(position(file, css, m.start(1)), "style '" + m.group(1) + "' is defined twice");
            }
            at = m.end();
        }
        return new EmailStyles(out);
    }

    /** The inline declarations for a name, e.g. {@code margin:0 0 16px 0;color:#1f2933}. */
    public Optional<String> of(String name) {
        return Optional.ofNullable(styles.get(name));
    }

    /** The whole table, for templates: {@code styles["p"]}. */
    public Map<String, String> asMap() {
        return styles;
    }

    /**
     * Ready-made {@code style="…"} attributes for templates, by the names the {@code s} macro is
     * given ({@code "item note"}: the styles merged in order, as the macro merges them), each made
     * once per build. An email asks for a few dozen styles, and merging and escaping them anew for
     * every element took half the time of rendering it. A name not in the table gives no
     * attribute, so the macro still stops with its message.
     */
    public Map<String, Object> attributes() {
        return attributes;
    }

    private final Map<String, Object> attributes = new AbstractMap<>() {
        private final Map<String, Optional<TemplateModel>> made = new ConcurrentHashMap<>();

        @Override
        public Object get(Object names) {
            return names instanceof String n ? made.computeIfAbsent(n, EmailStyles.this::attribute).orElse(null) : null;
        }

        @Override
        public boolean containsKey(Object names) {
            return get(names) != null;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return Set.of();
        }
    };

    private Optional<TemplateModel> attribute(String names) {
        StringBuilder merged = new StringBuilder();
        for (String name : names.split(" ", -1)) {
            String declarations = styles.get(name);
            if (declarations == null) {
                return Optional.empty();
            }
            merged.append(merged.isEmpty() ? "" : ";").append(declarations);
        }
        try {
            return Optional.of(HTMLOutputFormat.INSTANCE.fromMarkup(
                    "style=\"" + HTMLOutputFormat.INSTANCE.escapePlainText(merged.toString()) + "\""));
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML markup is made from any string", e);
        }
    }

    private static String declarations(String block, Path file, String css, int offset, Problems problems) {
        StringBuilder inline = new StringBuilder();
        int from = 0;
        for (String part : block.split(";", -1)) {
            if (!part.isBlank()) {
                Matcher d = DECLARATION.matcher(part);
                if (d.matches()) {
                    inline.append(inline.isEmpty() ? "" : ";").append(d.group(1)).append(':')
                            .append(d.group(2).replaceAll("\\s*,\\s*", ",").replaceAll("\\s+", " "));
                } else {
                    problems.error(position(file, css, offset + from + firstNonBlank(part, 0)),
                            "expected 'property: value' in the email style table, got '" + part.strip() + "'");
                }
            }
            from += part.length() + 1;
        }
        return inline.toString();
    }

    /** Comments become spaces of the same length, so offsets still point into the original text. */
    private static String blankComments(String text) {
        Matcher c = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL).matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (c.find()) {
            for (int i = c.start(); i < c.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private static int firstNonBlank(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static SourcePosition position(Path file, String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(file, line, column);
    }
}
