package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Eight saved pages with tables, written blind ({@code split/tables}, key in its {@code EXPECTED.md}): casualties by
 * district, by age group, by town beside money and shares, by hospital, a key-figures table, a table by date, and
 * traps (a league table, election results, a historical table, road closures). Each page's figures as "count kind
 * place" must hold the key's current figures and none of the numbers it says are no figures. On its first run the
 * reader found 32 of the key's 40 figures with 4 spurious (the session's starting code 11, with 3).
 */
class TablePagesTest {

    private static final Path ROOT = Path.of("src/test/resources/split/tables");

    private static Set<String> figures(String page) throws IOException {
        String html = Files.readString(ROOT.resolve(page));
        List<Entry> entries = new DocumentProcessor().process("d", "incoming/" + page, html,
                new DocumentContext(null, Instant.parse("2024-06-01T12:00:00Z"), ZoneId.of("UTC"))).entries();
        Set<String> out = new TreeSet<>();
        for (Entry e : entries) {
            for (Figure f : e.figures()) {
                out.add(f.count() + " " + f.kind().seriesClass() + (f.place() == null ? "" : " " + f.place()));
            }
        }
        return out;
    }

    private static void has(String page, List<String> expected, List<String> not) throws IOException {
        Set<String> got = figures(page);
        for (String f : expected) {
            assertTrue(got.contains(f), () -> page + ": " + f + " not in " + got);
        }
        Set<String> counts = got.stream().map(g -> g.split(" ")[0] + " " + g.split(" ")[1])
                .collect(Collectors.toSet());
        for (String f : not) {
            assertTrue(!counts.contains(f), () -> page + ": " + f + " in " + got);
        }
    }

    @Test
    void casualtiesByPlaceGiveEachPlacesCountAndTheTotal() throws IOException {
        has("01_liveblog_cyclone_districts.html", List.of("37 deaths", "178 injuries", "11 missing",
                "9 deaths satkhira", "41 injuries satkhira", "3 missing satkhira", "6 deaths khulna",
                "28 injuries khulna", "11 deaths bagerhat", "57 injuries bagerhat", "5 missing bagerhat",
                "4 deaths barguna", "19 injuries barguna", "2 missing barguna", "7 deaths patuakhali",
                "33 injuries patuakhali", "1 missing patuakhali"), List.of("0 missing"));
        // the toll by town beside compensation paid and claims settled, its header's note in brackets
        has("06_explosion_compensation_table.html", List.of("23 deaths", "111 injuries", "14 deaths villa corona",
                "62 injuries villa corona", "6 deaths las piedras", "23 injuries las piedras", "3 deaths san telmo",
                "17 injuries san telmo", "9 injuries el mirador"), List.of("111 deaths", "21 deaths", "0 deaths"));
    }

    @Test
    void keyFiguresByLabelByDateAndByHospital() throws IOException {
        has("02_article_key_figures.html", List.of("38 deaths", "215 injuries"), List.of("46500 injuries"));
        has("03_bus_crash_age_groups.html", List.of("13 deaths", "41 injuries dhading"), List.of("14 deaths"));
        // the latest date's column only: 9 killed, 31 injured and 12 missing were 12 May's
        has("07_transposed_sitrep_two_dates.html", List.of("14 deaths", "47 injuries", "6 missing"),
                List.of("9 deaths", "31 injuries", "12 missing"));
        // "Admitted" is no injury; "Died" is dead
        has("08_liveblog_derailment_hospitals_roads.html", List.of("16 deaths", "5 deaths", "3 deaths", "7 deaths",
                "1 deaths"), List.of("151 injuries", "42 injuries"));
    }

    @Test
    void tablesOfOtherThingsAndOfThePastGiveNoCurrentFigure() throws IOException {
        assertEquals(Set.of(), figures("04_trap_league_and_election.html"));
        // the deadliest floods since 1931: past tolls, each row's first cell a year
        has("05_flood_with_historical_table.html", List.of("12 deaths", "4 missing"), List.of("1204 deaths",
                "687 deaths", "312 deaths", "455 deaths", "218 deaths", "97 deaths", "143 deaths"));
    }
}
