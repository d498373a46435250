package dev.briefing.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * URL-safe slugs: lowercase ASCII letters, digits and single hyphens. Slugs and person ids name
 * files of the site, so they must also be file names on every system a site is checked out or
 * served from: not a name Windows reserves for a device, and short enough that the longest file
 * made from one ({@code newsletter/<slug>.fragment.html}) fits the 255 bytes a file name may have.
 */
public final class Slugs {
    /** 255 bytes per file name, less the longest suffix a page adds ({@code .fragment.html}). */
    public static final int MAX_LENGTH = 255 - ".fragment.html".length();

    /** Device names Windows reserves, with any extension: {@code con.html} cannot be created either. */
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

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
        if (slug.isEmpty()) {
            return "item";
        }
        return isReservedFileName(slug) ? slug + "-1" : slug;
    }

    /** Names Windows will not create a file with ({@code con}, {@code nul}, {@code com1}, …), any case, any extension. */
    public static boolean isReservedFileName(String name) {
        return WINDOWS_RESERVED.matcher(name).matches();
    }

    /**
     * Why {@code slug} cannot name a file of the site, or empty when it can.
     *
     * @param what how to call it in the message: "slug", "person id"
     */
    public static Optional<String> fileNameProblem(String what, String slug) {
        if (isReservedFileName(slug)) {
            return Optional.of(what + " '" + slug + "' is a device name Windows reserves (CON, PRN, AUX, NUL, "
                    + "COM0-COM9, LPT0-LPT9): the site could not be checked out there; choose another");
        }
        if (slug.length() > MAX_LENGTH) {
            return Optional.of(what + " is " + slug.length() + " characters long; at most " + MAX_LENGTH
                    + " fit in a file name with the longest ending the site adds ('.fragment.html')");
        }
        return Optional.empty();
    }

    /**
     * Lower-case letters and digits in words joined by single hyphens. Checked in a loop, not with
     * a regular expression: a repeated group recurses once per word in {@code java.util.regex}, and a
     * slug-shaped link of thousands of words would overflow the stack.
     */
    public static boolean isValid(CharSequence slug) {
        int n = slug.length();
        if (n == 0 || slug.charAt(0) == '-' || slug.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = slug.charAt(i);
            boolean wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!wordChar && !(c == '-' && slug.charAt(i - 1) != '-')) {
                return false;
            }
        }
        return true;
    }
}
