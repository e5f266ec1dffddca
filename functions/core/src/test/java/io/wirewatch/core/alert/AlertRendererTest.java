package io.wirewatch.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.FigureKind;
import io.wirewatch.core.model.Qualifier;
import io.wirewatch.core.port.SeriesState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertRendererTest {
    private final AlertRenderer renderer = new AlertRenderer(ZoneId.of("UTC"));

    private static Entry entry(String headline, String body, boolean breaking, Figure... figures) {
        return new Entry("e1", "d1", 1, headline, body, Instant.parse("2022-03-08T10:05:00Z"),
                LocalDate.parse("2022-03-08"), false, breaking, List.of(figures), "incoming/un-update.txt");
    }

    private static Figure fig(long n, Qualifier q, FigureKind k, String who, String by) {
        return Figure.of(n, q, k, who, by, "The UN said " + n + " " + who + " were " + k.word() + ".");
    }

    @Test
    void theFigureLineSaysWhatChangedAndWhatItWas() {
        SeriesState was = new SeriesState(227, Qualifier.NONE, 227, Instant.parse("2022-03-03T09:00:00Z"),
                LocalDate.parse("2022-03-03"), true, "old");
        Figure f = new Figure(1035, null, Qualifier.AT_LEAST, FigureKind.KILLED, "civilians", "ukraine", "un", "s");
        assertEquals("UN: at least 1,035 civilians killed in Ukraine (was 227, 3 Mar)",
                renderer.figureLine(new FigureChange(f, Optional.of(was))));
    }

    /**
     * The place of the series' last value is named where the new figure's is another or none, so a governor's toll
     * of one town is not read as a rise on another's; the same place, written as a region or not, is not repeated.
     */
    @Test
    void aLastValueOfAnotherPlaceSaysWhere() {
        SeriesState kharkiv = new SeriesState(5, Qualifier.NONE, 5, Instant.parse("2022-03-03T09:00:00Z"),
                LocalDate.parse("2022-03-03"), true, "old", "Kharkiv");
        Figure dnipro = new Figure(12, null, Qualifier.NONE, FigureKind.KILLED, "people", "dnipro", "police",
                "Police said 12 people were killed in Dnipro.");
        assertEquals("Police: 12 people killed in Dnipro (was 5 in Kharkiv, 3 Mar)",
                renderer.figureLine(new FigureChange(dnipro, Optional.of(kharkiv))));
        Figure region = new Figure(7, null, Qualifier.NONE, FigureKind.KILLED, "people", "kharkiv region", "police",
                "Police said 7 people were killed in Kharkiv region.");
        assertEquals("Police: 7 people killed in Kharkiv region (was 5, 3 Mar)",
                renderer.figureLine(new FigureChange(region, Optional.of(kharkiv))));
        Figure odesa = new Figure(3, null, Qualifier.NONE, FigureKind.KILLED, "people", "odesa", "police",
                "Police said three people were killed in Odesa.");
        assertEquals("Police: 3 people killed in Odesa (lower than the last known 5 in Kharkiv, 3 Mar)",
                renderer.heldLine(odesa, kharkiv, entry("Odesa", odesa.sentence(), false, odesa)));
        SeriesState stale = new SeriesState(5, Qualifier.NONE, 5, Instant.parse("2022-01-03T09:00:00Z"),
                LocalDate.parse("2022-01-03"), true, "old", "Kharkiv");
        assertEquals("Police: 3 people killed in Odesa (first in over 30 days; was 5 in Kharkiv, 3 Jan 2022)",
                renderer.figureLine(new FigureChange(odesa, Optional.of(stale))));
    }

    @Test
    void namesInTheFigureLineAreCasedAsTheSentenceWritesThem() {
        Figure zelensky = new Figure(9000, null, Qualifier.NONE, FigureKind.KILLED, "russian soldiers", null,
                "zelensky", "Mr Zelenskyy claimed 9,000 Russian soldiers had been killed.");
        assertEquals("Zelensky: 9,000 Russian soldiers killed (first report)",
                renderer.figureLine(new FigureChange(zelensky, Optional.empty())));
        Figure staff = new Figure(12, null, Qualifier.AT_LEAST, FigureKind.KILLED, "un staff", "eastern ukraine",
                null, "At least 12 UN staff have been killed in eastern Ukraine, the agency said.");
        assertEquals("at least 12 UN staff killed in eastern Ukraine (first report)",
                renderer.figureLine(new FigureChange(staff, Optional.empty())));
        Figure civilians = new Figure(40, null, Qualifier.NONE, FigureKind.KILLED, "civilians", "mariupol", null,
                "Civilians were among 40 killed, officials in mariupol said.");
        assertEquals("40 civilians killed in Mariupol (first report)",
                renderer.figureLine(new FigureChange(civilians, Optional.empty())),
                "an opening capital is not a name; a place written in lower case still reads as one");
    }

    @Test
    void aClaimantNamedOnlyByTheEntryIsCasedAsTheEntryWritesIt() {
        // seed 001 (Al Jazeera): the figure's sentence says "he added"; the name is in the sentence before
        Figure f = new Figure(6, null, Qualifier.NONE, FigureKind.KILLED, "civilians", null, "sinegubov",
                "\u201cPreliminary information suggests six civilians were killed and 15 others were injured and "
                        + "hospitalised,\u201d he added.");
        String body = "Russian attacks on Kharkiv have killed at least six civilians, the region\u2019s governor has "
                + "said. \u201cThe Russians fired long-range weapons at a Nova Poshta office,\u201d Oleg Sinegubov "
                + "wrote on social media.";
        assertEquals("Oleg Sinegubov: 6 civilians killed (first report)",
                renderer.figureLine(new FigureChange(f, Optional.empty()), "Russian attacks kill six\n" + body));
        AlertMessage m = renderer.render(Alert.of(AlertType.FIGURE, entry("Russian attacks kill six", body, false,
                f), List.of(new FigureChange(f, Optional.empty()))));
        assertTrue(m.subject().startsWith("Oleg Sinegubov: 6 civilians killed"), m.subject());
    }

    /**
     * A person's claimant key is the surname ("synehubov"), which alone would read bare in a message: the line names
     * them as the sentence does, in full or by title, else in full as the entry does, else by the surname.
     */
    @Test
    void aPersonIsShownAsTheEntryWritesTheNameNotByTheSurnameKey() {
        assertEquals("Governor Synehubov: at least 6 civilians killed (first report)",
                personLine("Governor Synehubov said at least 6 civilians were killed.", ""));
        assertEquals("Oleh Synehubov: at least 6 civilians killed (first report)",
                personLine("Kharkiv governor Oleh Synehubov said at least 6 civilians were killed.", ""));
        assertEquals("Oleh Synehubov: at least 6 civilians killed (first report)",
                personLine("At least 6 civilians were killed, Synehubov said.",
                        "Shelling of Kharkiv\nKharkiv governor Oleh Synehubov said the strikes went on."));
        assertEquals("Synehubov: at least 6 civilians killed (first report)",
                personLine("At least 6 civilians were killed, Synehubov said.", "Shelling of Kharkiv"));
        assertEquals("Synehubov: at least 6 civilians killed (first report)",
                personLine("In Kharkiv Synehubov said at least 6 civilians were killed.", ""),
                "a place before the surname is no given name");
        Figure assad = new Figure(6, null, Qualifier.AT_LEAST, FigureKind.KILLED, "civilians", null, "assad",
                "At least 6 civilians were killed, Mr al-Assad said.");
        assertEquals("Al-Assad: at least 6 civilians killed (first report)",
                renderer.figureLine(new FigureChange(assad, Optional.empty())));
    }

    private String personLine(String sentence, String context) {
        Figure f = new Figure(6, null, Qualifier.AT_LEAST, FigureKind.KILLED, "civilians", null, "synehubov",
                sentence);
        return renderer.figureLine(new FigureChange(f, Optional.empty()), context);
    }

    @Test
    void wordsOpeningASentenceOrAQuoteAreNotNames() {
        assertEquals("civilians", AlertRenderer.asWritten("civilians", "Shelling went on. Civilians fled.",
                "\u201cCivilians are dying,\u201d he said."));
        assertEquals("Russian soldiers", AlertRenderer.asWritten("russian soldiers", "Soldiers died.",
                "It says 498 Russian soldiers were killed."));
        assertEquals("civilians", AlertRenderer.asWritten("civilians", "UN: 1,000 CIVILIANS KILLED"),
                "a headline in capitals is not how a word is written");
        // email set 1's briefing: the key's straight apostrophe, the text's curly one
        assertEquals("Kerala\u2019s Idukki", AlertRenderer.asWritten("kerala's idukki",
                "At least 12 people are missing in Kerala\u2019s Idukki and Pathanamthitta districts."));
    }

    @Test
    void aDeathTollOfSomeoneReadsAsTheirDead() {
        Figure children = new Figure(90, null, Qualifier.NONE, FigureKind.DEAD, "children", null, "un",
                "The death toll includes 90 children, OHCHR said in a statement.");
        assertEquals("UN: 90 children dead (first report)",
                renderer.figureLine(new FigureChange(children, Optional.empty())));
        Figure people = new Figure(136, null, Qualifier.NONE, FigureKind.DEAD, "people", null, null, "left 136 dead");
        assertEquals("136 dead (first report)", renderer.figureLine(new FigureChange(people, Optional.empty())));
        Figure losses = new Figure(9000, null, Qualifier.ABOUT, FigureKind.CASUALTIES, "russian soldiers", null,
                "kyiv", "Russia lost some 9,000 soldiers, the general staff says.");
        assertEquals("Kyiv: about 9,000 casualties among Russian soldiers (first report)",
                renderer.figureLine(new FigureChange(losses, Optional.empty())),
                "the nationality the extractor gave the soldiers is written as a proper adjective");
    }

    @Test
    void smsLeadsWithTheGravestFigureAndFoldsTheRest() {
        Figure wounded = fig(1650, Qualifier.NONE, FigureKind.WOUNDED, "civilians", "un");
        Figure killed = fig(1035, Qualifier.AT_LEAST, FigureKind.KILLED, "civilians", "un");
        Figure children = fig(90, Qualifier.NONE, FigureKind.KILLED, "children", "un");
        AlertMessage m = renderer.render(Alert.of(AlertType.FIGURE, entry("UN update", "Body.", false),
                List.of(new FigureChange(wounded, Optional.empty()), new FigureChange(children, Optional.empty()),
                        new FigureChange(killed, Optional.empty()))));
        assertTrue(m.sms().startsWith("UN: at least 1,035 civilians killed (first report) (+2 more). 10:05 UTC 8 Mar"),
                m.sms());
        assertTrue(m.email().contains("1,650 civilians wounded") && m.email().contains("90 children killed"),
                "the email lists every figure");
        assertEquals(java.util.Set.of("killed", "wounded"), java.util.Set.copyOf(m.arrays().get("kind")));
    }

    @Test
    void aLongBreakingSmsDropsItsSourceBeforeItsNews() {
        Figure kyiv = Figure.of(5840, Qualifier.NONE, FigureKind.KILLED, "Russian soldiers", "kyiv",
                "Kyiv says 5,840 Russian soldiers have been killed.");
        Figure moscow = Figure.of(498, Qualifier.NONE, FigureKind.KILLED, "Russian soldiers", "russia",
                "Moscow says 498 Russian soldiers have been killed.");
        AlertMessage m = renderer.render(Alert.of(AlertType.BREAKING, entry("Nearly 500 Russian troops killed - "
                + "Moscow admits its first losses since the invasion began last week", "Body.", true),
                List.of(new FigureChange(kyiv, Optional.empty()), new FigureChange(moscow, Optional.empty()))));
        assertFalse(m.sms().contains("Src"), "no room for the source: it goes whole, not as \"Src...\": " + m.sms());
        assertTrue(m.sms().startsWith("BREAKING 10:05 UTC 8 Mar: Nearly 500 Russian troops killed"), m.sms());
        String shortOne = renderer.render(Alert.of(AlertType.BREAKING, entry("Blast in Kyiv", "Body.", true),
                List.of())).sms();
        assertTrue(shortOne.endsWith(". Src: un-update"), "where it fits the source stays: " + shortOne);
    }

    @Test
    void onePersonIsAPersonAndPeopleAreWrittenSmall() {
        Figure one = Figure.of(1, Qualifier.NONE, FigureKind.MISSING, "people", null,
                "1 people missing in Tor Ghundi.");
        Figure headlined = Figure.of(38, Qualifier.NONE, FigureKind.KILLED, "People", null, "38 People killed.");
        assertEquals("1 person missing (first report)", renderer.figureLine(new FigureChange(one, Optional.empty())));
        assertEquals("38 people killed (first report)",
                renderer.figureLine(new FigureChange(headlined, Optional.empty())));
    }

    @Test
    void anAmericanDesksTimesCarryTheirZonesAbbreviation() {
        AlertMessage m = new AlertRenderer(ZoneId.of("America/New_York")).render(Alert.of(AlertType.BREAKING,
                entry("Blast in Queens", "Body.", true), List.of()));
        assertTrue(m.email().contains("05:05 EST"), m.email());
        AlertMessage london = new AlertRenderer(ZoneId.of("Europe/London")).render(Alert.of(AlertType.BREAKING,
                entry("Blast in Leeds", "Body.", true), List.of()));
        assertTrue(london.email().contains("10:05 GMT"), london.email());
    }

    @Test
    void hostileTextCannotBreakChannelLimitsOrForgeLines() {
        String headline = "Evil\r\nBcc: x@y \u202e\u0007 “quoted” — dash 🚀 " + "very long ".repeat(30);
        AlertMessage m = renderer.render(Alert.of(AlertType.BREAKING, entry(headline, "b\u0000ody\nline", true),
                List.of()));
        assertFalse(m.subject().contains("\n") || m.subject().contains("\r"));
        assertTrue(m.subject().length() < 100 && m.subject().chars().allMatch(c -> c >= 32 && c < 127),
                m.subject());
        assertTrue(Gsm7.isGsm7(m.sms()) && Gsm7.septets(AlertRenderer.SMS_PREFIX + m.sms()) <= 160, m.sms());
        assertTrue(m.sms().contains("\"quoted\" - dash"), m.sms());
        assertFalse(m.email().contains("\u0000") || m.email().contains("\u202e") || m.email().contains("\u0007"));
    }

    @Test
    void gsm7CountsExtensionCharactersTwiceAndTransliterates() {
        assertEquals(4, Gsm7.septets("a{b"));
        // é is in the GSM-7 basic set and stays; ï is not and loses its diaeresis.
        assertEquals("Zelenskyy's \"plan\" - café naive", Gsm7.transliterate("Zelenskyy’s “plan” – café naïve"));
        assertEquals("Kyiv", Gsm7.transliterate("Kyiv"));
        String fitted = Gsm7.fit("word ".repeat(50).trim(), 160);
        assertTrue(Gsm7.septets(fitted) <= 160 && fitted.endsWith("..."));
        // A cut after a comma or a dash does not leave it dangling before the dots.
        assertEquals("Kharkiv...", Gsm7.fit("Kharkiv, Ukraine's second city, was shelled again", 14));
        assertEquals("the alliance says its offensive has \"largely stalled\"...",
                Gsm7.fit("the alliance says its offensive has \"largely stalled\", with losses", 60));
        assertEquals("Kharkiv...", Gsm7.fit("Kharkiv - Ukraine's second city - was shelled again", 14));
    }

    @Test
    void lettersOutsideGsm7AreRomanisedNotLost() {
        assertEquals("Lodz and Gdansk", Gsm7.transliterate("Łódź and Gdańsk"));
        assertEquals("Vybukhy v Kharkovi", Gsm7.transliterate("Вибухи в Харкові"), "Ukrainian: г is h, и is y");
        assertEquals("Vzryvy v Kharkove", Gsm7.transliterate("Взрывы в Харькове"), "Russian");
        assertEquals("Elysee Palace: cafe in Malmo", AlertRenderer.ascii("Élysée Palace: café in Malmö"),
                "GSM-7 has é and ö; an ASCII subject takes their base letters instead of dropping them");
    }

    @Test
    void aBreakingHeadlineInAnotherScriptSaysWhereToReadIt() {
        AlertMessage m = renderer.render(Alert.of(AlertType.BREAKING, entry("انفجارات في كييف",
                "انفجارات في كييف", true), List.of()));
        assertEquals("BREAKING: headline in another script, see the email", m.subject());
        assertTrue(m.sms().startsWith("BREAKING 10:05 UTC 8 Mar: headline in another script, see the email"), m.sms());
        assertTrue(m.email().contains("انفجارات في كييف"), "the email keeps the headline as written");
        AlertMessage cyrillic = renderer.render(Alert.of(AlertType.BREAKING, entry("Вибухи в Києві", "Тіло.", true),
                List.of()));
        assertEquals("BREAKING: Vybukhy v Kyievi", cyrillic.subject());
        assertEquals("Kyiv, Zaporizhzhia, Yevhen, Yahidne", Gsm7.transliterate("Київ, Запоріжжя, Євген, Ягідне"));
        assertEquals("Ljubljana, Djokovic, Uzda", Gsm7.transliterate("Љубљана, Ђоковић, Ўзда"));
        AlertMessage greek = renderer.render(Alert.of(AlertType.BREAKING, entry("Σεισμός ΑΘΗΝΑ", "Σεισμός.", true),
                List.of()));
        assertEquals("BREAKING: headline in another script, see the email", greek.subject(),
                "GSM-7 keeps Θ, an ASCII subject does not: the stricter form decides");
    }
}
