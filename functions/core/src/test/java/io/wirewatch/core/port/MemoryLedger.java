package io.wirewatch.core.port;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * An {@link AlertLedger} in memory for core tests: a key is claimed once, as DynamoDB's conditional put allows; a
 * test may make claiming or giving back fail (throttling, or IAM refusing summarise's DeleteItem). Every story is
 * listed as new: the story rules are tested on the emulator.
 */
public class MemoryLedger implements AlertLedger {
    /** What is claimed, by key, in claiming order. */
    public final Map<String, SentAlert> claimed = new LinkedHashMap<>();
    /** Thrown by {@link #claim} when set. */
    public RuntimeException claimFails;
    /** Thrown by {@link #release} when set; the claim then stays. */
    public RuntimeException releaseFails;

    @Override
    public synchronized boolean claim(String key, SentAlert alert, List<String> unlessClaimed) {
        if (claimFails != null) {
            throw claimFails;
        }
        if (claimed.containsKey(key) || unlessClaimed.stream().anyMatch(claimed::containsKey)) {
            return false;
        }
        claimed.put(key, alert);
        return true;
    }

    @Override
    public synchronized void release(String key) {
        if (releaseFails != null) {
            throw releaseFails;
        }
        claimed.remove(key);
    }

    @Override
    public synchronized List<SentAlert> alertsOfDay(LocalDate day) {
        return claimed.values().stream().filter(a -> a.day().equals(day)).toList();
    }

    @Override
    public StoryClaim claimStory(LocalDate day, Story story, BiPredicate<String, String> same) {
        return StoryClaim.listed(true);
    }

    @Override
    public void releaseStory(LocalDate day, String entryId) {
    }
}
