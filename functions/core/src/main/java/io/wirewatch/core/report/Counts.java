package io.wirewatch.core.report;

import io.wirewatch.core.model.DailySummary;

/**
 * Counted nouns the reports share, so the brief, the Markdown, the digest email and the local run say "1 entry"
 * the same way.
 */
public final class Counts {
    private Counts() {
    }

    /** "1 entry", "20 entries". */
    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "20 entries from 1 document": what a day's summary was made from. */
    static String sources(DailySummary s) {
        return of(s.entryCount(), "entry", "entries") + " from " + of(s.documentCount(), "document", "documents");
    }
}
