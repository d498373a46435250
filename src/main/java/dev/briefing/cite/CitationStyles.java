package dev.briefing.cite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The citation styles Briefing ships (APA 7th, Chicago author-date, MLA, IEEE) with the US English
 * locale, read from the jar rather than from the 14 MB styles artifact. Each style is read the first
 * time a build asks for it and shared from then on; styles a site does not use are never parsed.
 *
 * <pre>{@code
 * CitationStyle apa = styles.forStyle("apa");
 * List<CitationStyle.Entry> entries = apa.bibliography(items, CitationCache.inMemory());
 * }</pre>
 */
public final class CitationStyles {
    /** Style names as {@code content/site.yaml} spells them; each is a bundled {@code .csl} file. */
    public static final Set<String> STYLES = Set.of("apa", "chicago-author-date", "modern-language-association", "ieee");

    private static final String FOLDER = "/dev/briefing/cite/csl/";

    private final Map<String, CitationStyle> byStyle = new ConcurrentHashMap<>();

    public CitationStyle forStyle(String style) {
        if (!STYLES.contains(style)) {
            throw new IllegalArgumentException("no bundled citation style '" + style + "'");
        }
        return byStyle.computeIfAbsent(style,
                s -> new CitationStyle(s, resource(s + ".csl"), resource("locales-en-US.xml")));
    }

    private static String resource(String name) {
        try (InputStream in = CitationStyles.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled citation file " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
