package io.wirewatch.core.service;

import io.wirewatch.core.split.MailEnvelope;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Who may send news by email. Mail that SES stores under {@link #PREFIX} comes from anyone who knows the address,
 * and an entry can page subscribers by SMS, so such mail is news only when it comes from an address or domain the
 * deployment names ({@code MAIL_SENDERS}) and, where SES checked it, is authenticated: SPF or DKIM passed and DMARC
 * did not fail, which a forged "From: alerts@wire.example.org" cannot pass. Uploads elsewhere come from people with
 * write access to the bucket and are not asked.
 *
 * @param senders addresses ("alerts@wire.example.org") and domains ("wire.example.org", which takes its subdomains
 *                too), lower-cased; empty: no mail is news
 */
public record MailPolicy(List<String> senders) {

    /** Where the SES receipt rule in {@code template.yaml} stores mail. */
    public static final String PREFIX = "incoming/mail/";

    /** No sender is trusted: mail under {@link #PREFIX} is rejected with what to configure. */
    public static final MailPolicy NONE = new MailPolicy(List.of());

    public MailPolicy {
        senders = List.copyOf(senders);
    }

    /** From a comma- or space-separated list, as {@code MAIL_SENDERS} holds it; blank gives {@link #NONE}. */
    public static MailPolicy of(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        return new MailPolicy(Arrays.stream(list.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT).replaceFirst("^@", "")).distinct().toList());
    }

    /** Whether objects under {@code key} are mail SES stored. */
    public static boolean isMailKey(String key) {
        return key.startsWith(PREFIX);
    }

    /** Why this mail is no news, or {@code null} when it may be read as news. */
    public String problemWith(MailEnvelope mail) {
        String who = mail.from().isEmpty() ? "(no sender address)" : mail.from();
        if (senders.isEmpty()) {
            return "mail: from " + who + ", but MAIL_SENDERS names no sender, so no mail is news; set it to the"
                    + " addresses or domains whose mail is";
        }
        if (!allows(mail.from())) {
            return "mail: sender " + who + " is not in MAIL_SENDERS (" + String.join(", ", senders) + ")";
        }
        if (mail.dmarc().equals("fail")) {
            return "mail: from " + who + " failed DMARC; its sender may be forged";
        }
        boolean checked = !mail.spf().isEmpty() || !mail.dkim().isEmpty();
        if (checked && !mail.spf().equals("pass") && !mail.dkim().equals("pass")) {
            return "mail: from " + who + " not authenticated (SPF " + orNone(mail.spf()) + ", DKIM "
                    + orNone(mail.dkim()) + "); its sender may be forged";
        }
        return null;
    }

    /**
     * Whether {@code mail} is refused only because its sender is not listed, while some senders are: mail that may
     * be a wire's new address or a stranger's, rather than a forgery of a listed one or a missing configuration.
     */
    public boolean isUnlisted(MailEnvelope mail) {
        return !senders.isEmpty() && !allows(mail.from());
    }

    /** Whether {@code address} is a listed address or in a listed domain or one of its subdomains. */
    boolean allows(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return false;
        }
        String domain = address.substring(at + 1);
        for (String s : senders) {
            if (s.contains("@") ? s.equals(address) : domain.equals(s) || domain.endsWith("." + s)) {
                return true;
            }
        }
        return false;
    }

    private static String orNone(String result) {
        return result.isEmpty() ? "none" : result;
    }
}
