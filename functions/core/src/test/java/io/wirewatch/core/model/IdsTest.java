package io.wirewatch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.wirewatch.core.split.Seeds;
import org.junit.jupiter.api.Test;

class IdsTest {
    /** The definition {@link Ids#normalise} had before its ASCII pass, kept here as the reference. */
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String reference(String s) {
        return NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * Entry ids are stored: if they changed between versions, a page uploaded again after an upgrade would have
     * every entry stored and alerted a second time. These were computed before the ASCII pass; they cover headlines
     * with a label, a dash and digits in ASCII and outside it, an untitled untimed post (its body is hashed) in
     * ASCII and with curly quotes and an ellipsis, and a headline outside Latin (a dotted capital I lower-cases to
     * two characters).
     */
    @Test
    void entryIdsAreTheSameAsBeforeTheAsciiPass() {
        assertEquals("3cc4aef23c43e1c9", Ids.entryId("doc1", new RawEntry("BREAKING: Kyiv hit by 3 missiles \u2014 UN",
                "body", Instant.parse("2022-03-02T14:35:00Z"), LocalDate.of(2022, 3, 2), true, true)));
        assertEquals("234675c63ec80724", Ids.entryId("doc1", new RawEntry(
                "  BREAKING: Kyiv hit by 3 missiles -- UN's \"latest\" count (update)  ", "body",
                Instant.parse("2022-03-02T14:35:00Z"), LocalDate.of(2022, 3, 2), true, true)));
        // the same post in ASCII and in typographic punctuation: one id, whichever pass reads it
        assertEquals("d4987d2fade3e78c", Ids.entryId("doc1", new RawEntry(null,
                "Ukraine's State Emergency Service said 21 people died.\n\nMore to follow...", null,
                LocalDate.of(2022, 3, 2), false, false)));
        assertEquals("d4987d2fade3e78c", Ids.entryId("doc1", new RawEntry("",
                "  Ukraine\u2019s State Emergency Service said 21 people died.\n\nMore to follow\u2026", null,
                LocalDate.of(2022, 3, 2), false, false)));
        assertEquals("08814f0156fe2033", Ids.entryId("doc1", new RawEntry(
                "\u0130stanbul: \u0427\u0438\u0441\u043b\u043e \u043f\u043e\u0433\u0438\u0431\u0448\u0438\u0445 "
                        + "\u2014 12", "x", null, LocalDate.of(2022, 3, 2), false, false)));
    }

    @Test
    void normaliseIsTheRegularExpressionOnEveryLineOfTheSeeds() throws IOException {
        int ascii = 0;
        try (Stream<Path> seeds = Files.list(Seeds.dir())) {
            for (Path p : seeds.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    assertEquals(reference(line), Ids.normalise(line), line);
                    if (Ids.normaliseAscii(line) != null) {
                        ascii++;
                    }
                }
            }
        }
        // most lines take the ASCII pass, so the comparison above tests it and not only the fallback
        assertEquals(true, ascii > 1000, "ASCII lines in the seeds: " + ascii);
    }

    @Test
    void normaliseIsTheRegularExpressionOnRandomAsciiAndFallsBackOutsideIt() {
        Random r = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(12);
            for (int i = 0; i < len; i++) {
                b.append((char) r.nextInt(128)); // every ASCII character, controls included
            }
            String s = b.toString();
            assertEquals(reference(s), Ids.normalise(s), () -> "codes " + s.chars().boxed().toList());
            assertEquals(reference(s), Ids.normaliseAscii(s));
        }
        for (String s : List.of("Kyiv\u00a0hit", "caf\u00e9 \u2014 12", "\u0130stanbul", "\u0142\u00f3d\u017a")) {
            assertNull(Ids.normaliseAscii(s));
            assertEquals(reference(s), Ids.normalise(s));
        }
        assertEquals("", Ids.normalise(null));
    }
}
