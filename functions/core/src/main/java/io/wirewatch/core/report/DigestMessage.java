package io.wirewatch.core.report;

import io.wirewatch.core.alert.AlertMessage;
import io.wirewatch.core.alert.AlertRenderer;
import io.wirewatch.core.alert.AlertType;
import io.wirewatch.core.alert.Gsm7;
import io.wirewatch.core.model.Correction;
import io.wirewatch.core.model.DailySummary;
import io.wirewatch.core.model.KeyPoint;
import io.wirewatch.core.text.Text;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The once-a-day digest for subscribers who want one message a day instead of alerts ({@code type=digest}).
 *
 * <p>The email lists every point and the day's corrections known when it is sent (at 00:10: those of the day and
 * of the first minutes after midnight; the 06:10 rebuild updates the brief, not the digest). The SMS form carries
 * the top three points. Three readable points do not fit one 160-character SMS, so the digest may use up to three
 * concatenated segments ({@value #SMS_MAX} GSM-7 characters); it is one message a day, which is what those
 * subscribers chose over a stream of single-segment alerts. The room is shared out
 * {@link #fairShares fairly}: a point that fits is sent whole, and what it leaves over goes to the longer ones,
 * which are cut at a word with "...".
 */
public final class DigestMessage {
    /** Three concatenated SMS segments of 153 GSM-7 characters each, less the topic's prefix SNS writes first. */
    public static final int SMS_MAX = 459 - AlertRenderer.SMS_PREFIX.length();
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    /** What each point is prefixed with, " 1) ", in characters. */
    private static final String NUMBERING = " 1) ";
    /** Two sentences, the second opening with a pronoun that stands for the first one's subject. */
    private static final Pattern JOINED = Pattern.compile("(\\S[^.!?]*[.!?]) (?:It|They|He|She) (\\S.*)");
    /** The words that end a plain subject: the auxiliaries and reporting verbs an announcement opens with. */
    static final Set<String> SUBJECT_ENDS = Set.of("has", "have", "had", "is", "are", "was", "were", "will", "says",
            "say", "said");

    private DigestMessage() {
    }

    /**
     * Renders the digest.
     *
     * @param briefLocation where the full HTML brief is, shown in the email
     * @param alertCount    alerts sent that day
     */
    public static AlertMessage render(DailySummary s, int alertCount, String briefLocation) {
        String day = ReportDates.LONG_DAY.format(s.day());
        List<KeyPoint> top = s.keyPoints().subList(0, Math.min(3, s.keyPoints().size()));
        StringBuilder sms = new StringBuilder("Key points " + SHORT_DAY.format(s.day()) + ":");
        List<String> texts = new ArrayList<>(top.stream().map(k -> Gsm7.transliterate(Text.clean(k.text()))).toList());
        int available = SMS_MAX - sms.length() - NUMBERING.length() * texts.size();
        int[] budgets = fairShares(texts, available);
        for (int i = 0; i < texts.size(); i++) {
            if (Gsm7.septets(texts.get(i)) > budgets[i]) {
                texts.set(i, shortForm(texts.get(i)));
            }
        }
        budgets = fairShares(texts, available);
        for (int i = 0; i < texts.size(); i++) {
            sms.append(' ').append(i + 1).append(") ").append(Gsm7.fit(texts.get(i), budgets[i]));
        }
        StringBuilder email = new StringBuilder();
        email.append("Key points for ").append(day).append(" (").append(Counts.sources(s)).append(", ")
                .append(Counts.of(alertCount, "alert", "alerts")).append(")\n\n");
        int n = 1;
        for (KeyPoint k : s.keyPoints()) {
            email.append(n++).append(". ").append(k.breaking() ? "BREAKING: " : "").append(Text.clean(k.text()))
                    .append("\n   (").append(Text.clean(k.sourceKey())).append(")\n");
        }
        if (!s.corrections().isEmpty()) {
            // The email is read as the day's record; a report its page took back must be seen taken back there.
            // The SMS keeps to the top three points, which are never a report taken back.
            email.append("\nCorrections (reports the pages took back; none is a key point):\n");
            for (Correction c : s.corrections()) {
                email.append("- ").append(Text.clean(c.text())).append("\n   (").append(Text.clean(c.sourceKey()))
                        .append(")\n");
                email.append("   ").append(c.corrects() == null ? DailyBrief.NOTHING_TAKEN_BACK
                        : "Takes back: " + Text.clean(c.corrects().text())).append('\n');
            }
        }
        email.append("\nFull brief with the day's alerts and entries: ").append(briefLocation).append('\n');
        String subject = "Wirewatch daily brief: " + day + " (" + Counts.of(s.keyPoints().size(), "key point",
                "key points") + ")";
        return new AlertMessage(AlertType.DIGEST, Text.shorten(subject, 99), email.toString(),
                Gsm7.fit(sms.toString(), SMS_MAX), email.toString(),
                Map.of("type", AlertType.DIGEST.attribute(), "day", s.day().toString()), Map.of());
    }

    /**
     * A point as one sentence when it is two and the second states the news through a pronoun for the first one's
     * subject: "Russia's defence ministry has given its first figures for casualties ... It says 498 Russian
     * soldiers have been killed ..." becomes "Russia's defence ministry says 498 Russian soldiers have been killed
     * ...". Such points are the summariser's announcement-and-figures pairs; cut to fit an SMS they lost the figure's
     * verb. The subject is the first sentence's opening words up to its verb, taken only when that is plain: one to
     * six words, no comma, a capital first letter, and the verb one of {@link #SUBJECT_ENDS}. Otherwise the point is
     * returned as it is.
     */
    static String shortForm(String point) {
        Matcher m = JOINED.matcher(point);
        if (!m.matches()) {
            return point;
        }
        String[] words = m.group(1).split(" ");
        int verb = 0;
        while (verb < words.length && !SUBJECT_ENDS.contains(words[verb].toLowerCase(Locale.ROOT))) {
            verb++;
        }
        if (verb == 0 || verb > 6 || verb == words.length || !Character.isUpperCase(words[0].charAt(0))
                || String.join(" ", Arrays.asList(words).subList(0, verb)).contains(",")) {
            return point;
        }
        return String.join(" ", Arrays.asList(words).subList(0, verb)) + " " + m.group(2);
    }

    /**
     * Septets each text may take so that together they fit {@code available}: a text that fits an equal share
     * keeps all of it, and what it leaves unused is shared among the longer ones (max-min fair). A short third
     * point no longer costs the top point its figure.
     */
    static int[] fairShares(List<String> texts, int available) {
        int n = texts.size();
        int[] budgets = new int[n];
        Integer[] bySize = new Integer[n];
        for (int i = 0; i < n; i++) {
            bySize[i] = i;
        }
        Arrays.sort(bySize, Comparator.comparingInt(i -> Gsm7.septets(texts.get(i))));
        int left = Math.max(0, available);
        for (int k = 0; k < n; k++) {
            int i = bySize[k];
            int share = left / (n - k);
            budgets[i] = Math.min(share, Gsm7.septets(texts.get(i)));
            left -= budgets[i];
        }
        return budgets;
    }
}
