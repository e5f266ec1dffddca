package io.wirewatch.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one tokeniser shared by scoring ({@link io.wirewatch.core.summary.Rouge}) and selection
 * ({@link io.wirewatch.core.summary.ConceptSummariser}), so the summariser optimises exactly the units it is measured
 * on: maximal runs of letters or digits, lower-cased; everything else (punctuation, apostrophes, hyphens, currency
 * signs) separates tokens. No stemming, no stop-word removal.
 */
public final class Tokens {
    private Tokens() {
    }

    /** Lower-cased alphanumeric tokens of {@code text}, in order; empty for null or blank text. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }
}
