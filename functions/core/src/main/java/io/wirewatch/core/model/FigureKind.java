package io.wirewatch.core.model;

import java.util.Locale;

/** What a casualty figure counts. */
public enum FigureKind {
    KILLED, DEAD, WOUNDED, INJURED, MISSING, CASUALTIES;

    /**
     * The class a figure is compared within: "killed" and "dead" are the same toll in different words, as are
     * "wounded" and "injured"; a series never mixes classes.
     */
    public String seriesClass() {
        return switch (this) {
            case KILLED, DEAD -> "deaths";
            case WOUNDED, INJURED -> "injuries";
            case MISSING -> "missing";
            case CASUALTIES -> "casualties";
        };
    }

    /** Lower-case word used in JSON, messages and DynamoDB. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #word()}; case-insensitive. */
    public static FigureKind fromWord(String word) {
        return valueOf(word.trim().toUpperCase(Locale.ROOT));
    }
}
