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
    void syntaxOutsideTheSubsetIsRefusedNotGuessed() {
        for (String unsupported : new String[] {"{ $.level = \"WARN\" }", "[ip, user]", "%REJ.*%", "?WARN ?ERROR",
                "WARN -INFO", "\"unclosed", "  "}) {
            assertThrows(IllegalArgumentException.class, () -> LogFilterPattern.parse(unsupported), unsupported);
        }
    }
}
