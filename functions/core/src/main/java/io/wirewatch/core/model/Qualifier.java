package io.wirewatch.core.model;

import java.util.Locale;

/**
 * How exact a figure claims to be. Order matters for "is this news": "nearly 500" after "498" is not higher news,
 * so comparisons look at {@link #lowerBoundOf(long)} rather than the bare count.
 */
public enum Qualifier {
    /** No qualifier: the count as stated. */
    NONE("none"),
    AT_LEAST("at least"),
    MORE_THAN("more than"),
    NEARLY("nearly"),
    ABOUT("about"),
    UP_TO("up to");

    private final String words;

    Qualifier(String words) {
        this.words = words;
    }

    /** The words as they read in a sentence ("at least"); "none" for {@link #NONE}. */
    public String words() {
        return words;
    }

    /**
     * The smallest value the phrase vouches for; a figure is news only when this beats the last known one.
     * "at least 18" vouches for 18, "more than 2,000" for 2,001. "nearly 500" and "about 500" are read as within 5%
     * below the count (so "nearly 500" after "498" is not news), and "up to 500" vouches for nothing beyond zero:
     * it is a ceiling, not a toll.
     */
    public long lowerBoundOf(long count) {
        return switch (this) {
            case NONE, AT_LEAST -> count;
            case MORE_THAN -> count + 1;
            case NEARLY, ABOUT -> Math.max(0, count - Math.max(1, (long) Math.ceil(count * 0.05)));
            case UP_TO -> 0;
        };
    }

    /** Prefix for rendering, e.g. "at least " or "" for {@link #NONE}. */
    public String prefix() {
        return this == NONE ? "" : words + " ";
    }

    /** Parses {@link #words()} or the enum name; case-insensitive. */
    public static Qualifier fromWords(String words) {
        String w = words.trim().toLowerCase(Locale.ROOT);
        for (Qualifier q : values()) {
            if (q.words.equals(w) || q.name().equalsIgnoreCase(w)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier: " + words);
    }
}
