package io.wirewatch.core.port;

import io.wirewatch.core.figures.Periods;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A series of figures that can be compared: who × kind class × attribution, and place for an unattributed figure.
 * The same toll claimed by Kyiv and by Moscow are two series; "killed" and "dead" share one.
 *
 * <p>An attributed figure is compared across places: a source keeps one count, whichever place a sentence names
 * ("UN: 1,035 civilians killed in Ukraine" after the UN's 227). An unattributed figure has no source to keep a count,
 * so one stated for a place is compared only with that place's: "12 people killed in Kharkiv" then "30 people killed
 * in Gaza" are two first reports, where one series made the second "was 12" and held back every smaller toll after
 * it anywhere.
 *
 * <p>A figure with neither a claimant nor a place is a series of its own entry ({@link #of(Figure, Entry)}):
 * nothing says two such figures count the same thing, and one global series of them compared a Dnipro toll with
 * an Odesa one ("46 dead (was 9, 15 Jun)") and held back every smaller toll after it anywhere. Not of its document:
 * a live page covers many incidents, and one series per page made Odesa's "9 dead" "was 5" after a Mykolaiv
 * post's five. A post edited in place keeps its id, so its updated toll is still compared with its first; a new
 * post updating an anonymous toll alerts as a first report, the cost of not guessing.
 *
 * <p>A count stated for a period ({@link Periods}: "over the past 24 hours", "overnight", "on Tuesday alone") is a
 * series of that period on its day: it is not a running total, so it is compared neither with the claimant's total
 * (Russia's "more than 500 ... over the past 24 hours" was held back as lower than its 2,870 since the invasion) nor
 * with another day's count, only with the same day's count told again.
 *
 * @param who         normalised who ("civilians")
 * @param kindClass   {@link io.wirewatch.core.model.FigureKind#seriesClass()}
 * @param attribution normalised attribution, "" when unattributed
 * @param place       normalised place of an unattributed figure, "" when attributed or unstated
 * @param scope       what else bounds the series, "" for none: "period:{key}@{day}" for a count over a period,
 *                    "entry:{entryId}" for a figure with neither claimant nor place, joined by ";"
 */
public record FigureSeries(String who, String kindClass, String attribution, String place, String scope) {

    /** A series of attributed figures, or of unattributed ones that name no place, unscoped. */
    public FigureSeries(String who, String kindClass, String attribution) {
        this(who, kindClass, attribution, "", "");
    }

    /**
     * A figure's series apart from any {@link #scope}: what it tells, as the ledger keys a figure alert
     * ({@code AlertService.figureKey}) and the relayed-toll check compares it. Compared values are kept per
     * {@link #of(Figure, Entry)}.
     */
    public static FigureSeries of(Figure f) {
        String by = f.attributedTo() == null ? "" : Ids.normalise(f.attributedTo());
        return new FigureSeries(Ids.normalise(f.who()), f.kind().seriesClass(), by,
                by.isEmpty() && f.place() != null ? placeKey(f.place()) : "", "");
    }

    /** The series a figure of entry {@code e} is compared within: {@link #of(Figure)}, scoped (see the class note). */
    public static FigureSeries of(Figure f, Entry e) {
        FigureSeries s = of(f);
        List<String> scope = new ArrayList<>();
        Periods.of(f.sentence()).ifPresent(p -> scope.add("period:" + p.key() + "@" + e.day()));
        if (s.attribution().isEmpty() && s.place().isEmpty()) {
            // an untimed entry is a wire story (or an undated post), whose id carries the day it was uploaded on:
            // scoped to its entry, the same story re-uploaded after midnight told its toll again as a first report
            scope.add(e.publishedAt() == null ? "document:" + e.documentId() : "entry:" + e.id());
        }
        return scope.isEmpty() ? s : s.scoped(String.join(";", scope));
    }

    /** This series with {@code scope}. */
    public FigureSeries scoped(String scope) {
        return new FigureSeries(who, kindClass, attribution, place, scope);
    }

    /**
     * Words that name a place's kind, not the place: "Kharkiv Oblast", "Kharkiv region" and "Kharkiv" are one, as are
     * "the Gaza Strip" and "Gaza", which a page writes in turn for one ministry's toll.
     */
    private static final java.util.Set<String> PLACE_KINDS = java.util.Set.of("oblast", "region", "province",
            "district", "governorate", "city", "county", "raion", "strip");

    /** A place as series compare it: "Kharkiv Oblast", "Kharkiv region" and "Kharkiv" are "kharkiv". */
    public static String placeKey(String place) {
        String p = Ids.normalise(place);
        int space = p.lastIndexOf(' ');
        while (space > 0 && PLACE_KINDS.contains(p.substring(space + 1))) {
            p = p.substring(0, space);
            space = p.lastIndexOf(' ');
        }
        return p;
    }

    /**
     * Stable key for storage; a series without a place or scope keeps the key it had before places and scopes were
     * part of it.
     */
    public String key() {
        return (who + "|" + kindClass + "|" + attribution + (place.isEmpty() ? "" : "|@" + place)
                + (scope.isEmpty() ? "" : "|#" + scope)).toLowerCase(Locale.ROOT);
    }
}
