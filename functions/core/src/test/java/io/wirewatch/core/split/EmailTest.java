package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Emails as SES stores them in the bucket or as mail clients save them: hand-written messages in each client's
 * format, each checked for the entry a desk expects (headline, time, Breaking, text) and for what must not be news.
 */
class EmailTest {

    private static final DocumentContext CTX = new DocumentContext(null, Instant.parse("2026-12-03T16:00:00Z"),
            ZoneId.of("UTC"));

    private static SplitDocument split(String mail) {
        return new DocumentSplitter().split(mail, CTX);
    }

    private static RawEntry only(SplitDocument d) {
        assertEquals(1, d.entries().size(), () -> "entries: " + d.entries());
        return d.entries().get(0);
    }

    /** The headers SES prepends to what it stores. */
    private static final String SES = """
            Return-Path: <alerts@wire.example.org>
            Received: from mail-a1.wire.example.org (mail-a1.wire.example.org [203.0.113.5])
             by inbound-smtp.eu-west-1.amazonaws.com with SMTP id 9k2l3m4n5o6p
             for wirewatch@desk.example.com;
             Thu, 03 Dec 2026 14:33:02 +0000 (UTC)
            X-SES-Spam-Verdict: PASS
            X-SES-Virus-Verdict: PASS
            Authentication-Results: amazonses.com;
             spf=pass (spf=pass) smtp.mailfrom=wire.example.org;
             dkim=pass header.i=@wire.example.org;
            X-SES-RECEIPT: AEFBQUFBQUFBQUFHbWxvY2tlZD0xCg==
            DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=wire.example.org; s=s1;
             h=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hNuFU=;
             b=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZSBidXQgaXQgbG9va3MgbGlrZSBvbmU=
            """;

    @Test
    void aWireAlertStoredBySesIsOneBreakingEntryAtItsSendingTime() {
        String mail = (SES + """
                From: Wire Alerts <alerts@wire.example.org>
                To: wirewatch@desk.example.com
                Subject: =?UTF-8?Q?BREAKING:_Quake_in_eastern_Turkey_kills_at_least_41=2C?=
                 =?UTF-8?Q?_officials_say?=
                Date: Thu, 03 Dec 2026 16:32:41 +0200
                Message-ID: <20261203143241.77@wire.example.org>
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1_77"

                --b1_77
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                ANKARA, Turkey (AP) =E2=80=94 A magnitude 6.1 earthquake struck eastern Tur=
                key on Thursday, killing at least 41 people, the country=E2=80=99s disaster=
                 agency said.

                --=20
                You are receiving this because you subscribed to Wire Alerts.
                Unsubscribe: https://wire.example.org/u?id=3D77

                --b1_77
                Content-Type: text/html; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                <p>ANKARA, Turkey (AP) =E2=80=94 A magnitude 6.1 earthquake struck eastern =
                Turkey on Thursday, killing at least 41 people, the country=E2=80=99s disas=
                ter agency said.</p><p><a href=3D"https://wire.example.org/u">Unsubscribe</a></p>
                --b1_77--
                """).replace("\n", "\r\n");
        SplitDocument d = split(mail);
        RawEntry e = only(d);
        assertEquals("Quake in eastern Turkey kills at least 41, officials say", e.headline());
        assertEquals(Instant.parse("2026-12-03T14:32:41Z"), e.publishedAt());
        assertTrue(e.breaking());
        assertEquals("ANKARA, Turkey (AP) \u2014 A magnitude 6.1 earthquake struck eastern Turkey on Thursday, killing"
                + " at least 41 people, the country\u2019s disaster agency said.", e.body());
        assertTrue(d.layout().startsWith("email/"), d.layout());
    }

    @Test
    void aGmailForwardIsTheForwardedMessageWithoutTheForwardersNote() {
        String mail = SES + """
                From: Sam Reporter <sam@desk.example.com>
                Date: Thu, 3 Dec 2026 15:02:10 +0000
                Subject: Fwd: URGENT: Ferry capsizes off Lesbos, 12 missing
                To: wirewatch@desk.example.com
                MIME-Version: 1.0
                Content-Type: text/plain; charset="UTF-8"

                FYI for the 6pm bulletin
                ______________________________
                Sam Reporter | Night desk

                ---------- Forwarded message ---------
                From: Hellenic Coast Guard <press@hcg.example.gr>
                Date: Thu, 3 Dec 2026 at 14:10
                Subject: URGENT: Ferry capsizes off Lesbos, 12 missing
                To: <newsdesk@desk.example.com>


                A passenger ferry capsized off the island of Lesbos on Thursday. Twelve people are missing and 30
                have been rescued, the coast guard said.

                Sent from my iPhone
                """;
        RawEntry e = only(split(mail));
        assertEquals("Ferry capsizes off Lesbos, 12 missing", e.headline());
        assertEquals(Instant.parse("2026-12-03T14:10:00Z"), e.publishedAt());
        assertTrue(e.breaking());
        assertTrue(e.body().startsWith("A passenger ferry capsized"), e.body());
        assertFalse(e.body().contains("FYI") || e.body().contains("Night desk"), e.body());
        assertFalse(e.body().contains("iPhone"), e.body());
        assertFalse(e.body().contains("hcg.example.gr"), e.body());
    }

    @Test
    void anOutlookForwardInHtmlReadsItsSentLineInTheForwardersZone() {
        String html = """
                <html><head><style>p.MsoNormal {margin:0}</style></head><body>
                <div class="WordSection1"><p class="MsoNormal">Worth a look.</p>
                <p class="MsoNormal">Jo Bloggs | Night Editor<br>This email and any attachments are confidential and
                intended solely for the addressee.</p>
                <div id="divRplyFwdMsg"><hr>
                <p class="MsoNormal"><b>From:</b> County Fire Service &lt;media@fire.example.gov&gt;<br>
                <b>Sent:</b> Thursday, December 3, 2026 9:12 AM<br>
                <b>To:</b> Newsdesk &lt;desk@desk.example.com&gt;<br>
                <b>Subject:</b> Warehouse fire: two firefighters injured</p></div>
                <p class="MsoNormal">Two firefighters were injured tackling a fire at a warehouse in Dover, Delaware,
                on Thursday morning.</p>
                <p class="MsoNormal">Both were taken to hospital with minor burns.</p></div></body></html>
                """;
        String mail = SES + """
                From: Jo Bloggs <jo@desk.example.com>
                To: wirewatch@desk.example.com
                Subject: FW: Warehouse fire: two firefighters injured
                Date: Thu, 3 Dec 2026 09:20:00 -0500
                MIME-Version: 1.0
                Content-Type: text/html; charset="windows-1252"
                Content-Transfer-Encoding: base64

                """ + Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)) + "\n";
        RawEntry e = only(split(mail));
        assertEquals("Warehouse fire: two firefighters injured", e.headline());
        assertEquals(Instant.parse("2026-12-03T14:12:00Z"), e.publishedAt(), "9:12 AM at the forward's -0500");
        assertFalse(e.breaking());
        assertTrue(e.body().startsWith("Two firefighters were injured"), e.body());
        assertFalse(e.body().contains("confidential"), e.body());
        assertFalse(e.body().contains("Worth a look"), e.body());
    }

    @Test
    void aReplyIsItsOwnNewTextNotTheQuotedHistory() {
        String mail = SES + """
                From: Field Reporter <field@desk.example.com>
                To: desk@desk.example.com
                Subject: Re: Bus crash near Nakuru
                Date: Thu, 03 Dec 2026 15:41:00 +0300
                Message-ID: <reply-1@desk.example.com>
                Content-Type: text/plain; charset=utf-8

                Police now confirm 14 people were killed when the bus left the road near Nakuru.

                On Thu, 3 Dec 2026 at 14:40, Desk <desk@desk.example.com>
                wrote:
                > Can you confirm? Earlier reports said 9 killed.
                > Thanks
                """;
        RawEntry e = only(split(mail));
        assertEquals("Bus crash near Nakuru", e.headline());
        assertEquals(Instant.parse("2026-12-03T12:41:00Z"), e.publishedAt());
        assertEquals("Police now confirm 14 people were killed when the bus left the road near Nakuru.", e.body());
    }

    @Test
    void aMessageForwardedAsAnAttachmentIsTheAttachedMessage() {
        String inner = """
                From: Regional Police <press@police.example.org>
                To: newsdesk@desk.example.com
                Subject: =?UTF-8?B?VVJHRU5UOiBTaG9vdGluZyBpbiBNYWxtw7YsIHRocmVlIHdvdW5kZWQ=?=
                Date: Thu, 3 Dec 2026 13:05:00 +0100
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="inner"

                --inner
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: base64

                """ + Base64.getMimeEncoder().encodeToString(("Three people were wounded in a shooting in central"
                + " Malmö on Thursday, police said.\n").getBytes(StandardCharsets.UTF_8)) + """

                --inner--
                """;
        String mail = SES + """
                From: Sam Reporter <sam@desk.example.com>
                To: wirewatch@desk.example.com
                Subject: Fwd: police release
                Date: Thu, 3 Dec 2026 12:30:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: text/plain; charset=utf-8

                see attached

                --outer
                Content-Type: message/rfc822
                Content-Disposition: attachment; filename="release.eml"

                """ + inner + """
                --outer
                Content-Type: application/pdf; name="release.pdf"
                Content-Disposition: attachment; filename="release.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K
                --outer--
                """;
        RawEntry e = only(split(mail));
        assertEquals("Shooting in Malmö, three wounded", e.headline());
        assertTrue(e.breaking());
        assertEquals(Instant.parse("2026-12-03T12:05:00Z"), e.publishedAt());
        assertEquals("Three people were wounded in a shooting in central Malmö on Thursday, police said.", e.body());
    }

    /**
     * A sitrep digest's sections each keep their key figures (a number over its label) and the paragraphs under
     * them; the list had ended its story, and the short last line of a wrapped paragraph ended the mail's text.
     */
    @Test
    void aSitrepsKeyFiguresAndTheTextUnderThemStayWithTheirStory() {
        String head = SES + """
                From: Sitreps <sitreps@wire.example.org>
                To: wirewatch@desk.example.com
                Subject: Weekly situation report digest
                Date: Thu, 3 Dec 2026 09:15:00 +0000
                MIME-Version: 1.0
                """;
        String plain = head + """
                Content-Type: text/plain; charset=utf-8

                ====================================================================
                CHAD: Floods in Mandoul province
                ====================================================================

                Heavy rain since 20 November has flooded districts along the Chari
                river, and the authorities report 14 people killed and 5 missing as
                of 2 December.

                Key figures
                  14
                  people killed
                  5
                  people missing
                  31
                  people injured

                Partners have sent water treatment supplies to 2,000 households and
                two mobile clinics to Koumra.

                ====================================================================
                PERU: Earthquake in Arequipa region
                ====================================================================

                The earthquake that struck Caylloma province on 29 November has
                killed 6 people and injured 85, according to the emergency centre.

                Key figures
                  6
                  people killed
                  85
                  people injured

                More than 140 aftershocks have been recorded since the quake, and
                damage is worst in adobe homes in the Colca valley; partners give
                blankets to 1,200 families.

                --
                Sitrep desk, Geneva
                """;
        SplitDocument d = split(plain);
        assertEquals(2, d.entries().size(), () -> "entries: " + d.entries());
        RawEntry chad = d.entries().get(0);
        assertEquals("CHAD: Floods in Mandoul province", chad.headline());
        assertTrue(chad.body().contains("Key figures: 14 people killed; 5 people missing; 31 people injured."),
                chad.body());
        assertTrue(chad.body().endsWith("two mobile clinics to Koumra."), chad.body());
        RawEntry peru = d.entries().get(1);
        assertTrue(peru.body().contains("Key figures: 6 people killed; 85 people injured."), peru.body());
        assertTrue(peru.body().endsWith("blankets to 1,200 families."), "the wrapped paragraph's short last line: "
                + peru.body());
        assertFalse(peru.body().contains("Sitrep desk"), peru.body());

        String html = head + """
                Content-Type: text/html; charset=utf-8

                <html><body><h2>CHAD: Floods in Mandoul province</h2>
                <p>Heavy rain since 20 November has flooded districts along the Chari river, the authorities say.</p>
                <p><b>Key figures</b></p><p>14</p><p>people killed</p><p>31</p><p>people injured</p>
                <p>Partners have sent water treatment supplies to 2,000 households and two clinics to Koumra.</p>
                <h2>PERU: Earthquake in Arequipa region</h2>
                <p>The earthquake that struck Caylloma province on 29 November has killed 6 people and injured 85.</p>
                </body></html>
                """;
        RawEntry htmlChad = split(html).entries().get(0);
        assertTrue(htmlChad.body().contains("Key figures: 14 people killed; 31 people injured."), htmlChad.body());
        assertTrue(htmlChad.body().endsWith("two clinics to Koumra."), htmlChad.body());
    }

    /** A newsletter post's writer's name alone under its title and subtitle is its byline, no text. */
    @Test
    void aPostsBylineWithoutItsByIsNoText() {
        String mail = SES + """
                From: The Valley Dispatch <valleydispatch@wire.example.org>
                To: wirewatch@desk.example.com
                Subject: What the inspectors knew about the Mill Creek levee
                Date: Thu, 3 Dec 2026 15:29:00 +0000
                MIME-Version: 1.0
                Content-Type: text/html; charset=utf-8

                <html><body><h1>What the inspectors knew about the Mill Creek levee</h1>
                <h3>Reports show inspectors flagged the levee's slumping bank nine weeks before it failed.</h3>
                <div>Marta Ellison-Price</div><div>Dec 3, 2026</div>
                <p>Nine weeks before the Mill Creek levee gave way, an inspector photographed a slump in its bank the
                size of a bus.</p><p>The water that followed killed three people, the county said.</p></body></html>
                """;
        RawEntry e = only(split(mail));
        assertTrue(e.body().startsWith("Reports show inspectors flagged"), e.body());
        assertFalse(e.body().contains("Marta Ellison-Price"), e.body());
        assertTrue(e.body().contains("Nine weeks before the Mill Creek levee gave way"), e.body());
    }

    @Test
    void aPlainPartThatOnlyPointsAtTheHtmlGivesWayToIt() {
        String mail = SES + """
                From: Live Desk <live@news.example.org>
                To: wirewatch@desk.example.com
                Subject: Storm Ada: live updates
                Date: Thu, 3 Dec 2026 15:20:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary=zz

                --zz
                Content-Type: text/plain; charset=utf-8

                Your email client cannot display this message. View it online: https://news.example.org/v/1
                --zz
                Content-Type: text/html; charset=utf-8

                <html><body><span style="display:none">Today: the storm, the floods</span>
                <p>View this email in your browser</p>
                <h2>15:05 GMT</h2><p><b>Breaking</b></p><p>Two people have died after a tree fell on a car in
                Cork, gardaí said.</p>
                <h2>14:40 GMT</h2><p>More than 40,000 homes are without power across Munster, the ESB says.</p>
                <p><a href="https://news.example.org/unsub">Unsubscribe</a></p></body></html>
                --zz--
                """;
        SplitDocument d = split(mail);
        assertEquals(2, d.entries().size(), () -> "entries: " + d.entries());
        RawEntry first = d.entries().get(0);
        assertEquals(Instant.parse("2026-12-03T15:05:00Z"), first.publishedAt());
        assertTrue(first.breaking());
        assertTrue(first.body().startsWith("Two people have died"), first.body());
        assertEquals(Instant.parse("2026-12-03T14:40:00Z"), d.entries().get(1).publishedAt());
        for (RawEntry e : d.entries()) {
            assertFalse(e.body().contains("Unsubscribe") || e.body().contains("View this email"), e.body());
            assertFalse(e.body().contains("Today: the storm"), e.body());
        }
    }

    @Test
    void flowedTextRunsOnAndAppleMailForwardBlocksGiveTheirZone() {
        String mail = SES + """
                From: Sam Reporter <sam@desk.example.com>
                To: wirewatch@desk.example.com
                Subject: Fwd: Apartment fire in Queens
                Date: Thu, 3 Dec 2026 10:00:00 -0500
                Content-Type: text/plain; charset=utf-8; format=flowed

                Begin forwarded message:

                From: FDNY Press <press@fdny.example.gov>
                Subject: Apartment fire in Queens
                Date: December 3, 2026 at 9:32:41 AM EST
                To: Newsdesk <desk@desk.example.com>

                Firefighters rescued 11 people from a burning apartment building in\s
                Jackson Heights early Thursday. Three residents were injured, one\s
                critically.
                """;
        RawEntry e = only(split(mail));
        assertEquals("Apartment fire in Queens", e.headline());
        assertEquals(Instant.parse("2026-12-03T14:32:41Z"), e.publishedAt());
        assertEquals("Firefighters rescued 11 people from a burning apartment building in Jackson Heights early"
                + " Thursday. Three residents were injured, one critically.", e.body());
    }

    @Test
    void aStorySentAsATextFileIsTheNewsAndAPdfAloneLeavesTheSubject() {
        String mail = SES + """
                From: Stringer <stringer@desk.example.com>
                To: wirewatch@desk.example.com
                Subject: story from Goma
                Date: Thu, 3 Dec 2026 16:10:00 +0200
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain; charset=utf-8

                See attached, filed from the hotel.

                --m
                Content-Type: text/plain; charset=utf-8; name="goma.txt"
                Content-Disposition: attachment; filename="goma.txt"
                Content-Transfer-Encoding: base64

                """ + Base64.getMimeEncoder().encodeToString(("Shelling hits Goma camp\n\nGOMA, Congo - At least 9"
                + " people were killed when shells hit a camp for displaced people, aid workers said.\n")
                .getBytes(StandardCharsets.UTF_8)) + """

                --m--
                """;
        RawEntry e = only(split(mail));
        assertEquals("Shelling hits Goma camp", e.headline());
        assertTrue(e.body().startsWith("GOMA, Congo - At least 9 people were killed"), e.body());
        assertFalse(e.body().contains("hotel"), e.body());
        // Only a PDF: its text cannot be read here, and the subject says what it is about
        RawEntry pdf = only(split(SES + """
                From: Regional Police <press@police.example.org>
                Subject: Two dead in Dundee building collapse
                Date: Thu, 3 Dec 2026 10:00:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="p"

                --p
                Content-Type: application/pdf; name="statement.pdf"
                Content-Disposition: attachment; filename="statement.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K
                --p--
                """));
        assertEquals("Two dead in Dundee building collapse", pdf.headline());
        assertFalse(pdf.body().contains("JVBER"), pdf.body());
    }

    @Test
    void aListsDigestIsItsMessagesEachAtItsOwnTime() {
        String mail = SES + """
                From: desk-alerts-request@lists.example.org
                Subject: desk-alerts Digest, Vol 12, Issue 3
                To: desk-alerts@lists.example.org
                Date: Thu, 03 Dec 2026 12:00:02 +0000
                Message-ID: <mailman.3.1@lists.example.org>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="===============123=="

                --===============123==
                Content-Type: text/plain; charset="us-ascii"
                Content-Description: desk-alerts Digest, Vol 12, Issue 3

                Today's Topics:

                   1. Bridge collapse in Genoa (Wire Desk)
                   2. URGENT: Floods in Porto (Wire Desk)

                --===============123==
                Content-Type: multipart/digest; boundary="===============456=="

                --===============456==
                Content-Type: message/rfc822
                MIME-Version: 1.0

                Date: Thu, 3 Dec 2026 10:05:00 +0100
                From: Wire Desk <wire@wire.example.org>
                Subject: [desk-alerts] Bridge collapse in Genoa
                Message-ID: <1@wire.example.org>
                Content-Type: text/plain; charset="us-ascii"

                Part of a road bridge collapsed in Genoa on Thursday morning, injuring four people, firefighters said.

                --===============456==
                Content-Type: message/rfc822
                MIME-Version: 1.0

                Date: Thu, 3 Dec 2026 11:40:00 +0000
                From: Wire Desk <wire@wire.example.org>
                Subject: [desk-alerts] URGENT: Floods in Porto
                Message-ID: <2@wire.example.org>
                Content-Type: text/plain; charset="us-ascii"

                Two people died when the Douro burst its banks in Porto, the civil protection agency said.

                --===============456==--

                --===============123==
                Content-Type: text/plain; charset="us-ascii"
                Content-Disposition: inline

                _______________________________________________
                desk-alerts mailing list
                https://lists.example.org/listinfo/desk-alerts

                --===============123==--
                """;
        SplitDocument d = split(mail);
        assertEquals(List.of("Bridge collapse in Genoa", "Floods in Porto"),
                d.entries().stream().map(RawEntry::headline).toList());
        assertEquals(List.of(Instant.parse("2026-12-03T09:05:00Z"), Instant.parse("2026-12-03T11:40:00Z")),
                d.entries().stream().map(RawEntry::publishedAt).toList());
        assertEquals(List.of(false, true), d.entries().stream().map(RawEntry::breaking).toList());
        assertEquals("Two people died when the Douro burst its banks in Porto, the civil protection agency said.",
                d.entries().get(1).body());
        assertEquals("email/digest", d.layout());
    }

    @Test
    void textThatOnlyOpensLikeAHeaderIsNoEmail() {
        assertNull(Email.read("Update: 12 killed in Kharkiv strike\n\nThe governor said 12 people died.\n"));
        assertNull(Email.read("From: our correspondent in Kyiv\nDate: 3 March\n\nShelling continued overnight.\n"));
        assertNull(Email.read("From: <Saved by Blink>\nSnapshot-Content-Location: https://example.org/\n"
                + "Subject: Live\nDate: Thu, 3 Dec 2026 14:00:00 -0000\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/related; boundary=x\n\n--x\n"));
    }

    @Test
    void mailDatesInEachClientsWords() {
        ZoneOffset minus5 = ZoneOffset.ofHours(-5);
        assertEquals(Instant.parse("2026-12-03T14:32:41Z"),
                MailDates.parse("Thu, 03 Dec 2026 14:32:41 +0000 (UTC)", null));
        assertEquals(Instant.parse("2026-12-03T19:32:00Z"), MailDates.parse("3 Dec 2026 14:32 EST", null));
        assertEquals(Instant.parse("2026-12-03T19:32:00Z"),
                MailDates.parse("Thu, Dec 3, 2026 at 2:32 PM", minus5), "Gmail (US): the forwarder's zone");
        assertEquals(Instant.parse("2026-12-03T14:32:00Z"),
                MailDates.parse("Thursday, December 3, 2026 2:32 PM", ZoneOffset.UTC), "Outlook");
        assertEquals(Instant.parse("2026-12-03T00:05:00Z"),
                MailDates.parse("Thursday, 3 December 2026 12:05 am", null));
        assertEquals(Instant.parse("2026-12-03T12:05:00Z"),
                MailDates.parse("December 3, 2026 at 12:05:00 PM GMT", null), "Apple Mail");
        assertEquals(Instant.parse("2026-12-03T13:05:00Z"),
                MailDates.parse("03/12/2026 13:05, 3 Dec 2026 13:05:00 +0000", null));
        assertNull(MailDates.parse("Thursday", null));
        assertNull(MailDates.parse("3 December 2026", null), "a day without a time");
    }

    @Test
    void subjectsLoseTheirPrefixesAndLabels() {
        assertEquals("Quake hits Crete", cleaned("Re: Fwd: [desk-alerts] BREAKING: Quake hits Crete"));
        assertEquals("Quake hits Crete", cleaned("FW: (URGENT) Quake hits Crete"));
        assertEquals("Breaking the deadlock: talks resume", cleaned("Breaking the deadlock: talks resume"));
        assertEquals(List.of(true, false), List.of(breaking("FLASH - Quake hits Crete"),
                breaking("Bulletin: Quake hits Crete")));
        // a document's kind is no Breaking label, and is a label only in capitals or before a colon
        assertEquals(List.of("Explosion at Halvern Chemie plant", "Bus collision on Route 14", "Blast at depot"),
                List.of(cleaned("STATEMENT: Explosion at Halvern Chemie plant"),
                        cleaned("Press release: Bus collision on Route 14"), cleaned("MEDIA RELEASE - Blast at depot")));
        assertEquals(List.of(false, false), List.of(breaking("STATEMENT: Quake hits Crete"),
                breaking("Press release: Quake hits Crete")));
        assertEquals("Statement – Partial building collapse, Perth Road", cleaned(
                "Statement – Partial building collapse, Perth Road"), "Police Scotland's titles open so");
        assertEquals("Statement on the Route 14 bus collision", cleaned("Statement on the Route 14 bus collision"));
    }

    @Test
    void aBulletinsItemIsTimedByTheLineOverItsHeading() {
        ZoneOffset eat = ZoneOffset.ofHours(3);
        Instant issued = Instant.parse("2026-05-07T09:15:00Z");
        assertEquals(Instant.parse("2026-05-06T20:50:00Z"),
                Email.kickerStamp("INCIDENT 1 · 06 May, 23:50 · Baringo County", issued, eat));
        assertEquals(Instant.parse("2025-12-31T20:50:00Z"), Email.kickerStamp("Item 4 | 31 December 23:50",
                Instant.parse("2026-01-01T06:00:00Z"), eat), "the year before, not a day a year ahead");
        assertNull(Email.kickerStamp("INCIDENT 2 · Nakuru County", issued, eat));
        String bulletin = "Reporting period: 18:00 Wednesday 6 May to 12:00 Thursday 7 May 2026.\n\n"
                + "INCIDENT 1 · 06 May, 23:50 · Baringo County\n\nSeven dead as matatu is swept off Sorwet drift\n\n"
                + "Seven passengers died when a 14-seater matatu was swept off the flooded Sorwet drift.\n\n"
                + "INCIDENT 2 · 07 May, 01:30 · Nakuru County\n\nLandslide buries three homes in Kaplelach\n\n"
                + "A landslide at about 01:30 buried three homes on the slopes above Kaplelach village.\n";
        List<Email.Story> stories = Email.stories(bulletin, issued, eat, true);
        assertEquals(List.of(Instant.parse("2026-05-06T20:50:00Z"), Instant.parse("2026-05-06T22:30:00Z")),
                stories.stream().map(Email.Story::at).toList(), stories.toString());
    }

    @Test
    void aStatementWrittenIntoTheMailIsTimedByItsOwnStampAboveItsTitle() {
        String statement = "Please find below our statement on today's incident at our Moerbeek site.\n\n"
                + "STATEMENT \u2014 15 September 2025, 13:45 CEST\n\nEXPLOSION AT HALVERN CHEMIE PLANT\n\n"
                + "MOERBEEK, the Netherlands \u2014 An explosion occurred at 09:52 this morning. Three of our "
                + "employees have died.\n";
        RawEntry e = only(split(SES + "From: press@halvern.example\nSubject: STATEMENT: Explosion at Halvern Chemie "
                + "plant\nDate: Mon, 15 Sep 2025 14:07:31 +0200\n\n" + statement));
        assertEquals("Explosion at Halvern Chemie plant", e.headline());
        assertEquals(Instant.parse("2025-09-15T11:45:00Z"), e.publishedAt(), "13:45 CEST, not the mail's 14:07");
        assertTrue(e.body().startsWith("MOERBEEK, the Netherlands"), e.body());
        // a report's "As of" under its title is the situation's time, not the text's: the mail's time stands
        RawEntry asOf = only(split(SES + "From: ocha@un.example\nSubject: Cyclone Tsilaka flash update\n"
                + "Date: Sat, 5 Dec 2026 16:40:00 +0200\n\nCyclone Tsilaka flash update\n"
                + "As of 5 December 2026, 14:00 local time\n\nThe cyclone made landfall near Angoche overnight.\n"));
        assertEquals(Instant.parse("2026-12-05T14:40:00Z"), asOf.publishedAt());
    }

    private static String cleaned(String subject) {
        return underSubject(subject).headline();
    }

    private static boolean breaking(String subject) {
        return underSubject(subject).breaking();
    }

    private static RawEntry underSubject(String subject) {
        return only(split(SES + "From: a@b.example\nSubject: " + subject + "\nDate: Thu, 3 Dec 2026 14:00:00 +0000\n"
                + "\nThe quake struck at dawn, officials said.\n"));
    }
}
