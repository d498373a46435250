package dev.briefing.newsletter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the links of a plain-text email, {@code [1]}, {@code [2]}..., in the order the text
 * shows them; the same URL keeps its first number. The list goes at the end of the text.
 */
final class References {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    References() {}

    /** A copy, to go on numbering from the same point. */
    References(References from) {
        numbers.putAll(from.numbers);
    }

    int number(String url) {
        return numbers.computeIfAbsent(url, u -> numbers.size() + 1);
    }

    List<EmailViews.Reference> list() {
        List<EmailViews.Reference> out = new ArrayList<>();
        numbers.forEach((url, n) -> out.add(new EmailViews.Reference(n, url)));
        return List.copyOf(out);
    }
}
