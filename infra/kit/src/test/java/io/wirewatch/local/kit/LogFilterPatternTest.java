package io.wirewatch.local.kit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogFilterPatternTest {
    @Test
    void aQuotedPhraseMatchesLinesContainingItExactly() {
        LogFilterPattern p = LogFilterPattern.parse("\"ingest: REJECTED\"");
        assertTrue(p.matches("WARN ingest: REJECTED s3://b/incoming/a.zip: binary: 3 NUL bytes"));
        assertFalse(p.matches("WARN ingest: rejected s3://b/k"), "case-sensitive");
        assertFalse(p.matches("WARN ingest:REJECTED s3://b/k"), "the phrase, spaces included");
        assertFalse(p.matches("INFO ingest: s3://b/k -> 20 entries"));
    }

    @Test
    void everyTermMustOccur() {
        LogFilterPattern p = LogFilterPattern.parse("WARN \"alerts:\" skipped");
        assertTrue(p.matches("WARN alerts: unreadable entry record 7 skipped: bad"));
        assertFalse(p.matches("WARN alerts: publish failed"));
    }

    @Test
    void theLostAlertsFiltersCountClaimsNotGivenBackAndNotClaimsGivenBack() throws Exception {
        for (String id : new String[] {"LostAlertsFilter", "LostDigestsFilter"}) {
            LogFilterPattern p = LogFilterPattern.ofTemplateFilter(id);
            // the lines AlertService and SummaryService write (GiveBackTest, DigestReleaseTest)
            assertTrue(p.matches("WARN alerts: could not give back claims of entry b1 (ledger key breaking#x#2022-"
                    + "03-02, \"Kherson falls\"); its retry may not alert it: java.lang.IllegalStateException: x"), id);
            assertTrue(p.matches("WARN alerts: could not give back claims of entry f1 \"Toll\" after it failed; its"
                    + " retry may not alert it: x"), id);
            assertTrue(p.matches("WARN summarise: could not give back the digest claim digest#2022-03-02 (\"s\"); its"
                    + " retry will not send it: x"), id);
            assertFalse(p.matches("WARN alerts: publish failed for \"s\" (entries b1), claims given back for retry: x"),
                    id);
            assertFalse(p.matches("WARN summarise: digest for 2022-03-02 not published, will be retried: x"), id);
        }
    }

    @Test
    void syntaxOutsideTheSubsetIsRefusedNotGuessed() {
        for (String unsupported : new String[] {"{ $.level = \"WARN\" }", "[ip, user]", "%REJ.*%", "?WARN ?ERROR",
                "WARN -INFO", "\"unclosed", "  "}) {
            assertThrows(IllegalArgumentException.class, () -> LogFilterPattern.parse(unsupported), unsupported);
        }
    }
}
