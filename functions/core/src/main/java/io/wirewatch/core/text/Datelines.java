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
    public static final String DATE = "(?:,?\\s*(?i:january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?\\s+\\d{1,2}"
            + "(?:,\\s*\\d{4})?)?";

    private Datelines() {
    }
}
