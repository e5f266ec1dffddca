package io.wirewatch.core.summary;

import java.util.List;
import java.util.Objects;

/**
 * The summariser's view of one timed entry: a live-blog post, or a whole article, as a list of sentences.
 *
 * <p>The same shape serves the benchmark (a live blog is a list of these; a news article is one) and the daily
 * product (every {@code Entry} of the day, across documents, becomes one).
 *
 * @param sentences candidate sentences in reading order; their index is the in-entry position feature
 * @param weight    prior importance of the entry (1 is neutral); the product raises it for breaking entries and
 *                  entries with casualty figures
 */
public record SourceEntry(List<String> sentences, double weight) {
    public SourceEntry {
        sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be positive and finite: " + weight);
        }
    }

    /** An entry of neutral weight. */
    public static SourceEntry of(List<String> sentences) {
        return new SourceEntry(sentences, 1.0);
    }
}
