package io.wirewatch.core.text;

/**
 * Pieces of wire datelines ("KYIV, Ukraine (AP) —", "KYIV, March 2 (Reuters) -") shared by the splitter and the
 * summariser, which each strip a story's dateline.
 */
public final class Datelines {
    /**
     * The optional date a dateline carries after its place, as Reuters writes it ("KYIV, March 2 (Reuters) -",
     * "LONDON, March 2, 2022 (Reuters) -"); a regular-expression fragment, month names in any case.
     */
    public static final String DATE = "(?:,?\\s*(?i:" + Months.ALTERNATION + ")\\.?\\s+\\d{1,2}"
            + "(?:,\\s*\\d{4})?)?";

    private Datelines() {
    }
}
