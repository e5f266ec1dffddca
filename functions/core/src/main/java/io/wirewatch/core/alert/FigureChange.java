package io.wirewatch.core.alert;

import io.wirewatch.core.model.Figure;
import io.wirewatch.core.port.SeriesState;
import java.util.Optional;

/**
 * A figure that is news, with the value it replaces.
 *
 * @param figure   the new figure
 * @param previous the series' previous value; empty when the series is new. It vouches for more than the figure
 *                 when the series restarted after a stale value ({@link SeriesState#isStaleFor})
 */
public record FigureChange(Figure figure, Optional<SeriesState> previous) {

    /** Whether the figure restarts its series below a stale value, rather than rising above the last one. */
    public boolean restarts() {
        return previous.filter(p -> p.lowerBound() > figure.qualifier().lowerBoundOf(figure.count())).isPresent();
    }
}
