package io.wirewatch.core.model;

import java.util.Objects;

/**
 * One casualty figure as stated in one sentence.
 *
 * @param count        the stated number (lower end of a range)
 * @param upperBound   upper end of a range ("7,000-15,000"), or {@code null}
 * @param qualifier    how exact the figure claims to be
 * @param kind         what is counted
 * @param who          who was counted, lower-case ("civilians", "russian soldiers", "people" when unstated)
 * @param place        where, when stated, else {@code null}
 * @param attributedTo who claims it, a claimant key ("un", "kyiv", "oleh synehubov", "region's governor"), else
 *                     {@code null}
 * @param sentence     the sentence that carries the figure, whitespace-normalised
 */
public record Figure(long count, Long upperBound, Qualifier qualifier, FigureKind kind, String who, String place,
                     String attributedTo, String sentence) {

    public Figure {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(kind, "kind");
        who = who == null || who.isBlank() ? "people" : who;
        Objects.requireNonNull(sentence, "sentence");
    }

    /** A figure with no range, place or attribution; handy in tests. */
    public static Figure of(long count, Qualifier qualifier, FigureKind kind, String who, String attributedTo,
                            String sentence) {
        return new Figure(count, null, qualifier, kind, who, null, attributedTo, sentence);
    }
}
