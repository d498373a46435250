package dev.briefing.model;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe slugs: lowercase ASCII letters, digits and single hyphens. */
public final class Slugs {
    private Slugs() {}

    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[’']", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+[^-]*$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }

    public static boolean isValid(String slug) {
        return slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
