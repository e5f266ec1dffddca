package io.wirewatch.core.port;

import io.wirewatch.core.model.Qualifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The last known value of a figure series.
 *
 * @param count      stated count
 * @param qualifier  how it was qualified
 * @param lowerBound {@link Qualifier#lowerBoundOf(long)} of it: what comparisons use
 * @param at         the time of the entry that stated it, or {@code null}
 * @param day        that entry's day
 * @param dateStated whether that day is stated, not guessed from the upload
 *                   ({@link io.wirewatch.core.model.Entry#dateStated})
 * @param entryId    that entry
 * @param place      the place its figure was stated for, as a message writes it ("Kharkiv"), or {@code null}:
 *                   shown beside the value where a later figure names another place, as a claimant that counts per
 *                   incident (a governor, police) may be telling another one; no rule reads it
 */
public record SeriesState(long count, Qualifier qualifier, long lowerBound, Instant at, LocalDate day,
                          boolean dateStated, String entryId, String place) {

    /** A value stated for no place. */
    public SeriesState(long count, Qualifier qualifier, long lowerBound, Instant at, LocalDate day,
                       boolean dateStated, String entryId) {
        this(count, qualifier, lowerBound, at, day, dateStated, entryId, null);
    }

    /**
     * Whether {@code next} moves a series whose last value is {@code current}: the rule {@link SeriesStore#advance}
     * applies atomically (DynamoDB's condition expression states the same rule), written once here for the stores
     * and their tests. A series moves when it is new, or when {@code next} is not older than its last value
     * ({@link #isLaterThan}) and vouches for more, or vouches for less than a stale value ({@link #isStaleFor}).
     * An older report is never compared with a later value: an upload
     * about 3 March arriving after one about 24 March is neither news against it nor lower than it.
     */
    public static boolean moves(Optional<SeriesState> current, SeriesState next) {
        if (current.isEmpty()) {
            return true;
        }
        SeriesState cur = current.get();
        if (cur.isLaterThan(next)) {
            return false;
        }
        return cur.lowerBound() < next.lowerBound() || cur.lowerBound() > next.lowerBound() && cur.isStaleFor(next)
                && next.restartsStale();
    }

    /**
     * Whether this value may restart a series past a stale one: a firm count ("nearly", "about" and "up to" are
     * not contradictions, so do not replace a count) from an entry with a time of day ({@link #at}) whose date is
     * stated ({@link #dateStated}). A time alone is no date: a live page whose posts give only "14:50", uploaded
     * late with no date, is put on its upload's day and would restart every running total it retells with an old
     * count ("UN: at least 227 ... (first in over 30 days)"). A stated date alone is not enough either: an untimed
     * story is of its day as a whole, and a look-back piece of that day ("Two years on ... By the end of March 2022,
     * the UN said at least 1,035 civilians had been killed") retells old counts as readily as it states new ones,
     * which sent "UN: at least 1,035 civilians killed in Ukraine (first in over 30 days; was at least 10,000, 21 Nov
     * 2023)". A missed restart is only held back for the brief; a wrong one reaches every subscriber's phone, so an
     * untimed story never restarts a series, whatever its date.
     */
    public boolean restartsStale() {
        return at != null && dateStated && (qualifier == Qualifier.NONE || qualifier == Qualifier.AT_LEAST
                || qualifier == Qualifier.MORE_THAN);
    }

    /**
     * How many days a series' last value holds a lower figure back. A count not heard of for over a month (Russia's
     * "more than 2,870" of March 2022, against its figure of June 2023) is no longer a running total a new figure
     * can contradict: the claimant has likely restarted or re-based its count, and holding the new figure back
     * would silence the claimant for good. The series restarts at the new figure, which alerts and says what the
     * old value was; an equal figure does not restart it, nor does one that cannot vouch for a restart
     * ({@link #restartsStale}).
     */
    public static final int STALE_AFTER_DAYS = 30;

    /** Whether this value is more than {@link #STALE_AFTER_DAYS} days before {@code next}'s day. */
    public boolean isStaleFor(SeriesState next) {
        return day != null && next.day != null && day.plusDays(STALE_AFTER_DAYS).isBefore(next.day);
    }

    /**
     * Whether this value was stated after {@code other}: on a later day, or on the same day at a later time when
     * both have one. An entry with no time is of its day as a whole, so it is not later or earlier than another of
     * its day; a state with no day (none is written without one) is not later than anything.
     */
    public boolean isLaterThan(SeriesState other) {
        if (day == null || other.day == null) {
            return false;
        }
        if (!day.equals(other.day)) {
            return day.isAfter(other.day);
        }
        return at != null && other.at != null && at.isAfter(other.at);
    }
}
