package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.RawEntry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A desk terminal's printout of wire copy, as a PDF reader gives its text. */
class WireCopyTest {
    private static final String PRINTOUT = """
            BRAZIL-FLOODS/ (UPDATE 3, PIX, TV)                     20 Nov 2025 17:48 GMT
            UPDATE 3-Floods in southern Brazil kill 31, thousands flee

            (Adds rescue of family in Vale Formoso, governor's comments, paragraphs 5-8)

            By Luiza Hartmann Ferraz

            VALE FORMOSO, Brazil, Nov 20 (CPA) - Floods and mudslides in southern Brazil have killed at least 31 \
            people, the state civil defence agency said on Thursday, up from 22 on Wednesday.

            -- MORE --

            BRAZIL-FLOODS/ (UPDATE 3, PIX, TV), take 2             20 Nov 2025 17:48 GMT

            In Vale Formoso, firefighters used a helicopter to lift a family of five from the roof of their house.

            ((Reporting by Luiza Hartmann Ferraz; Editing by Gareth Ellison))

            ((luiza.ferraz@cpawire.example; +55 51 5555 0199)) Keywords: BRAZIL-FLOODS/

            --------------------------------------------------------------------------

            ARGENTINA-CRASH/                                       20 Nov 2025 18:05 GMT Bus overturns in \
            Argentina's Mendoza province, killing five

            VILLA ALTAMIRA, Argentina, Nov 20 (CPA) - Five people were killed and 16 injured when a long-distance \
            bus overturned on a mountain road in Argentina's western Mendoza province on Thursday.

            Keywords: ARGENTINA-CRASH/
            """;

    @Test
    void eachStoryIsAnEntryAtItsFilingTimeWithoutTheWiresRouting() {
        List<RawEntry> entries = new DocumentSplitter().splitFile(PRINTOUT, new DocumentContext(null,
                Instant.parse("2025-11-20T18:30:00Z"), ZoneOffset.UTC)).entries();
        assertEquals(List.of("Floods in southern Brazil kill 31, thousands flee",
                "Bus overturns in Argentina's Mendoza province, killing five"),
                entries.stream().map(RawEntry::headline).toList(), entries.toString());
        assertEquals(List.of(Instant.parse("2025-11-20T17:48:00Z"), Instant.parse("2025-11-20T18:05:00Z")),
                entries.stream().map(RawEntry::publishedAt).toList());
        RawEntry floods = entries.get(0);
        assertTrue(floods.body().startsWith("VALE FORMOSO, Brazil"), floods.body());
        assertTrue(floods.body().contains("a family of five"), "the take goes on the story: " + floods.body());
        for (String routing : List.of("take 2", "(Adds", "Keywords", "((", "MORE", "-----", "BRAZIL-FLOODS/")) {
            assertFalse(floods.body().contains(routing), routing + " in " + floods.body());
        }
    }

    @Test
    void aSlugWithoutItsFilingTimeIsNoPrintout() {
        assertNull(WireCopy.normalise("COLOMBIA-MINE/ (UPDATE 2)\nUPDATE 2-Adds death toll\n\nSUTAMARCA - A blast."));
        assertNull(WireCopy.normalise("Deaths/injuries 20 Nov 2025 17:48 GMT rose again, officials said."));
        assertNull(WireCopy.normalise("UK/EU 20 Nov 2025 17:48 GMT Talks resume in Brussels\n\nText."));
    }
}
