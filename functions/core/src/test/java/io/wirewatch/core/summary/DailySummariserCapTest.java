package io.wirewatch.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.KeyPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The daily product spreads its points across entries instead of quoting one post three times. */
class DailySummariserCapTest {

    @Test
    void aBusyDayGetsAtMostOnePointPerEntryAndAQuietDaySeveral() throws Exception {
        List<Entry> bbc = SeedDays.allSeedsAsOneDay().stream()
                .filter(e -> e.sourceKey().contains("000_")).toList();
        assertEquals(20, bbc.size());
        DailySummary busy = new DailySummariser().summarise(LocalDate.of(2022, 3, 2), bbc, Instant.EPOCH);
        Map<String, Long> perEntry = busy.keyPoints().stream()
                .collect(Collectors.groupingBy(KeyPoint::entryId, Collectors.counting()));
        assertEquals(10, busy.keyPoints().size());
        assertTrue(perEntry.values().stream().allMatch(n -> n == 1), perEntry.toString());

        List<Entry> two = new ArrayList<>(SeedDays.allSeedsAsOneDay().stream()
                .filter(e -> e.sourceKey().contains("002_") || e.sourceKey().contains("004_")).toList());
        DailySummary quiet = new DailySummariser().summarise(LocalDate.of(2022, 3, 3), two, Instant.EPOCH);
        assertTrue(quiet.keyPoints().size() >= 5, "two long articles still give five or more points");
        Map<String, Long> perArticle = quiet.keyPoints().stream()
                .collect(Collectors.groupingBy(KeyPoint::entryId, Collectors.counting()));
        assertTrue(perArticle.values().stream().allMatch(n -> n <= 5), perArticle.toString());
        assertEquals(2, perArticle.size(), "both articles contribute");
    }
}
