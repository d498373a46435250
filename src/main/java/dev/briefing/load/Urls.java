package dev.briefing.load;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The addresses content and settings may give, checked where they are written. Pages put them in
 * {@code href}: a {@code javascript:} address there runs when clicked, so only the schemes a
 * reader's browser fetches or mails are accepted, and an address must parse as a URI.
 */
final class Urls {
    /**
     * What a mailing tool fills in when it sends the newsletter: {@code {{unsubscribe_url}}}
     * (Buttondown, Mailgun, Postmark), {@code *|UNSUB|*} (Mailchimp), {@code <%asm_group_unsubscribe_raw_url%>}
     * (SendGrid), {@code %%unsubscribe%%}. None has a colon, so none can be read as a scheme.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{\\{?\\s*[A-Za-z0-9_.-]+\\s*}}}?|\\*\\|[A-Za-z0-9_.-]+\\|\\*|<%[A-Za-z0-9_.-]+%>|%%[A-Za-z0-9_.-]+%%");
    /** A host name of letters, digits and hyphens between dots, as a custom domain is. */
    private static final Pattern HOST_NAME =
            Pattern.compile("(?i)(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}");

    private Urls() {}

    /** An absolute {@code http://} or {@code https://} URL; reported and empty otherwise. */
    static Optional<String> web(String url, SourcePosition at, Problems problems) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            problems.error(at, "URL must start with http:// or https://, got '" + url + "'");
            return Optional.empty();
        }
        return parses(url, url, at, problems) ? Optional.of(url) : Optional.empty();
    }

    /**
     * The newsletter's unsubscribe link: an http(s) or mailto URL, which may hold placeholders,
     * or a placeholder alone.
     */
    static Optional<String> unsubscribe(String url, SourcePosition at, Problems problems) {
        if (PLACEHOLDER.matcher(url).matches()) {
            return Optional.of(url);
        }
        String filled = PLACEHOLDER.matcher(url).replaceAll("x");
        String scheme = filled.contains(":") ? filled.substring(0, filled.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("mailto")) {
            problems.error(at, "unsubscribe_url must be an http://, https:// or mailto: URL, or a placeholder "
                    + "your mailing tool fills in ({{unsubscribe_url}}, *|UNSUB|*, <%name%>, %%name%%); got '" + url + "'");
            return Optional.empty();
        }
        if (!scheme.equals("mailto") && !filled.matches("(?i)https?://[^/?#\\s]+.*")) {
            problems.error(at, "unsubscribe_url must name a host after " + scheme + "://, got '" + url + "'");
            return Optional.empty();
        }
        return parses(filled, url, at, problems) ? Optional.of(url) : Optional.empty();
    }

    /** A custom domain for the site: a host name only, no scheme or path. */
    static Optional<String> hostName(String name, SourcePosition at, Problems problems) {
        if (!HOST_NAME.matcher(name).matches()) {
            problems.error(at, "cname must be a domain name such as briefing.example.org (no https:// and no "
                    + "path), got '" + name + "'");
            return Optional.empty();
        }
        return Optional.of(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The site's base URL: absolute http(s) with a host, and nothing after the path (pages are
     * found by appending their path to it).
     */
    static Optional<String> base(String url, SourcePosition at, Problems problems) {
        URI uri = null;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            // reported below
        }
        if (uri == null || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || !url.matches("(?i)https?://.*")) {
            problems.error(at, "base URL must be an absolute http:// or https:// URL, got '" + url + "'");
            return Optional.empty();
        }
        return Optional.of(url.endsWith("/") ? url : url + "/");
    }

    /** @param shown the URL as written, for the message ({@code checked} may have placeholders filled) */
    private static boolean parses(String checked, String shown, SourcePosition at, Problems problems) {
        try {
            new URI(checked);
            return true;
        } catch (URISyntaxException e) {
            problems.error(at, "invalid URL '" + shown + "': " + e.getReason().toLowerCase(Locale.ROOT)
                    + " at character " + (e.getIndex() + 1));
            return false;
        }
    }
}
