package io.wirewatch.core.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Remembers which news has been alerted, so the same news never goes out twice; doubles as the record of the
 * day's alerts, and of what was noted unsent (figures held back, Breaking stories retold), for the daily brief.
 */
public interface AlertLedger {

    /**
     * Claims {@code dedupeKey}.
     *
     * @return {@code true} if this caller claimed it now; {@code false} if it was claimed before
     */
    default boolean claim(String dedupeKey, SentAlert alert) {
        return claim(dedupeKey, alert, List.of());
    }

    /**
     * Claims {@code dedupeKey} unless it or any of {@code unlessClaimed} was claimed before, in one atomic step: of
     * two callers claiming two keys that name each other at the same moment, one wins. A Breaking headline is keyed
     * by its day and claimed unless the day before or the day after holds it, so the same words across midnight are
     * one alert and, a week later, news again.
     *
     * @return {@code true} if this caller claimed it now; {@code false} if it or one of the others was claimed
     */
    boolean claim(String dedupeKey, SentAlert alert, List<String> unlessClaimed);

    /** Gives up a claim whose alert could not be published, so a retry can send it. */
    void release(String dedupeKey);

    /** Alerts claimed for a day, in time order. */
    List<SentAlert> alertsOfDay(LocalDate day);

    /** A Breaking headline listed for a day by {@link #claimStory}. */
    record Story(String entryId, String headline) {
    }

    /**
     * What {@link #claimStory} found.
     *
     * @param retells   the listed story the claimed one retells, if any
     * @param listedNow whether this call listed the story (and so is the one to release it if its alert is not
     *                  sent); false when it retells another, or was listed for the same entry before (a redelivery,
     *                  or another function deciding the same entry at the same moment)
     */
    record StoryClaim(Optional<Story> retells, boolean listedNow) {
        public static StoryClaim retelling(Story listed) {
            return new StoryClaim(Optional.of(listed), false);
        }

        public static StoryClaim listed(boolean now) {
            return new StoryClaim(Optional.empty(), now);
        }
    }

    /**
     * Claims a Breaking story, atomically across callers: unless {@code same} finds a story listed for {@code day}
     * or the day before, by another entry, that tells the same news as {@code story}, lists {@code story} for
     * {@code day}. Of two functions claiming two wordings of one story at the same moment, one lists its wording
     * and the other is answered with it, across midnight too (the day before's list must not have moved between
     * the read and the write). A story already listed for the same entry in other words (a wire story edited in
     * place, its headline reworded) is answered with that listing, as the entry's own earlier telling; in the same
     * words it is a redelivery, neither listed again nor a retelling.
     *
     * @param same whether two headlines tell the same news
     */
    StoryClaim claimStory(LocalDate day, Story story, BiPredicate<String, String> same);

    /** Takes the entry's story off the day's list (its alert was not sent), so that its retry can claim it. */
    void releaseStory(LocalDate day, String entryId);
}
