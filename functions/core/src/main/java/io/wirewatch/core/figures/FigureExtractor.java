package io.wirewatch.core.figures;

import io.wirewatch.core.model.Figure;
import java.util.List;

/**
 * Finds casualty figures in prose. Thread-safe; patterns are compiled once.
 *
 * <p>PLACEHOLDER: finds nothing; the rule-based extractor replaces this.
 */
public final class FigureExtractor {

    /** Every casualty figure in {@code text} (one or more sentences), in order of appearance. */
    public List<Figure> extract(String text) {
        return List.of();
    }
}
