package io.wirewatch.core.split;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sent an email and what Amazon SES made of it on receipt, from the headers SES puts on top of the message it
 * stores: the sender's address, SES's spam and virus verdicts ({@code X-SES-Spam-Verdict}, {@code
 * X-SES-Virus-Verdict}) and its SPF, DKIM and DMARC results ({@code Authentication-Results: amazonses.com; ...}).
 * Only the topmost copy of each header counts: a sender can write any header into its message, but SES's are added
 * above everything the sender wrote.
 *
 * @param from     the sender's address, lower-cased ("alerts@wire.example.org"), or "" when none is given
 * @param spam     SES's spam verdict ("PASS", "FAIL", "GRAY", "PROCESSING_FAILED"), or "" when SES did not scan
 * @param virus    SES's virus verdict, or ""
 * @param spf      SES's SPF result ("pass", "fail", "softfail", "none", ...), or "" when SES gave none
 * @param dkim     SES's DKIM result, or ""
 * @param dmarc    SES's DMARC result, or ""
 */
public record MailEnvelope(String from, String spam, String virus, String spf, String dkim, String dmarc) {

    private static final Pattern ADDRESS = Pattern.compile(
            "<\\s*([^<>\\s]+@[^<>\\s]+)\\s*>|([^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+)");

    /** The envelope of the email in {@code text}, or {@code null} when the text is no email. */
    public static MailEnvelope of(String text) {
        Map<String, String> h = Email.headers(text);
        if (h == null) {
            return null;
        }
        String auth = h.getOrDefault("authentication-results", "");
        boolean ses = auth.strip().toLowerCase(Locale.ROOT).startsWith("amazonses.com");
        return new MailEnvelope(address(h.getOrDefault("from", "")),
                h.getOrDefault("x-ses-spam-verdict", "").strip().toUpperCase(Locale.ROOT),
                h.getOrDefault("x-ses-virus-verdict", "").strip().toUpperCase(Locale.ROOT),
                ses ? result(auth, SPF) : "", ses ? result(auth, DKIM) : "", ses ? result(auth, DMARC) : "");
    }

    /** Whether SES scanned the message and found it spam or a virus: a mail nobody sent as news. */
    public boolean junk() {
        return spam.equals("FAIL") || virus.equals("FAIL");
    }

    private static String address(String from) {
        Matcher m = ADDRESS.matcher(Email.decodeWords(from));
        if (!m.find()) {
            return "";
        }
        return (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
    }

    private static final Pattern SPF = result("spf");
    private static final Pattern DKIM = result("dkim");
    private static final Pattern DMARC = result("dmarc");

    private static Pattern result(String method) {
        return Pattern.compile("(?i)\\b" + method + "\\s*=\\s*([a-z]+)");
    }

    private static String result(String auth, Pattern method) {
        Matcher m = method.matcher(auth);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
