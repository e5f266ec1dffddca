package io.wirewatch.core.alert;

import io.wirewatch.core.model.Figure;
import io.wirewatch.core.port.SeriesState;
import java.util.Optional;

/**
 * A figure that is news, with the value it replaces.
 *
 * @param figure   the new figure
 * @param previous the series' previous value; empty when the series is new
 */
public record FigureChange(Figure figure, Optional<SeriesState> previous) {
}
