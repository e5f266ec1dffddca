package io.wirewatch.core.port;

import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.Ids;
import java.util.Locale;

/**
 * A series of figures that can be compared: who × kind class × attribution, and place for an unattributed figure.
 * The same toll claimed by Kyiv and by Moscow are two series; "killed" and "dead" share one.
 *
 * <p>An attributed figure is compared across places: a source keeps one count, whichever place a sentence names
 * ("UN: 1,035 civilians killed in Ukraine" after the UN's 227). An unattributed figure has no source to keep a count,
 * so one stated for a place is compared only with that place's: "12 people killed in Kharkiv" then "30 people killed
 * in Gaza" are two first reports, where one series made the second "was 12" and held back every smaller toll after
 * it anywhere. Unattributed figures that name no place still share a series.
 *
 * @param who         normalised who ("civilians")
 * @param kindClass   {@link io.wirewatch.core.model.FigureKind#seriesClass()}
 * @param attribution normalised attribution, "" when unattributed
 * @param place       normalised place of an unattributed figure, "" when attributed or unstated
 */
public record FigureSeries(String who, String kindClass, String attribution, String place) {

    /** A series of attributed figures, or of unattributed ones that name no place. */
    public FigureSeries(String who, String kindClass, String attribution) {
        this(who, kindClass, attribution, "");
    }

    /** The series a figure belongs to. */
    public static FigureSeries of(Figure f) {
        String by = f.attributedTo() == null ? "" : Ids.normalise(f.attributedTo());
        return new FigureSeries(Ids.normalise(f.who()), f.kind().seriesClass(), by,
                by.isEmpty() && f.place() != null ? placeKey(f.place()) : "");
    }

    /** Words that name a place's kind, not the place: "Kharkiv Oblast", "Kharkiv region" and "Kharkiv" are one. */
    private static final java.util.Set<String> PLACE_KINDS = java.util.Set.of("oblast", "region", "province",
            "district", "governorate", "city", "county", "raion");

    private static String placeKey(String place) {
        String p = Ids.normalise(place);
        int space = p.lastIndexOf(' ');
        while (space > 0 && PLACE_KINDS.contains(p.substring(space + 1))) {
            p = p.substring(0, space);
            space = p.lastIndexOf(' ');
        }
        return p;
    }

    /** Stable key for storage; a series without a place keeps the key it had before places were part of it. */
    public String key() {
        return (who + "|" + kindClass + "|" + attribution + (place.isEmpty() ? "" : "|@" + place))
                .toLowerCase(Locale.ROOT);
    }
}
