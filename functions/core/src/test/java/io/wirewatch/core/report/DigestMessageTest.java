package io.wirewatch.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.alert.AlertMessage;
import io.wirewatch.core.alert.Gsm7;
import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.KeyPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestMessageTest {
    private static final LocalDate DAY = LocalDate.of(2022, 3, 2);
    // 2 March's top three points as the summariser gives them for seed 000.
    private static final String FIGURES = "Russia's defence ministry has given its first figures for casualties "
            + "sustained during its invasion of Ukraine. It says 498 Russian soldiers have been killed and 1,597 "
            + "wounded so far, according to Russian media reports.";
    private static final String MARIUPOL = "Officials in the south-eastern city of Mariupol, near the border with "
            + "Russia, say they fear large numbers of people may be dead after many hours of continuous shelling on "
            + "the city.";
    private static final String KHERSON = "African students stuck in Kherson are pleading for help as Russian "
            + "artillery continues to target the city in southern Ukraine.";

    @Test
    void theSmsCarriesTheTopThreePointsAndAShortOneLeavesItsRoomToTheOthers() {
        String sms = render(FIGURES, MARIUPOL, KHERSON, "A fourth point that the SMS does not carry.").sms();
        assertTrue(Gsm7.isGsm7(sms) && Gsm7.septets(sms) <= DigestMessage.SMS_MAX, sms);
        assertTrue(sms.contains(" 3) " + KHERSON), "the short third point is whole: " + sms);
        assertTrue(!sms.contains("fourth"), sms);
        // The top point is an announcement and its figures; too long for its share, it goes as one sentence whole.
        assertTrue(sms.startsWith("Key points 2 Mar: 1) Russia's defence ministry says 498 Russian soldiers have been "
                + "killed and 1,597 wounded so far, according to Russian media reports. 2) "), sms);
        String second = sms.substring(sms.indexOf(" 2) ") + 4, sms.indexOf(" 3) "));
        // What the first and third leave is the second's: more than an equal split's 143 septets.
        assertTrue(second.length() > 143 && second.endsWith("...") && MARIUPOL.startsWith(second.replace("...", "")),
                second);
    }

    @Test
    void anAnnouncementAndItsFiguresBecomeOneSentenceOnlyWhenTheSubjectIsPlain() {
        assertEquals("Russia's defence ministry says 498 Russian soldiers have been killed and 1,597 wounded so far, "
                + "according to Russian media reports.", DigestMessage.shortForm(FIGURES));
        assertEquals("The UN human rights office said 1,035 civilians had been killed.", DigestMessage.shortForm(
                "The UN human rights office has released new figures. It said 1,035 civilians had been killed."));
        assertEquals("Officials in Mariupol say hundreds may be dead.",
                DigestMessage.shortForm("Officials in Mariupol have given an update. They say hundreds may be dead."));
        for (String asIs : List.of(MARIUPOL, KHERSON,
                "On Tuesday, the ministry has given its first figures. It says 498 soldiers have been killed.",
                "Russia's defence ministry gave its first figures. It says 498 soldiers have been killed.",
                "Russia's defence ministry has given its first figures. The ministry says 498 soldiers were killed.",
                "The spokesman for the regional military administration of Kharkiv has spoken. He says 24 died.")) {
            assertEquals(asIs, DigestMessage.shortForm(asIs), "no plain subject or no pronoun: left as it is");
        }
    }

    @Test
    void pointsThatFitAreSentWhole() {
        String sms = render("Kherson has fallen to Russian forces. It is the first city to fall.",
                "A 40-mile convoy is still outside Kyiv.", "More than a million people have fled Ukraine.").sms();
        // Two sentences that fit are sent as written, not shortened.
        assertEquals("Key points 2 Mar: 1) Kherson has fallen to Russian forces. It is the first city to fall. 2) A "
                + "40-mile convoy is still outside Kyiv. 3) More than a million people have fled Ukraine.", sms);
    }

    @Test
    void fairSharesGiveWhatAShortTextLeavesToTheLongerOnes() {
        String ten = "x".repeat(10);
        String long300 = "y".repeat(300);
        assertArrayEquals(new int[] {195, 10, 195}, DigestMessage.fairShares(List.of(long300, ten, long300), 400));
        assertArrayEquals(new int[] {10, 10, 10}, DigestMessage.fairShares(List.of(ten, ten, ten), 400));
        assertArrayEquals(new int[] {133, 133, 134}, DigestMessage.fairShares(List.of(long300, long300, long300), 400));
        assertArrayEquals(new int[] {400}, DigestMessage.fairShares(List.of("z".repeat(500)), 400));
        assertArrayEquals(new int[] {}, DigestMessage.fairShares(List.of(), 400));
        // Characters outside GSM-7's basic table take two septets: the share is counted in septets.
        assertArrayEquals(new int[] {20, 380}, DigestMessage.fairShares(List.of("[]".repeat(5), long300 + long300),
                400));
    }

    @Test
    void theSubjectCountsItsPointsInWords() {
        assertEquals("Wirewatch daily brief: Wednesday 2 March 2022 (1 key point)",
                render("Kherson has fallen to Russian forces.").subject());
        assertTrue(render(FIGURES, MARIUPOL, KHERSON).subject().endsWith(" (3 key points)"));
    }

    private static AlertMessage render(String... texts) {
        List<KeyPoint> points = java.util.Arrays.stream(texts)
                .map(t -> new KeyPoint(t, "e-" + t.length(), "doc", "uploads/bbc.html",
                        Instant.parse("2022-03-02T10:00:00Z"), false))
                .toList();
        return DigestMessage.render(new DailySummary(DAY, points, 20, 1, Instant.parse("2022-03-03T00:05:00Z")), 3,
                "s3://bucket/summaries/2022-03-02.html");
    }
}
