package io.wirewatch.core.split;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as mail writes them: RFC 5322 headers, and forward blocks in each client's own words. */
final class MailDates {
    private MailDates() {
    }

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern DMY = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)" + MONTH
            + "(?:,?\\s+|-)(\\d{4})\\b");
    private static final Pattern MDY = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?"
            + "\\s+(\\d{4})\\b");
    private static final Pattern TIME = Pattern.compile("(?i)^[\\s,]*(?:at\\s+|um\\s+|à\\s+)?"
            + "(\\d{1,2})[:.](\\d{2})"
            + "(?:[:.](\\d{2}))?\\s*([ap])?\\.?(?:m\\.?)?(?![a-z])\\s*(?:\\(?(?:(UTC|GMT)\\s*)?"
            + "([+-]\\d{2}:?\\d{2})\\)?|\\(?\\b([A-Z]{1,5})\\b\\)?)?");
    static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("UT", 0), Map.entry("UTC", 0),
            Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("WET", 0), Map.entry("BST", 60),
            Map.entry("WEST", 60), Map.entry("CET", 60), Map.entry("CEST", 120), Map.entry("EET", 120),
            Map.entry("EEST", 180), Map.entry("MSK", 180), Map.entry("EST", -300), Map.entry("EDT", -240),
            Map.entry("CST", -360), Map.entry("CDT", -300), Map.entry("MST", -420), Map.entry("MDT", -360),
            Map.entry("PST", -480), Map.entry("PDT", -420), Map.entry("AKST", -540), Map.entry("AKDT", -480),
            Map.entry("HST", -600), Map.entry("JST", 540), Map.entry("KST", 540), Map.entry("AEST", 600),
            Map.entry("AEDT", 660), Map.entry("SAST", 120), Map.entry("EAT", 180), Map.entry("WAT", 60),
            Map.entry("PKT", 300));

    /**
     * The instant a mail date names; a date without a zone (Gmail's and Outlook's forward blocks show the
     * forwarder's local time) is read at {@code fallback}, else UTC. {@code null} when no date is found.
     */
    static Instant parse(String value, ZoneOffset fallback) {
        Stamp s = stamp(value, fallback);
        return s == null ? null : s.instant;
    }

    /** The zone offset a date states (an RFC 5322 header always does), else {@code fallback}. */
    static ZoneOffset offset(String value, ZoneOffset fallback) {
        Stamp s = stamp(value, fallback);
        return s == null || s.offset == null ? fallback : s.offset;
    }

    private record Stamp(Instant instant, ZoneOffset offset) {
    }

    private static Stamp stamp(String value, ZoneOffset fallback) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.replace('\u202f', ' ').replace('\u00a0', ' ');
        Matcher d = DMY.matcher(v);
        int day;
        String month;
        int year;
        int end;
        if (d.find()) {
            day = Integer.parseInt(d.group(1));
            month = d.group(2);
            year = Integer.parseInt(d.group(3));
            end = d.end();
        } else {
            Matcher m = MDY.matcher(v);
            if (!m.find()) {
                return null;
            }
            month = m.group(1);
            day = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
            end = m.end();
        }
        Matcher t = TIME.matcher(v.substring(end));
        if (!t.lookingAt()) {
            return null; // a date without a time says too little for a post's time
        }
        int hour = Integer.parseInt(t.group(1));
        int minute = Integer.parseInt(t.group(2));
        int second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
        if (t.group(4) != null) {
            boolean pm = t.group(4).equalsIgnoreCase("p");
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        ZoneOffset offset = null;
        if (t.group(6) != null) {
            String o = t.group(6).replace(":", "");
            int sign = o.charAt(0) == '-' ? -1 : 1;
            int mins = Integer.parseInt(o.substring(1, 3)) * 60 + Integer.parseInt(o.substring(3, 5));
            offset = ZoneOffset.ofTotalSeconds(sign * mins * 60);
        } else if (t.group(5) != null) {
            offset = ZoneOffset.UTC;
        } else if (t.group(7) != null && ZONES.containsKey(t.group(7).toUpperCase(Locale.ROOT))) {
            offset = ZoneOffset.ofTotalSeconds(ZONES.get(t.group(7).toUpperCase(Locale.ROOT)) * 60);
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, monthNumber(month), day, hour, minute, second);
            ZoneOffset used = offset != null ? offset : fallback != null ? fallback : ZoneOffset.UTC;
            return new Stamp(local.toInstant(used), offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int monthNumber(String name) {
        String m = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(m) / 3 + 1;
    }
}
