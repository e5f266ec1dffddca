package io.wirewatch.core.alert;

import io.wirewatch.core.figures.Claimants;
import io.wirewatch.core.figures.Periods;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.FigureKind;
import io.wirewatch.core.port.FigureSeries;
import io.wirewatch.core.port.SeriesState;
import io.wirewatch.core.text.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders alerts into the per-protocol forms subscribers receive. Everything taken from a document is cleaned of
 * control characters first ({@link Text#clean}); the SMS form is GSM-7 within one 160-septet segment together with
 * the topic's display-name prefix ({@link #SMS_MAX}), the subject ASCII under 100 characters, with the most important
 * words first in both.
 */
public final class AlertRenderer {
    /**
     * What SNS writes before every SMS sent through a topic with a display name: the name in capitals and "> ". The
     * alert topic's is "Wirewatch" (template.yaml, checked by TemplateConsistencyTest), so every SMS opens with
     * "WIREWATCH> ", and those 11 characters count against the segment: a 158-character text would arrive as two.
     */
    public static final String SMS_PREFIX = "WIREWATCH> ";
    /** Hard limits of the channels, not preferences: one GSM-7 segment of 160 septets, less the prefix. */
    public static final int SMS_MAX = 160 - SMS_PREFIX.length();
    public static final int SUBJECT_MAX = 99;
    private static final int BODY_EXCERPT = 700;
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private static final java.util.Comparator<FigureChange> BY_GRAVITY = java.util.Comparator
            .comparingInt((FigureChange c) -> gravity(c.figure().kind()))
            .thenComparing(c -> -c.figure().count());
    private final ZoneId zone;

    /** @param zone zone in which times are shown (the deployment's day zone) */
    public AlertRenderer(ZoneId zone) {
        this.zone = zone;
    }

    /** Renders one alert. */
    public AlertMessage render(Alert alert) {
        return switch (alert.type()) {
            case BREAKING, FIGURE -> single(alert);
            case ROUNDUP -> roundup(alert);
            case DIGEST -> throw new IllegalArgumentException("digests are rendered by the summary");
        };
    }

    private AlertMessage single(Alert a) {
        Entry e = a.entry();
        String headline = Text.clean(e.headline()).isEmpty() ? firstWords(e.body()) : Text.clean(e.headline());
        String when = shortTime(e);
        String source = sourceLabel(e.sourceKey());
        // Channels with no room lead with the gravest change: deaths before injuries, larger before smaller.
        String context = caseSource(e);
        List<String> lines = a.changes().stream().sorted(BY_GRAVITY).map(c -> figureLine(c, context)).toList();
        String more = lines.size() > 1 ? " (+" + (lines.size() - 1) + " more)" : "";

        String subject;
        String smsText;
        if (a.type() == AlertType.BREAKING) {
            // SMS and subjects carry Latin letters only (Cyrillic is romanised): a headline wholly in another
            // script would leave "BREAKING: ." and a desk would not know what broke, so say where to read it.
            String told = Gsm7.readable(headline) ? headline : "headline in another script, see the email";
            subject = "BREAKING: " + told;
            smsText = fitted("BREAKING " + when + ": " + told + (lines.isEmpty() ? "" : ". " + lines.get(0)),
                    lines.isEmpty() ? "" : more, "", ". Src: " + source);
        } else {
            String first = lines.isEmpty() ? headline : lines.get(0);
            subject = first + more;
            smsText = fitted(first, more, ". " + when, ". Src: " + source);
        }

        StringBuilder email = new StringBuilder();
        email.append(a.type() == AlertType.BREAKING ? "BREAKING: " : "").append(headline).append('\n');
        email.append(longTime(e)).append(" | source: ").append(Text.clean(e.sourceKey())).append("\n\n");
        if (!a.changes().isEmpty()) {
            email.append("New figures:\n");
            for (FigureChange c : a.changes()) {
                email.append("- ").append(figureLine(c, context)).append('\n');
                email.append("  \"").append(Text.clean(c.figure().sentence())).append("\"\n");
            }
            email.append('\n');
        }
        email.append(Text.shorten(Text.clean(e.body()), BODY_EXCERPT)).append("\n\n");
        email.append("Entry ").append(e.id()).append(" | document ").append(e.documentId()).append('\n');

        return new AlertMessage(a.type(), subject(subject), email.toString(), sms(smsText), email.toString(),
                attributes(a), arrays(a.changes()));
    }

    private AlertMessage roundup(Alert a) {
        int n = a.folded().size();
        Entry first = a.entry();
        String source = sourceLabel(first.sourceKey());
        List<String> heads = new ArrayList<>();
        StringBuilder email = new StringBuilder();
        email.append(n).append(" more updates from ").append(Text.clean(first.sourceKey()))
                .append(", folded into one message so your inbox is not flooded:\n\n");
        for (Alert f : a.folded()) {
            Entry e = f.entry();
            String h = Text.clean(e.headline()).isEmpty() ? firstWords(e.body()) : Text.clean(e.headline());
            heads.add(h);
            email.append("- ").append(longTime(e)).append(f.type() == AlertType.BREAKING ? " BREAKING: " : ": ")
                    .append(h).append('\n');
            String context = caseSource(e);
            for (FigureChange c : f.changes()) {
                email.append("    ").append(figureLine(c, context)).append('\n');
            }
            email.append("    entry ").append(e.id()).append('\n');
        }
        String subject = n + " more updates from " + source + ": " + heads.get(0);
        String smsText = n + " more updates from " + source + ": " + String.join(" | ", heads);
        Map<String, List<String>> arrays = new LinkedHashMap<>(arrays(a.changes()));
        // What the roundup holds, so a subscription that takes only Breaking news (the SMS one) still hears of the
        // Breaking entries folded into it, not only of their death tolls.
        arrays.put("folded", a.folded().stream().map(f -> f.type().attribute()).distinct().toList());
        return new AlertMessage(AlertType.ROUNDUP, subject(subject), email.toString(), sms(smsText),
                email.toString(), attributes(a), arrays);
    }

    private static int gravity(FigureKind k) {
        return switch (k) {
            case KILLED, DEAD -> 0;
            case MISSING -> 1;
            case CASUALTIES -> 2;
            case WOUNDED, INJURED -> 3;
        };
    }

    /** "UN: at least 1,035 civilians killed in Ukraine (was 227, 3 Mar)", its names cased as its sentence has them. */
    public String figureLine(FigureChange c) {
        return figureLine(c, "");
    }

    /**
     * As {@link #figureLine(FigureChange)}, also taking the case of names from {@code context} (the entry's headline
     * and body) where the figure's sentence does not have them: "Oleg Sinegubov" for the claimant of "..., he added".
     */
    public String figureLine(FigureChange c, String context) {
        StringBuilder sb = new StringBuilder(figure(c.figure(), context));
        if (c.restarts()) {
            SeriesState p = c.previous().orElseThrow();
            sb.append(" (first in over ").append(SeriesState.STALE_AFTER_DAYS).append(" days; was ").append(count(p))
                    .append(elsewhere(p, c.figure())).append(", ").append(previousDay(p, LONG_DAY)).append(')');
            return sb.toString();
        }
        c.previous().ifPresentOrElse(p -> sb.append(" (was ").append(count(p)).append(elsewhere(p, c.figure()))
                .append(", ").append(previousDay(p)).append(')'), () -> sb.append(" (first report)"));
        return sb.toString();
    }

    /**
     * " in Kharkiv" when the series' last value was stated for a place other than {@code f}'s, else "". A claimant
     * that counts per incident (a governor, police) keeps one series wherever it reports from, as which place a
     * sentence names is too loose a key (one incident told "in Kharkiv", "in the Kyivskyi district of Kharkiv" or
     * "in a strike on Kharkiv"); so "Police: 12 people killed in Dnipro" after Kharkiv police's five says "(was 5 in
     * Kharkiv, 2 Mar)", which is true, where "(was 5, 2 Mar)" read as Dnipro's earlier toll.
     */
    private static String elsewhere(SeriesState last, Figure f) {
        if (last.place() == null || last.place().isBlank()) {
            return "";
        }
        boolean same = f.place() != null
                && FigureSeries.placeKey(f.place()).equals(FigureSeries.placeKey(last.place()));
        return same ? "" : " in " + last.place();
    }

    /**
     * A figure held back as lower than its series' last value, for the daily brief: "Region's governor: 4 civilians
     * killed (lower than the last known at least 6, 24 Mar)".
     */
    public String heldLine(Figure f, SeriesState last, Entry e) {
        return figure(f, caseSource(e)) + " (lower than the last known " + count(last) + elsewhere(last, f) + ", "
                + previousDay(last) + ")";
    }

    /**
     * A Breaking entry not alerted because it retells a story already alerted, for the daily brief: "Russian forces
     * capture Kherson - mayor (the story alerted as "Kherson falls to Russian forces")". A desk reads it as
     * corroboration: a second outlet has the story.
     */
    public String retoldLine(Entry e, String alertedHeadline) {
        return Text.clean(e.headline()) + " (the story alerted as \"" + Text.clean(alertedHeadline) + "\")";
    }

    private static String count(SeriesState s) {
        return s.qualifier().prefix() + String.format(Locale.UK, "%,d", s.count());
    }

    /** The figure itself: claimant, count, who, kind and place, as {@link #figureLine} writes them. */
    private String figure(Figure f, String context) {
        StringBuilder sb = new StringBuilder();
        if (f.attributedTo() != null && !f.attributedTo().isBlank()) {
            // a person's key is lower-case: the message names them as the entry does ("Oleh Synehubov")
            String by = Text.clean(f.attributedTo());
            String person = Claimants.personAsWritten(by, f.sentence(), context);
            sb.append(person != null ? person : asWritten(Claimants.display(by), f.sentence(), context)).append(": ");
        }
        sb.append(f.qualifier().prefix()).append(String.format(Locale.UK, "%,d", f.count()));
        if (f.upperBound() != null) {
            sb.append('-').append(String.format(Locale.UK, "%,d", f.upperBound()));
        }
        String who = asWritten(Claimants.properAdjectives(Text.clean(f.who())), f.sentence(), context);
        boolean people = "people".equalsIgnoreCase(who);
        if (people) {
            // as the message writes it, not as a headline capitalised it ("38 People killed"); one is a person
            who = f.count() == 1 && f.upperBound() == null ? "person" : "people";
        }
        if (f.kind() == FigureKind.CASUALTIES) {
            sb.append(" casualties").append(people ? "" : " among " + who);
        } else if (f.kind() == FigureKind.DEAD) {
            sb.append(people ? "" : " " + who).append(" dead"); // "90 children dead", "136 dead"
        } else {
            sb.append(' ').append(who).append(' ').append(f.kind().word());
        }
        String place = place(f, context);
        if (place != null) {
            sb.append(" in ").append(place);
        }
        // a count for a period says so: "500 killed" alone reads as a toll
        Periods.of(f.sentence()).ifPresent(p -> sb.append(' ').append(Text.clean(p.words())));
        return sb.toString();
    }

    /** The place {@code f} is stated for as a message of entry {@code e} writes it ("Kharkiv"), or null. */
    public String place(Figure f, Entry e) {
        return place(f, caseSource(e));
    }

    private String place(Figure f, String context) {
        if (f.place() == null || f.place().isBlank()) {
            return null;
        }
        String place = asWritten(Text.clean(f.place()), f.sentence(), context);
        return place.equals(place.toLowerCase(Locale.ROOT)) ? display(place) : place;
    }

    private String previousDay(SeriesState p) {
        return previousDay(p, SHORT_DAY);
    }

    /** The day of a series' last value in the day zone, as {@code format} writes it (with the year for a stale one). */
    private String previousDay(SeriesState p, DateTimeFormatter format) {
        LocalDate d = p.at() != null ? LocalDate.ofInstant(p.at(), zone) : p.day();
        return d == null ? "earlier" : format.format(d);
    }

    private Map<String, String> attributes(Alert a) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", a.type().attribute());
        m.put("source", ascii(sourceLabel(a.entry().sourceKey())));
        m.put("day", a.entry().day().toString());
        // the entry the alert is about (a roundup's first entry), so a desk tool or an operator tracing a message
        // can find it in the table without reading the text
        m.put("entry", a.entry().id());
        return m;
    }

    private static Map<String, List<String>> arrays(List<FigureChange> changes) {
        Set<String> kinds = new LinkedHashSet<>();
        Set<String> who = new LinkedHashSet<>();
        for (FigureChange c : changes) {
            kinds.add(c.figure().kind().word());
            who.add(ascii(Text.clean(c.figure().who())));
        }
        Map<String, List<String>> m = new LinkedHashMap<>();
        if (!kinds.isEmpty()) {
            m.put("kind", List.copyOf(kinds));
            m.put("who", List.copyOf(who));
        }
        return m;
    }

    private String shortTime(Entry e) {
        if (e.publishedAt() != null) {
            return HM.format(e.publishedAt().atZone(zone)) + " " + zoneLabel(e.publishedAt()) + " "
                    + SHORT_DAY.format(e.publishedAt().atZone(zone));
        }
        return SHORT_DAY.format(e.day());
    }

    private String longTime(Entry e) {
        if (e.publishedAt() != null) {
            return HM.format(e.publishedAt().atZone(zone)) + " " + zoneLabel(e.publishedAt()) + " "
                    + LONG_DAY.format(e.publishedAt().atZone(zone));
        }
        return LONG_DAY.format(e.day()) + " (no time given)";
    }

    /**
     * The zone's abbreviation at {@code at} as the desk writes it: British names where there are some ("GMT",
     * "BST", "CET"), American ones for American zones ("EST", "EDT"), which British English lacks ("GMT-05:00"), and
     * the offset where neither has a name.
     */
    private String zoneLabel(Instant at) {
        String id = zone.getId();
        if ("Z".equals(id) || "UTC".equals(id) || "Etc/UTC".equals(id)) {
            return "UTC";
        }
        String uk = at.atZone(zone).format(ZONE_UK);
        return uk.startsWith("GMT+") || uk.startsWith("GMT-") ? at.atZone(zone).format(ZONE_US) : uk;
    }

    private static final DateTimeFormatter ZONE_UK = DateTimeFormatter.ofPattern("zzz", Locale.UK);
    private static final DateTimeFormatter ZONE_US = DateTimeFormatter.ofPattern("zzz", Locale.US);

    /** Short name of a document for channels with no room: the file name without folders or extension. */
    static String sourceLabel(String key) {
        String k = Text.clean(key);
        int slash = k.lastIndexOf('/');
        if (slash >= 0) {
            k = k.substring(slash + 1);
        }
        int dot = k.lastIndexOf('.');
        if (dot > 0) {
            k = k.substring(0, dot);
        }
        return k.isEmpty() ? "upload" : k;
    }

    private static String firstWords(String body) {
        return Text.shorten(Text.clean(body), 80);
    }

    /** The entry's text in which {@link #figureLine(FigureChange, String)} looks up how names are written. */
    private static String caseSource(Entry e) {
        return e.headline() + "\n" + e.body();
    }

    /** A word: letters, digits, and the hyphens and apostrophes inside a word ("pro-Russian", "region's"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    /**
     * {@code phrase} (a figure's lower-cased who, place or claimant) with each word in the case the texts write it,
     * the first text that has it winning: "russian soldiers" from "... 9,000 Russian soldiers ..." reads "Russian
     * soldiers", "un staff" reads "UN staff". A word opening a sentence or a quote does not count (it is capitalised
     * as an opening, not as a name), nor does a long word in capitals (a headline set in capitals), and a word no
     * text has elsewhere stays as it is: "civilians" from "Civilians were ...".
     */
    static String asWritten(String phrase, String... texts) {
        Map<String, String> written = new HashMap<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text == null ? "" : text);
            while (m.find()) {
                String w = m.group();
                String key = caseKey(w);
                boolean shouted = w.length() > 5 && w.equals(w.toUpperCase(Locale.ROOT)); // a headline in capitals
                if (!w.toLowerCase(Locale.ROOT).equals(w) && !shouted && !opensASentence(text, m.start())) {
                    written.putIfAbsent(key, w);
                }
            }
        }
        StringBuilder out = new StringBuilder(phrase.length());
        for (String w : phrase.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(written.getOrDefault(caseKey(w), w));
        }
        return out.toString();
    }

    /** A word as compared for its case: lower-cased, a curly apostrophe as a straight one ("Kerala’s", "kerala's"). */
    private static String caseKey(String w) {
        return w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** Whether the word at {@code at} opens the text, a sentence, a line, or a quote. */
    private static boolean opensASentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        return i < 0 || ".!?:;\n\"“‘'([".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Places: "mariupol" → "Mariupol", short all-letter words upper-cased. Claimants are shown by
     * {@link Claimants#display} ("un" → "UN", "kyiv" → "Kyiv", "nato" → "NATO").
     */
    private static String display(String s) {
        if (s.length() <= 3 && s.chars().allMatch(Character::isLetter)) {
            return s.toUpperCase(Locale.ROOT);
        }
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * An SMS of its parts, leaving out what matters least when they do not fit: the source first, then the count of
     * further figures, so that the news and its time are not cut to make room for "Src..." (a cut source told the
     * desk nothing). What still does not fit is cut by {@link #sms(String)}.
     */
    static String fitted(String news, String more, String when, String source) {
        for (String s : List.of(news + more + when + source, news + more + when, news + when)) {
            if (Gsm7.septets(Gsm7.transliterate(Text.clean(s))) <= SMS_MAX) {
                return s;
            }
        }
        return news + when;
    }

    private static String sms(String s) {
        return Gsm7.fit(Gsm7.transliterate(Text.clean(s)), SMS_MAX);
    }

    private static String subject(String s) {
        return Text.shorten(ascii(Text.clean(s)), SUBJECT_MAX);
    }

    /** Printable ASCII only: email subjects and attribute values travel through systems that mangle the rest. */
    static String ascii(String s) {
        return Gsm7.ascii(s);
    }
}
