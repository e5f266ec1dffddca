package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.SplitDocument;
import java.util.Random;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Totality: whatever arrives in the bucket, the splitter answers and does not take long about it. */
class DocumentSplitterRobustnessTest {
    private static final String PUNCTUATION = "\u2022\u201c\u201d\u2019[]()/:.";
    private final DocumentSplitter splitter = new DocumentSplitter();

    private SplitDocument split(String text) {
        SplitDocument d = splitter.split(text, Seeds.ctx());
        assertNotNull(d);
        assertNotNull(d.layout());
        d.entries().forEach(e -> {
            assertNotNull(e.headline());
            assertNotNull(e.body());
            assertNotNull(e.day());
        });
        return d;
    }

    @Test
    void randomJunkAndBinaryCharacters() {
        Random r = new Random(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(3000);
            for (int i = 0; i < len; i++) {
                int kind = r.nextInt(10);
                b.append(switch (kind) {
                    case 0 -> '\n';
                    case 1 -> '\r';
                    case 2 -> (char) r.nextInt(32);
                    case 3 -> (char) (0xD800 + r.nextInt(0x800)); // lone surrogates
                    case 4 -> PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length()));
                    case 5 -> (char) ('0' + r.nextInt(10));
                    default -> (char) (32 + r.nextInt(0x2FF));
                });
            }
            split(b.toString());
        }
    }

    @Test
    void fragmentsOfEveryLayoutShuffled() {
        Random r = new Random(7);
        String[] fragments = {"  1. Headlinepublished at 17:02 Greenwich Mean Time 2 March 2022", "Breaking",
                "Image caption,", "Skip twitter post", "End of twitter post", "Here were the updates for March 24:",
                "Ukraine-Russia news from March 24: x", " date 2022-03-03 ", "KYIV, Ukraine - ", "  \u2022 bullet",
                "Photo [A/B]", "published at", "99:99 GMT", "14:35 GMT - x", "", "Summary", "Image source, X",
                "published at 17:02 Greenwich Mean Time 31 February 2022", "date 9999-99-99"};
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) {
                b.append(fragments[r.nextInt(fragments.length)]).append(r.nextBoolean() ? "\n" : "\r\n");
            }
            split(b.toString());
        }
    }

    @Test
    void twoMegabytesOfGeneratedText() {
        StringBuilder b = new StringBuilder();
        Random r = new Random(1);
        while (b.length() < 2_000_000) {
            b.append(r.nextInt(24)).append(':').append(10 + r.nextInt(50)).append(" GMT - Something happened ")
                    .append(r.nextInt(1000)).append(" times.\n\nThe body has a sentence. And another one.\n\n");
        }
        SplitDocument d = split(b.toString());
        assertEquals("generic", d.layout());
        assertTrue(d.entries().size() > 1000);
    }

    @Test
    void aLargeBbcPageAndHugeLines() {
        String page = Seeds.read(Seeds.BBC);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            b.append(page).append('\n');
        }
        assertEquals(2000, split(b.toString()).entries().size());
        // One line of a megabyte, with and without spaces, and a huge run of "published at".
        split("x".repeat(1_000_000));
        split("word ".repeat(200_000));
        split("published at ".repeat(100_000));
        split("[".repeat(100_000) + "]".repeat(100_000));
        split("1. ".repeat(300_000));
        split(":".repeat(500_000) + "\n" + "12:".repeat(100_000));
    }

    @Test
    void largeAndOddEmails() {
        String headers = "Return-Path: <a@b.example>\nFrom: A <a@b.example>\nTo: c@d.example\nSubject: Blast\n"
                + "Date: Thu, 3 Dec 2026 10:00:00 +0000\n";
        // Megabytes of body: "From:" rows (each once read for Outlook's block under it), lines of a thousand words
        // without a full stop (each once tested for a sentence), blank lines. The first mail reader took minutes.
        StringBuilder b = new StringBuilder(headers).append('\n');
        for (int i = 0; b.length() < 3_000_000; i++) {
            b.append(i % 3 == 0 ? "From: someone " + i : i % 3 == 1 ? "word ".repeat(1000) : "")
                    .append("\nAt least 5 people were killed, officials said.\n");
        }
        assertEquals(1, split(b.toString()).entries().size());
        // MIME without its end, a boundary never used, parts without headers, a digest of nothing
        for (String body : List.of("Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain",
                "Content-Type: multipart/alternative; boundary=never\n\nA quake struck at dawn.\n",
                "Content-Type: multipart/mixed; boundary=x\n\n--x\n\nA quake struck at dawn.\n--x--\n",
                "Content-Type: multipart/digest; boundary=x\n\n--x--\n",
                "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!not base64!!!\n",
                "Content-Type: message/rfc822\n\n")) {
            split(headers + body);
        }
    }

    @Test
    void unicodeIsKept() {
        SplitDocument d = split("Київ під обстрілом\n\nУ столиці пролунали вибухи. Є загиблі.");
        assertEquals("Київ під обстрілом", d.entries().get(0).headline());
        assertFalse(d.entries().get(0).body().isEmpty());
    }
}
