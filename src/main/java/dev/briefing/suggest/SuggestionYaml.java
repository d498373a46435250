package dev.briefing.suggest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes suggestions as {@code people.yaml} entries, in the registry's own layout, and appends them
 * to a registry file without touching a byte of what is already there.
 *
 * <pre>
 * - id: jane-doe
 *   name: Jane Doe
 *   roles:
 *     - title: Chief Technology Officer
 *       organization: Acme
 *       stated_in: [acme-hires]
 * </pre>
 */
public final class SuggestionYaml {
    /** Text YAML reads back as the same string without quotes: no indicator first, no ": " or " #". */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}(][\\p{L}\\p{N}\\p{M} .,'’()&/+-]*");
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "(?i)(true|false|yes|no|on|off|y|n|null|~|[-+]?[0-9][0-9_.:eE+-]*|\\.inf|\\.nan)");

    private SuggestionYaml() {}

    public static String render(List<Suggestion> suggestions) {
        StringBuilder out = new StringBuilder();
        for (Suggestion s : suggestions) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("# Suggested: ").append(s.mentions()).append(s.mentions() == 1 ? " mention" : " mentions")
                    .append(" in ").append(s.articles().size()).append(s.articles().size() == 1 ? " article" : " articles")
                    .append(", first at ").append(s.firstMention().file()).append(':').append(s.firstMention().line())
                    .append(':').append(s.firstMention().column()).append('\n');
            out.append("- id: ").append(s.id()).append('\n');
            out.append("  name: ").append(scalar(s.name())).append('\n');
            if (!s.roles().isEmpty()) {
                out.append("  roles:\n");
                for (Suggestion.Role r : s.roles()) {
                    out.append("    - title: ").append(scalar(r.title())).append('\n');
                    r.organization().ifPresent(o -> out.append("      organization: ").append(scalar(o)).append('\n'));
                    if (!r.current()) {
                        out.append("      current: false\n");
                    }
                    out.append("      stated_in: [").append(r.statedIn().stream().collect(Collectors.joining(", "))).append("]\n");
                }
            }
        }
        return out.toString();
    }

    /**
     * Appends entries to a registry file (created when missing) after a blank line; the existing
     * text, comments included, stays exactly as it was.
     */
    public static void append(Path registry, String entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        String prefix = "";
        if (Files.exists(registry)) {
            String existing = Files.readString(registry, StandardCharsets.UTF_8);
            if (!existing.isBlank()) {
                prefix = existing.endsWith("\n") ? "\n" : "\n\n";
            }
        }
        Files.writeString(registry, prefix + entries, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** A plain scalar where YAML reads it back unchanged, a double-quoted one otherwise. */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !NOT_A_STRING.matcher(text).matches() && !text.endsWith(" ")) {
            return text;
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
