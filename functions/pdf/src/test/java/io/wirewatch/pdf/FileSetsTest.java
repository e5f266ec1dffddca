package io.wirewatch.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Files as desks receive them, written by a reviewer who had not seen the code ({@code files/set1}: a UN-style flash
 * update, a police statement, a live page and a news article printed by a browser with its header and footer, a wire
 * story, a two-column bulletin, a field report hyphenated over its lines, a scan, a sitrep with annexes, three Word
 * documents, and two mails with the statement attached as a PDF and as a Word file), each read as ingest reads it
 * ({@code IngestService.decodeUpload} with ingest's readers, then the splitter) and scored against the reviewer's
 * key ({@code EXPECTED.md}; how each file was made and what it traps is in {@code NOTES.md}).
 *
 * <p>The readers were written while this set arrived, file by file, so it is no held-out measure: when the whole set
 * had arrived, 18 of its 29 entries matched and 20 furniture strings stood in entries; it is now all 29, and 3.
 */
class FileSetsTest {
    private static final Path SET1 = Path.of("src/test/resources/files/set1");
    private static final Path SET2 = Path.of("src/test/resources/files/set2");
    private static final Path SET3 = Path.of("src/test/resources/files/set3");

    @Test
    void theFirstSetsFilesSplitAsItsReviewerExpects() throws IOException {
        // Left: a map's source line in 6 pt on the flash update, a live page's "Load more updates" button and the
        // bulletin's source note (both printed inside the text's column); figures not in the key are figures by
        // place (the release's table by district), parts, and a rescued or "casualties" count, which the key does
        // not list. The earlier values the text gives ("Police initially put the death toll at 21", "The toll
        // reported on Friday was 39", "Kowalczyk initially said three people had died") were three more, and three
        // wrong alerts, until the nineteenth session.
        Map<String, String> want = new TreeMap<>(Map.ofEntries(
                Map.entry("01_flash_update_storm_mozambique.pdf", "1/1 (1), furniture 1, figures 3/3 +0"),
                Map.entry("02_police_statement_explosion.pdf", "1/1 (1), furniture 0, figures 3/3 +1"),
                Map.entry("03_liveblog_browser_print_earthquake.pdf", "6/6 (6), furniture 1, figures 4/4 +0"),
                Map.entry("04_wire_story_tanker_nigeria.pdf", "1/1 (1), furniture 0, figures 2/2 +1"),
                Map.entry("05_ministry_bulletin_two_column.pdf", "7/7 (7), furniture 1, figures 3/3 +0"),
                Map.entry("06_field_report_hyphenated_sudan.pdf", "1/1 (1), furniture 0, figures 2/2 +2"),
                Map.entry("07_scanned_statement_no_text.pdf", "refused"),
                Map.entry("08_press_release_floods_table.docx", "1/1 (1), furniture 0, figures 3/3 +14"),
                Map.entry("09_sitrep_numbered_sections_dam.docx", "1/1 (1), furniture 0, figures 3/3 +1"),
                Map.entry("10_desk_rolling_log_wildfire.docx", "6/6 (6), furniture 0, figures 4/4 +0"),
                Map.entry("11_email_pdf_attachment_coastguard.eml", "1/1 (1), furniture 0, figures 2/2 +0"),
                Map.entry("12_email_docx_attachment_bus_crash.eml", "1/1 (1), furniture 0, figures 3/3 +0"),
                Map.entry("13_sitrep_with_annexes_volcano.pdf", "1/1 (1), furniture 0, figures 3/3 +1"),
                Map.entry("14_news_article_browser_print_fire.pdf", "1/1 (1), furniture 0, figures 2/2 +1")));
        assertScores(SET1, want);
    }

    /**
     * A second set by another reviewer, written after the first was read ({@code files/set2}: a live page printed with
     * its "Key events" box and authors beside the times, an article, a jsPDF release, a report with annexes, a wire
     * story broken over a page, a two-column fire service bulletin, a Word incident log in a table, a Word statement
     * and sitrep, a forwarded flash update with its PDF attached, a statement written in the mail and also attached,
     * a PDF locked by a password). Scored once on arrival, on the code of 2454bf4: 9 of its 25 entries, 11 furniture
     * strings in entries, figures 25 of 32 with 8 not in the key, the locked PDF refused. Then fixed where the misses
     * were general (stamps, the live page's authors and index, a statement's timeline, notes that point to the file,
     * a wire's "— MORE —" and credits): 22 of 25 and 6; then a subject's "STATEMENT:" and a statement's own stamp
     * above its title in the mail: 23 and 5; 4 once a log's closing line was furniture.
     */
    @Test
    void theSecondSetsFilesSplitAsItsReviewerExpects() throws IOException {
        // Left: the article's standfirst opens its text where the key starts at the dateline; the bulletin's last
        // item is headed by the "SAFETY MESSAGE" box printed beside it. Figures not in the key are breakdowns
        // ("including three firefighters"), partial counts and earlier ones (a first statement's "nine injured").
        Map<String, String> want = new TreeMap<>(Map.ofEntries(
                Map.entry("01_live_page_bushfire.pdf", "6/6 (6), furniture 0, figures 3/3 +1"),
                Map.entry("02_article_landslide.pdf", "0/1 (1), furniture 0, figures 3/3 +0"),
                Map.entry("03_ministry_press_release.pdf", "1/1 (1), furniture 0, figures 2/2 +1"),
                Map.entry("04_cyclone_assessment_report.pdf", "1/1 (1), furniture 0, figures 3/3 +0"),
                Map.entry("05_wire_story_page_break.pdf", "1/1 (1), furniture 1, figures 3/3 +1"),
                Map.entry("06_fire_service_daily_bulletin.pdf", "3/4 (4), furniture 2, figures 2/3 +0"),
                Map.entry("07_eoc_incident_log.docx", "7/7 (7), furniture 0, figures 2/4 +0"),
                Map.entry("08_transit_press_statement.docx", "1/1 (1), furniture 0, figures 2/2 +0"),
                Map.entry("09_earthquake_sitrep.docx", "1/1 (1), furniture 0, figures 3/3 +0"),
                Map.entry("10_email_stringer_pdf_attachment.eml", "1/1 (1), furniture 1, figures 3/3 +1"),
                Map.entry("11_email_company_statement_html.eml", "1/1 (1), furniture 0, figures 3/3 +3"),
                Map.entry("12_password_protected_casualty_report.pdf", "refused")));
        assertScores(SET2, want);
    }

    /**
     * A third set by a third reviewer, held out ({@code files/set3}: a live page printed with its stamps opening
     * pages, an article printed by a browser at airy line spacing, a police release, a report with a key-figures
     * box and a district table, a two-column incident bulletin whose items are timed over their headings, a Word
     * statement, a Word desk log, an OpenDocument council update, a forwarded PDF statement, a PR agency's mail with
     * its Word statement, a scan, a wire printout of two stories with takes and slugs). Scored once on arrival, on
     * the code of 55aaea6 (nineteenth session): 13 of its 25 entries, 6 furniture strings in entries, figures 28 of
     * 33 with 11 not in the key, the scan refused. Then fixed where the misses were general (paragraphs read from
     * line gaps, a page's stamps, an item's time over its heading, a statement's kind and its opening stamp, wire
     * copy, restated digits, first reports): 25 of 25 and 1; and 0 once a log's closing line was furniture and a
     * table's last rows were no longer taken for a sender's card.
     */
    @Test
    void theThirdSetsFilesSplitAsItsReviewerExpects() throws IOException {
        // Figures the key has and these do not: "six others were taken to hospital" and "Nineteen
        // passengers remain in hospital" (hospital is no count of the injured, a decision; see the README).
        Map<String, String> want = new TreeMap<>(Map.ofEntries(
                Map.entry("01_live_typhoon_dalisay.pdf", "6/6 (6), furniture 0, figures 4/4 +0"),
                Map.entry("02_article_ecuador_quake.pdf", "1/1 (1), furniture 0, figures 3/3 +1"),
                Map.entry("03_police_release_minibus_collision.pdf", "1/1 (1), furniture 0, figures 1/2 +0"),
                Map.entry("04_sitrep_cyclone_ilda.pdf", "1/1 (1), furniture 0, figures 3/3 +1"),
                Map.entry("05_daily_incident_bulletin_rift_valley.pdf", "5/5 (5), furniture 0, figures 5/6 +1"),
                Map.entry("06_ministry_statement_wildfires.docx", "1/1 (1), furniture 0, figures 2/2 +2"),
                Map.entry("07_desk_log_mount_lirang.docx", "5/5 (5), furniture 0, figures 4/4 +1"),
                Map.entry("08_council_flood_update.odt", "1/1 (1), furniture 0, figures 1/1 +0"),
                Map.entry("09_stringer_fwd_mine_statement.eml", "1/1 (1), furniture 0, figures 2/2 +1"),
                Map.entry("10_pr_agency_factory_fire_docx.eml", "1/1 (1), furniture 0, figures 2/2 +2"),
                Map.entry("11_scanned_evacuation_notice.pdf", "refused"),
                Map.entry("12_wire_printout_update3.pdf", "2/2 (2), furniture 0, figures 4/4 +1")));
        assertScores(SET3, want);
    }

    /** Scores a set, writes the report to target/file-{set}.txt for reading, and compares it with {@code want}. */
    private static void assertScores(Path set, Map<String, String> want) throws IOException {
        StringBuilder detail = new StringBuilder();
        Map<String, String> got = new TreeMap<>(FileSets.report(set, detail));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/file-" + set.getFileName() + ".txt"), String.join("\n", got.entrySet()
                .stream().map(e -> e.getKey() + ": " + e.getValue()).toList()) + "\n\n" + detail);
        assertEquals(want, got, detail::toString);
    }
}
