package io.wirewatch.core.text;

/** Month names as news copy writes them, for regular expressions that read dates. */
public final class Months {
    /**
     * The months' names and abbreviations in lower case, as one alternation without a group: full names first, so a
     * pattern matches "march" whole rather than "mar" and a dangling "ch". Use it case-insensitively.
     */
    public static final String ALTERNATION = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    private Months() {
    }
}
