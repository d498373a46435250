package dev.briefing.cite;

import de.undercouch.citeproc.helper.AlphanumComparator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order of a citation style's bibliography, from sort keys rendered once per item: the same
 * comparison citeproc-java's own comparator makes (keys in turn, an empty key after a non-empty
 * one, text compared by the locale's collator with numbers compared as numbers), without
 * rendering the keys again for every comparison.
 */
final class SortKeys implements Comparator<String[]> {
    private final int[] directions;
    private final AlphanumComparator text;

    SortKeys(int[] directions, Locale language) {
        this.directions = directions.clone();
        this.text = new AlphanumComparator(language);
    }

    @Override
    public int compare(String[] a, String[] b) {
        for (int i = 0; i < directions.length; i++) {
            String sa = a[i];
            String sb = b[i];
            if (sa.isEmpty() && !sb.isEmpty()) {
                return 1;
            }
            if (!sa.isEmpty() && sb.isEmpty()) {
                return -1;
            }
            int c = text.compare(sa, sb);
            if (c != 0) {
                return c * directions[i];
            }
        }
        return 0;
    }
}
