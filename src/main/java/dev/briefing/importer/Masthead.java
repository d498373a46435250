package dev.briefing.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's name at the top of a copied page, and the lines that name the outlet elsewhere: the
 * byline ("By A, Outlet"), a copyright line, a wire dateline ("LONDON, March 4 (Wire) - …").
 */
final class Masthead {
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\p{M} .'-]+(?:,\\s*[\\p{L}. ]+)?,?\\s+\\p{L}+\\.?\\s+\\d{1,2}\\s+\\(([^)]{2,40})\\)\\s+[-–—]\\s+.*");
    /** How many lines from the top a byline or dateline is looked for. */
    private static final int NEAR_TOP = 40;

    private Masthead() {}

    /**
     * The site's name at the top: the first line that is not chrome or a date, when a separator
     * line follows it ("Name" then "//"), when the header repeats it after another line, or when
     * the byline or a copyright line names it as the outlet.
     */
    static Set<Integer> read(Lines lines, List<Integer> filled, Findings found) {
        Set<Integer> used = new HashSet<>();
        int k = 0;
        while (k < filled.size() && (Chrome.isChrome(lines.raw(filled.get(k))) || DateLine.parse(lines.raw(filled.get(k))).isPresent())) {
            k++;
        }
        if (k >= filled.size() || !LineShapes.isNameShaped(lines.raw(filled.get(k)))) {
            bylineOutlet(lines, filled, found);
            return used;
        }
        String first = lines.text(filled.get(k));
        boolean named = false;
        if (k + 1 < filled.size() && LineShapes.isSeparator(lines.text(filled.get(k + 1)))) {
            lines.use(filled.get(k + 1));
            named = true;
        }
        boolean otherLineBetween = false;
        for (int j = k + 1; j < Math.min(filled.size(), k + 12) && !named; j++) {
            String s = lines.text(filled.get(j));
            if (s.equals(first) && otherLineBetween) {
                named = true;
            }
            otherLineBetween |= !LineShapes.isReadingTime(s) && !LineShapes.isSeparator(s) && DateLine.parse(s).isEmpty();
        }
        Optional<String> outlet = bylineOutlet(lines, filled, found);
        named |= outlet.filter(first::equals).isPresent() || copyrightHolders(lines, filled).contains(first)
                || datelineAgencyName(lines, filled).filter(first::equals).isPresent();
        if (named) {
            found.publisher(Optional.of(first));
            used.add(filled.get(k));
        }
        return used;
    }

    /** The outlet a header byline names ("By A and B, Outlet"), taken as the publisher. */
    private static Optional<String> bylineOutlet(Lines lines, List<Integer> filled, Findings found) {
        for (int i : filled.subList(0, Math.min(filled.size(), NEAR_TOP))) {
            Optional<Byline> byline = HeaderReader.bylineOf(lines.raw(i));
            if (byline.isPresent() && byline.get().outlet().isPresent()) {
                found.publisher(byline.get().outlet());
                return byline.get().outlet();
            }
        }
        return Optional.empty();
    }

    private static Set<String> copyrightHolders(Lines lines, List<Integer> filled) {
        Set<String> holders = new HashSet<>();
        for (int i : filled) {
            if (Chrome.isCopyright(lines.raw(i))) {
                Chrome.copyrightHolder(lines.raw(i)).ifPresent(holders::add);
            }
        }
        return holders;
    }

    /** "LONDON, March 4 (Wire) - …": the wire service a dateline names. */
    private static Optional<String> datelineAgencyName(Lines lines, List<Integer> filled) {
        for (int i : filled.subList(0, Math.min(filled.size(), NEAR_TOP))) {
            Optional<String> agency = datelineAgency(lines.text(i));
            if (agency.isPresent()) {
                return agency;
            }
        }
        return Optional.empty();
    }

    /** The wire service a dateline names: "LONDON, March 4 (Wire) - …" gives "Wire". */
    static Optional<String> datelineAgency(String line) {
        Matcher m = DATELINE.matcher(line);
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
