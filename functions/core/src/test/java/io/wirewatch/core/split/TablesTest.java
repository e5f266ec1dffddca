package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wirewatch.core.figures.FigureExtractor;
import io.wirewatch.core.model.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Casualty tables, as their cells come out of {@link Html} (a tab between cells, a row a line), read as statements. */
class TablesTest {

    @Test
    void aTableByPlaceGivesEachPlacesCountAndTheTotal() {
        String text = "Figures released at 7pm:\nRegion\tKilled\tInjured\tDisplaced\nKhulna\t9\t41\t3,000\n"
                + "Satkhira\t6\t\u2014\t1,200\nTotal\t15\t41\t4,200\nOfficials say the toll will rise.";
        String read = Tables.casualtyRows(text);
        assertEquals("Figures released at 7pm:\nRegion\tKilled\tInjured\tDisplaced\n"
                + "9 killed, 41 injured in Khulna; 3,000 displaced.\n6 killed in Satkhira; 1,200 displaced.\n"
                + "Total: 15 killed, 41 injured; 4,200 displaced.\nOfficials say the toll will rise.", read);
        List<Figure> f = new FigureExtractor().extract(read);
        assertEquals(List.of(9L, 41L, 6L, 15L, 41L), f.stream().map(Figure::count).toList());
        assertEquals("khulna", f.get(0).place());
        assertEquals("satkhira", f.get(2).place());
    }

    @Test
    void rowsThatAreNoPlacesSayWhoTheyCount() {
        assertEquals("Age group\tDead\tMissing\nChildren: 4 dead, 2 missing.\nAdults: 11 dead.",
                Tables.casualtyRows("Age group\tDead\tMissing\nChildren\t4\t2\nAdults\t11\t-"));
    }

    @Test
    void aKeyFiguresTableOfLabelsAndCounts() {
        assertEquals("23 people killed.\n112 people injured.\n41,200 people displaced.\nFunding\t31%",
                Tables.casualtyRows("People killed\t23\nPeople injured\t112\nPeople displaced\t41,200\nFunding\t31%"),
                "a share is no count: the list ends before it");
    }

    @Test
    void notesInAHeadersBracketsAndAHospitalsDeaths() {
        assertEquals("Municipality\tDeaths (confirmed) [prosecutor, 3 June]\tPaid (USD)\n"
                        + "14 deaths in Villa Corona; 1,250,000 paid.",
                Tables.casualtyRows("Municipality\tDeaths (confirmed) [prosecutor, 3 June]\tPaid (USD)\n"
                        + "Villa Corona\t14\t1,250,000"));
        assertEquals("Hospital\tAdmitted\tDied\nSt Brendan's: 5 died; 42 admitted.",
                Tables.casualtyRows("Hospital\tAdmitted\tDied\nSt Brendan's\t42\t5"));
    }

    @Test
    void aTableByDateIsReadAsItsLatestColumn() {
        // its corner cell empty (and not shown): the rows have one cell more than the header
        String read = Tables.casualtyRows("12 May (6pm)\t13 May (6pm)\nKilled\t9\t14\nMissing\t12\t6\n"
                + "Families affected\t8,410\t11,925");
        assertEquals("12 May (6pm)\t13 May (6pm)\n14 killed.\n6 missing.\n11,925 families affected.", read);
        assertEquals(List.of(14L, 6L), new FigureExtractor().extract(read).stream().map(Figure::count).toList(),
                "the 12 May column's counts are the earlier ones");
    }

    @Test
    void otherTablesStayAsTheyAre() {
        for (String table : List.of("Route\tDeparts\tArrives\nKyiv - Lviv\t07:40\t13:05",
                "Team\tWon\tLost\nLeeds\t12\t4", "Region\tKilled\tInjured\nKhulna\tnine\tforty",
                "Shelters\t9,000\nFamilies\t41,200", "Score\t3\tKilled\t2",
                "Year\tPlace\tDeaths\n1931\tKorvanen Valley\t1,204", "Played\tWon\tLost\nLeeds\t22\t16\t3")) {
            assertEquals(table, Tables.casualtyRows(table));
        }
    }
}
