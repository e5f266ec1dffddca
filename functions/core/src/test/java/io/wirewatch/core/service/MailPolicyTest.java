package io.wirewatch.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.split.MailEnvelope;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which mail stored by SES may be news: listed senders, authenticated as SES found them. */
class MailPolicyTest {

    private static MailEnvelope from(String fromHeader, String auth, String spam) {
        return MailEnvelope.of("Return-Path: <bounce@x.example>\n"
                + "Received: from mx by inbound-smtp.us-east-1.amazonaws.com\n"
                + "X-SES-Spam-Verdict: " + spam + "\nX-SES-Virus-Verdict: PASS\n"
                + (auth == null ? "" : "Authentication-Results: amazonses.com;\n " + auth + "\n")
                + "From: " + fromHeader + "\nTo: news@desk.example.com\nSubject: Quake\n"
                + "Date: Thu, 3 Dec 2026 14:00:00 +0000\n"
                // a sender can write SES's headers into its own message; only SES's, on top, count
                + "X-SES-Spam-Verdict: PASS\nAuthentication-Results: amazonses.com; spf=pass; dkim=pass\n"
                + "\nA quake struck.\n");
    }

    private static final String PASSED = "spf=pass (spf=pass) smtp.mailfrom=wire.example.org;\n dkim=pass"
            + " header.i=@wire.example.org;\n dmarc=pass header.from=wire.example.org;";

    @Test
    void listedAuthenticatedSendersAreNewsAndTheRestAreToldWhyNot() {
        MailPolicy p = MailPolicy.of("wire.example.org, @agency.example.gov; desk@paper.example.com");
        assertEquals(List.of("wire.example.org", "agency.example.gov", "desk@paper.example.com"), p.senders());
        assertNull(p.problemWith(from("Wire Alerts <Alerts@Wire.Example.org>", PASSED, "PASS")));
        assertNull(p.problemWith(from("press@eu.agency.example.gov", PASSED, "PASS")), "a subdomain");
        assertNull(p.problemWith(from("\"Desk\" <desk@paper.example.com>", PASSED, "PASS")));
        assertEquals("mail: sender night@paper.example.com is not in MAIL_SENDERS (wire.example.org,"
                        + " agency.example.gov, desk@paper.example.com)",
                p.problemWith(from("night@paper.example.com", PASSED, "PASS")));
        assertEquals("mail: sender x@notwire.example.org is not in MAIL_SENDERS (wire.example.org,"
                + " agency.example.gov, desk@paper.example.com)", p.problemWith(from("x@notwire.example.org",
                PASSED, "PASS")), "a domain ending in the listed one's letters is another domain");
        assertEquals("mail: from alerts@wire.example.org not authenticated (SPF fail, DKIM none); its sender may be"
                        + " forged",
                p.problemWith(from("alerts@wire.example.org", "spf=fail smtp.mailfrom=evil.example;", "PASS")));
        assertEquals("mail: from alerts@wire.example.org failed DMARC; its sender may be forged",
                p.problemWith(from("alerts@wire.example.org", "spf=pass; dkim=pass; dmarc=fail", "PASS")));
        assertNull(p.problemWith(from("alerts@wire.example.org", null, "PASS")),
                "not checked by SES: put there by someone who may write to the bucket");
    }

    @Test
    void onlyAStrangerToTheListIsUnlistedNotAForgeryOfAListedSenderNorAMissingList() {
        MailPolicy p = MailPolicy.of("wire.example.org");
        assertTrue(p.isUnlisted(from("news@stranger.example", PASSED, "PASS")));
        assertTrue(p.isUnlisted(from("undisclosed-recipients:;", PASSED, "PASS")), "no sender address at all");
        assertFalse(p.isUnlisted(from("alerts@wire.example.org", "spf=fail; dkim=none; dmarc=fail", "PASS")),
                "a forged listed address is refused for its checks, and pages at once");
        assertFalse(p.isUnlisted(from("alerts@wire.example.org", PASSED, "PASS")));
        assertFalse(MailPolicy.NONE.isUnlisted(from("news@stranger.example", PASSED, "PASS")),
                "with no list, the configuration is what is missing");
    }

    @Test
    void withNoSendersNoMailIsNewsAndJunkIsTold() {
        assertTrue(MailPolicy.NONE.problemWith(from("alerts@wire.example.org", PASSED, "PASS"))
                .startsWith("mail: from alerts@wire.example.org, but MAIL_SENDERS names no sender"));
        assertEquals(MailPolicy.NONE, MailPolicy.of("  "));
        assertTrue(from("alerts@wire.example.org", PASSED, "FAIL").junk());
        assertFalse(from("alerts@wire.example.org", PASSED, "GRAY").junk());
        assertTrue(MailPolicy.isMailKey("incoming/mail/0fj3k2l1"));
        assertFalse(MailPolicy.isMailKey("incoming/bbc.txt"));
    }
}
