package io.wirewatch.core.port;

import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.Ids;
import java.util.Locale;

/**
 * A series of figures that can be compared: who × kind class × attribution. The same toll claimed by Kyiv and by
 * Moscow are two series; "killed" and "dead" share one.
 *
 * @param who         normalised who ("civilians")
 * @param kindClass   {@link io.wirewatch.core.model.FigureKind#seriesClass()}
 * @param attribution normalised attribution, "" when unattributed
 */
public record FigureSeries(String who, String kindClass, String attribution) {

    /** The series a figure belongs to. */
    public static FigureSeries of(Figure f) {
        return new FigureSeries(Ids.normalise(f.who()), f.kind().seriesClass(),
                f.attributedTo() == null ? "" : Ids.normalise(f.attributedTo()));
    }

    /** Stable key for storage. */
    public String key() {
        return (who + "|" + kindClass + "|" + attribution).toLowerCase(Locale.ROOT);
    }
}
