package io.wirewatch.core.split;

import io.wirewatch.core.port.FormatReader;
import io.wirewatch.core.text.Months;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An email as Amazon SES's S3 action stores it (the raw RFC 5322 message, SES's own headers on top) or as a mail
 * client saves it ({@code .eml}), read as the news it carries: the subject as the headline, the sending time, and the
 * text a reader sees. All of it is ASCII or one charset, so it passes the upload's binary check and would otherwise
 * be split as mail headers and encoded text, one entry headed "Return-Path: ...".
 *
 * <p>What is the news: the text part of the message (plain text, unless it only points at the HTML part, which is
 * then read as a browser shows it), not its signature, disclaimers, unsubscribe lines or quoted history. A forward is
 * the forwarded message: its own subject and date, from the forward's header block (Gmail, Outlook, Apple Mail,
 * Thunderbird) or from a message attached whole ({@code message/rfc822}); the forwarder's note above it is not news.
 * A reply is its own new text.
 */
final class Email {

    private Email() {
    }

    /** The layout name an email's document is recorded under, before the layout its text was split by. */
    static final String LAYOUT = "email";

    /**
     * The news of one email.
     *
     * @param subject  the (innermost forwarded) subject, decoded, without "Re:"/"Fwd:" and Breaking labels
     * @param sent     when it was sent (the forwarded message's time for a forward), or {@code null}
     * @param offset   the sender's zone offset, as its Date header states it, or {@code null}
     * @param breaking whether the subject carries a Breaking label ("BREAKING:", "URGENT", "FLASH", ...)
     * @param body     the body's text: the news without the mail's furniture
     * @param digest   the messages of a list's digest, each news of its own (then the body is empty)
     * @param stories  a briefing's or a notification's stories told apart in the body ({@link #stories}); empty
     *                 when the body is one story
     */
    record Message(String subject, Instant sent, ZoneOffset offset, boolean breaking, String body,
                   List<Message> digest, List<Story> stories) {

        /** The subject's line over the body's text, for the layouts to split. */
        String text() {
            return subject.isEmpty() ? body : subject + "\n\n" + body;
        }
    }

    /** How far the header block may run before a blank line. */
    private static final int HEADERS_WITHIN = 64 * 1024;
    /** Header names that only a mail's header block has; one of them must be there besides From and Date/Subject. */
    private static final List<String> MAIL_HEADERS = List.of("received", "return-path", "message-id",
            "mime-version", "to", "delivered-to", "x-mozilla-status", "x-ses-receipt", "reply-to", "cc");

    /** The email in {@code text}, or {@code null} when the text does not open with a mail's header block. */
    static Message read(String text) {
        return read(text, List.of());
    }

    /**
     * The email in {@code text}, or {@code null} when the text does not open with a mail's header block.
     *
     * @param readers the files that are read when attached under a short note (a PDF or Word statement)
     */
    static Message read(String text, List<FormatReader> readers) {
        Part mail = mail(text);
        return mail == null ? null : message(mail, null, 0, readers);
    }

    /** The top-level headers of the email in {@code text} (names lower-cased), or {@code null} if it is none. */
    static Map<String, String> headers(String text) {
        Part mail = mail(text);
        return mail == null ? null : mail.headers;
    }

    /** The email in {@code text} as a MIME entity, or {@code null} when the text is no email. */
    private static Part mail(String text) {
        if (text == null || !opensWithHeader(text)) {
            return null; // asked of every upload: most do not open with a header's name and colon
        }
        Part mail = Part.parse(text);
        return mail == null || !isMail(mail.headers) ? null : mail;
    }

    /** Whether the text opens (after a byte-order mark, blank lines or an mbox "From " line) with "Name:". */
    private static boolean opensWithHeader(String text) {
        int i = 0;
        int n = Math.min(text.length(), 200);
        while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (text.startsWith("From ", i)) {
            int eol = text.indexOf('\n', i);
            if (eol < 0) {
                return false;
            }
            i = eol + 1;
            n = Math.min(text.length(), i + 200);
        }
        int name = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i > name && i < n && text.charAt(i) == ':';
    }

    private static boolean isMail(Map<String, String> headers) {
        if (!headers.containsKey("from") || !(headers.containsKey("date") || headers.containsKey("subject"))) {
            return false;
        }
        if (headers.containsKey("snapshot-content-location") || headers.get("from").contains("Saved by")) {
            return false; // a page saved as one file (.mhtml): Mhtml reads it
        }
        for (String h : MAIL_HEADERS) {
            if (headers.containsKey(h)) {
                return true;
            }
        }
        return false;
    }

    /** Forwards inside forwards are followed this deep, which no real chain exceeds. */
    private static final int DEPTH = 4;

    private static Message message(Part mail, ZoneOffset outerOffset, int depth, List<FormatReader> readers) {
        String subject = decodeWords(mail.headers.getOrDefault("subject", ""));
        Instant sent = MailDates.parse(mail.headers.get("date"), outerOffset);
        ZoneOffset offset = MailDates.offset(mail.headers.get("date"), outerOffset);
        Body body = Body.of(mail, depth, readers);
        if (!body.digest.isEmpty() && depth < DEPTH) {
            List<Message> messages = new ArrayList<>();
            for (Part m : body.digest) {
                Message one = message(m, offset, depth + 1, readers);
                if (!one.body.isBlank()) {
                    messages.add(one);
                }
            }
            Subject s = Subject.clean(subject);
            return new Message(s.text, sent, offset, false, "", messages, List.of());
        }
        if (body.attached != null && depth < DEPTH) {
            // forwarded as an attachment: the attached message is the news, the outer text its forwarder's note
            Message inner = message(body.attached, offset, depth + 1, readers);
            if (inner != null && !inner.body.isBlank()) {
                return inner;
            }
        }
        String text = body.shown;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        boolean reply = REPLY.matcher(subject).lookingAt();
        MailForward fwd = reply ? null : MailForward.find(text, offset);
        int hops = 0;
        while (fwd != null && hops++ < DEPTH) {
            if (!fwd.subject().isBlank()) {
                subject = fwd.subject();
            }
            if (fwd.sent() != null) {
                sent = fwd.sent();
            }
            text = fwd.body();
            fwd = MailForward.find(text, offset);
        }
        if (body.document) {
            // a PDF or a Word statement under a cover note: read as the same file is when uploaded, but a mail has
            // a sending time, which stands when the file gives none
            Message m = fromFile(text, !body.html, sent, offset);
            return new Message("", m.sent() != null ? m.sent() : sent, offset, Subject.clean(subject).breaking,
                    m.body(), List.of(), m.stories());
        }
        boolean plain = !body.html;
        Instant stamped = publishedStamp(text, sent, offset);
        if (stamped != null) {
            sent = stamped; // "Published 23:05" by the byline: the story's own time, before the mail went out
        }
        text = MailFurniture.strip(text, reply, plain);
        Subject s = Subject.clean(subject);
        if (body.file) {
            // the file heads itself; the subject was its sender's label for it ("story from Goma")
            return new Message("", sent, offset, s.breaking, text, List.of(), stories(text, sent, offset, plain));
        }
        String below = belowHeadline(text, s.text);
        String above = stamped == null && sent != null ? aboveHeadline(text, s.text) : "";
        if (!above.isBlank()) {
            // a statement written into the mail under its own stamp line ("STATEMENT — 15 September 2025, 13:45
            // CEST" over its title): timed by the statement, not by when its press office sent it
            Instant own = fileStamp(above, sent, offset);
            sent = own != null ? own : sent;
        }
        List<Story> stories = stories(below, sent, offset, plain);
        return new Message(s.text, sent, offset, s.breaking, stories.isEmpty() ? withoutMasthead(below) : below,
                List.of(), stories);
    }

    /**
     * An uploaded file's text (a PDF's or a Word document's, as its reader gave it) read as the same file is when it
     * comes attached to a mail under a short note: without a statement's furniture (notes to editors, contacts,
     * disclaimers), its sections told apart where a report has stories, and timed by its own "Issued: ..." or
     * "Published ..." stamp near its top. A file has no sending time: with no stamp the message has none.
     *
     * @param received when it was uploaded; a stamp later than an hour after it is no stamp of this file's
     * @param offset   the desk's offset then, in which a stamp without a zone is read
     */
    static Message file(String text, Instant received, ZoneOffset offset) {
        boolean html = Html.isHtml(text, 0);
        return fromFile((html ? Html.toText(text, 0) : text).replace("\r\n", "\n").replace('\r', '\n'), !html,
                received, offset);
    }

    /** {@link #file} for the text a reader sees of the file ({@code plain}: it was plain text, not HTML). */
    private static Message fromFile(String shown, boolean plain, Instant received, ZoneOffset deskOffset) {
        boolean html = !plain;
        String t = withoutLeadingControls(shown);
        ZoneOffset stated = statedZone(t);
        ZoneOffset offset = stated != null ? stated : deskOffset;
        String wire = WireCopy.normalise(t);
        if (wire != null) {
            // a wire's printout: its stories are read as a live page's posts are, each by its own filing time
            return new Message("", null, offset, false, MailFurniture.strip(wire, false, true), List.of(), List.of());
        }
        Instant stamped = fileStamp(t, received, offset);
        t = withoutStampLine(t);
        t = MailFurniture.strip(t, false, !html);
        List<Story> stories = List.of();
        List<Story> items = stories(t, stamped, offset, !html);
        if (ledUnderTitle(t) && !newsItems(t.strip().lines().findFirst().orElse("").strip(), items)) {
            // one story: under its title, what stands above the lead (its stamp, read above; a report's number and
            // date; a label) is no text of it, as a single story's masthead in a mail is not
            String[] titled = t.strip().split("\n", 2);
            t = titled.length < 2 ? t : titled[0] + "\n\n" + withoutLabels(titled[1].strip());
        } else {
            stories = items;
        }
        return new Message("", stamped, offset, false, t, List.of(), stories);
    }

    /**
     * The zone a page, a log or a file states for all its times near its top ("All times AEDT", "All times local
     * (EEST, UTC+3)", "All times are Paris time (GMT+1)", "All times are GMT"), in which its bare times ("2:24pm")
     * are then read; {@code null} when it states none, or a zone this reader does not know.
     */
    static ZoneOffset statedZone(String text) {
        if (text == null) {
            return null;
        }
        String top = text.length() > 3000 ? text.substring(0, 3000) : text;
        if (!Text.containsIgnoreCase(top, "all times")) {
            return null; // asked of every upload: the pattern runs only where its words are
        }
        Matcher m = ALL_TIMES.matcher(top);
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            return offset(m.group(1), m.group(2), m.group(3));
        }
        Integer minutes = MailDates.ZONES.get(m.group(4).toUpperCase(Locale.ROOT));
        return minutes == null ? null : ZoneOffset.ofTotalSeconds(minutes * 60);
    }

    /** "+", "3", null: UTC+3; {@code null} past 14 hours, which no zone is. */
    private static ZoneOffset offset(String sign, String hours, String minutes) {
        int total = Integer.parseInt(hours) * 60 + (minutes == null ? 0 : Integer.parseInt(minutes));
        return total > 14 * 60 ? null : ZoneOffset.ofTotalSeconds((sign.equals("+") ? 1 : -1) * total * 60);
    }

    /** "All times AEDT", "All times local (EEST, UTC+3)", "All times are India Standard Time (UTC+5:30)". */
    private static final Pattern ALL_TIMES = Pattern.compile("(?i)\\ball times(?: are| shown| given| listed)?(?: in)?"
            + "(?: local)?[^\\n.]{0,40}?(?:\\b(?:UTC|GMT)\\s*([+-\u2212])(\\d{1,2})(?::?(\\d{2}))?"
            // a zone's letters, unless an offset follows them or comes after ("EEST, UTC+3", "GMT+1")
            + "|[\\s(:]\\s*(?-i:([A-Z]{2,5}))\\b(?!\\s*[+-\u2212]\\d)"
            + "(?![^\\n.]{0,30}?\\b(?:UTC|GMT)\\s*[+-\u2212]\\d))");

    /**
     * The text from its first line that is no marking or control ("PRESS RELEASE", "OFFICIAL", "Share") and no
     * label of the document's kind and number over its title ("SITUATION REPORT No. 3", "PRESS NOTE No.
     * 004-2026-COER-VIL"), which a reader passes over to the title.
     */
    private static String withoutLeadingControls(String text) {
        int at = 0;
        while (at < text.length()) {
            int eol = text.indexOf('\n', at);
            String line = (eol < 0 ? text.substring(at) : text.substring(at, eol)).strip();
            if (!line.isEmpty() && !Text.isPageControl(line)) {
                if (!DOCUMENT_LABEL.matcher(line).matches() || eol < 0) {
                    break;
                }
                String next = text.substring(eol + 1).strip().lines().findFirst().orElse("");
                if (!isHeading(next)) {
                    break;
                }
            }
            at = eol < 0 ? text.length() : eol + 1;
        }
        return text.substring(at);
    }

    /**
     * A statement's kind as it heads one, a file's first line or a mail's subject: "statement", "press release",
     * "FOR IMMEDIATE RELEASE". Written with plain spaces, so that its capitals are a pattern too.
     */
    static final String DOCUMENT_KINDS = "(?:(?:press |media |news |joint )?statement|(?:press|media|news) release"
            + "|for immediate release)";

    /**
     * A document's kind and number ("SITUATION REPORT No. 3", "Flash Update No. 2", "PRESS NOTE Nº 4"), or its kind
     * alone over its title ("PUBLIC STATEMENT", "Media release", "FOR IMMEDIATE RELEASE").
     */
    private static final Pattern DOCUMENT_LABEL = Pattern.compile(
            "\\p{Lu}[\\p{L} &/'-]{2,40}\\s+(?:No\\.?|N[º°o]\\.?|#)\\s*[\\w./-]{1,25}"
            + "|(?i:(?:(?:public|official) )?" + DOCUMENT_KINDS + "|media advisory|press note)[.:]?");

    /**
     * Whether a file's headed parts are its news items rather than a report's sections: three or more besides the
     * one its title heads, two in three of them headed as news is (five words or more, not in capitals, at most one
     * number: "Landslide buries houses in Barangay Maliwanag, San Teodoro"), where a report's parts are labels
     * ("SITUATION OVERVIEW", "Overview", "Timeline of events"), its annexes and its table rows.
     */
    private static boolean newsItems(String title, List<Story> stories) {
        List<Story> items = stories.isEmpty() || !stories.get(0).headline().equals(title) ? stories
                : stories.subList(1, stories.size());
        if (items.size() < 3) {
            return false;
        }
        int news = 0;
        for (Story s : items) {
            String h = s.headline();
            if (words(h) >= 5 && !h.equals(h.toUpperCase(Locale.ROOT)) && !REPORT_SECTION.matcher(h).matches()
                    && !NOT_ITEM.matcher(h).lookingAt() && h.split("\\s+\\(?[\\d.,]+%?\\)?(?=\\s|$)", -1).length <= 2) {
                news++;
            }
        }
        return news * 3 >= items.size() * 2;
    }

    /** A heading of a report's back matter or of a table's row, not of a news item. */
    private static final Pattern NOT_ITEM = Pattern.compile("(?i)(?:annex|appendix|table|figure|map|chart)\\b");

    /**
     * A story's text without the lines above its lead (a section's label, "1. Overview"; a byline), at most five
     * lines of 15 words or fewer, none telling casualties, as {@link #withoutMasthead} leaves out blocks; the text as
     * it is when no lead follows them.
     */
    private static String withoutLabels(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0, seen = 0; i < lines.length && seen <= 5; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (isParagraph(line)) {
                return i == 0 ? text : String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length));
            }
            if (++seen > 5 || words(line) > 15 || CASUALTY_WORD.matcher(line).find()) {
                return text;
            }
        }
        return text;
    }

    /**
     * Whether a file opens as one story does: its title, perhaps a stamp or a label under it, then its lead. The
     * report's sections under it ("SITUATION OVERVIEW", "Timeline of events") are then parts of that story; a
     * bulletin's items, each under its own heading straight under the bulletin's title, are stories.
     */
    private static boolean ledUnderTitle(String text) {
        String[] lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(6).toArray(String[]::new);
        for (int i = 1; i < lines.length; i++) {
            if (isParagraph(lines[i])) {
                return true;
            }
            if (words(lines[i]) > 15 || i > 3) {
                return false;
            }
        }
        return false;
    }

    /**
     * A file's own stamp among its first lines, anywhere in its line: "FLASH UPDATE No. 2 | Issued: 17 February
     * 2025, 09:00 (CAT, UTC+2)", "Date: Tuesday 8 July 2025 Time: 11:30 Ref: ...", "Published 21 May 2025, 16:00
     * (Port Sudan time, UTC+2)", read in the offset it states, else in {@code offset}; else a stamp as
     * {@link #publishedStamp} reads one. {@code null} when there is none, or it is later than an hour after
     * {@code received}.
     */
    static Instant fileStamp(String text, Instant received, ZoneOffset offset) {
        String[] lines = text.split("\n", 12);
        for (int i = 0; i < Math.min(lines.length, 10); i++) {
            String v = stampOf(lines[i]);
            if (v == null) {
                continue;
            }
            Matcher z = STATED_OFFSET.matcher(v);
            ZoneOffset zone = offset;
            ZoneOffset stated = z.find() ? offset(z.group(1), z.group(2), z.group(3)) : null;
            if (stated != null) {
                zone = stated;
                v = v.substring(0, z.start()) + v.substring(z.end()); // read as stated, not as the bare "GMT"
            }
            Instant at = MailDates.parse(v, zone);
            if (at != null && !at.isAfter(received.plus(java.time.Duration.ofHours(1)))) {
                return at;
            }
        }
        return publishedStamp(text, received, offset);
    }

    /**
     * The text without the line under its title that gives the file's stamp ("FLASH UPDATE No. 2 | Issued: 17
     * February 2025, 09:00 (CAT, UTC+2)"), read into its time and no sentence of its story.
     */
    private static String withoutStampLine(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0, seen = 0; i < lines.length && seen < 4; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (seen == 1 && !STAMP_FIRST.matcher(line).lookingAt() && !STAMP_OPENS.matcher(line).lookingAt()) {
                continue; // the title, unless the file opens with its date ("November 8, 2024 — 6:45 p.m. EST") or
                          // its stamp ("Issued at 21:10 IST, 3 February 2026")
            }
            String stamp = stampOf(line);
            if (stamp != null && MailDates.parse(stamp, ZoneOffset.UTC) != null) {
                lines[i] = "";
                return String.join("\n", lines);
            }
        }
        return text;
    }

    /**
     * What of a short line (25 words at most) may be a file's stamp: what follows "Issued:", "Date:", "Published"
     * ("Time: 11:30" read as the date's time), or the whole line when it names none ("SITUATION REPORT No. 4 |
     * Lembah Raya, 7 March 2026, 15:00 WITA (UTC+8)"); {@code null} for a longer line, which is text.
     */
    private static String stampOf(String line) {
        if (line.isBlank() || words(line) > 25) {
            return null;
        }
        Matcher m = FILE_STAMP.matcher(line);
        String v = m.find() ? m.group(1) : line;
        if (!DATE.matcher(v).find()) {
            // the date before the word: "Tuesday 14 October 2025 · Issued 17:00 · Bulletin No. 287"
            v = STAMP_WORD.matcher(line).replaceAll("");
        }
        // "14 August 2025 – 18:00 PKT", "7 March 2026 | 15:00", "3 December 2026 · 21:15 PET": the date's time after
        // a dash, a bar or a dot
        v = DATE_TIME_DASH.matcher(TIME_FIELD.matcher(v).replaceAll(", ")).replaceAll("$1, $2");
        // "As of 06:00H, 22 October 2025": the time before the date, in military style
        Matcher before = TIME_FIRST.matcher(v);
        return before.matches() ? before.group(2) + ", " + before.group(1) : v;
    }

    /** The words a file's stamp opens with: "Issued:", "Published on", "Date:". */
    private static final String STAMP_WORDS = "(?:issued|published|posted|released|date|dated|updated)(?: at| on)?";
    private static final Pattern FILE_STAMP = Pattern.compile("(?i)\\b" + STAMP_WORDS + "\\s*:?\\s+(.{6,80})");
    private static final Pattern TIME_FIRST = Pattern.compile("(?i)(?:as (?:of|at)\\s+)?(\\d{1,2}[:.]\\d{2}"
            + "(?:\\s*[ap]\\.?m\\.?)?(?:\\s+(?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?)?)h?(?:\\s*hrs?)?,?\\s+(?:on\\s+)?"
            + "(.*\\d{4}.*)");
    private static final Pattern DATE_TIME_DASH = Pattern.compile(
            "(\\d{4})\\s+[-\u2013\u2014|\u00b7]\\s+(\\d{1,2}[:.]\\d{2})");
    /** A line that opens with a date or a weekday: a stamp line, not a title. */
    private static final Pattern STAMP_FIRST = Pattern.compile(
            "(?i)(?:\\d{1,2}(?:\\s+|-)\\p{L}{3,9}\\.?(?:,?\\s+|-)\\d{4}"
            + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}{0,6}\\.?\\s+\\d{1,2},?\\s+\\d{4}"
            + "|(?:mon|tue|wed|thu|fri|sat|sun)\\p{L}{0,6},?\\s+\\d|\\d{4}-\\d{2}-\\d{2})");
    /** A line that opens with a stamp's word: "Issued at 21:10 IST, 3 February 2026", "Date: 8 July 2025". */
    private static final Pattern STAMP_OPENS = Pattern.compile("(?i)" + STAMP_WORDS + "\\s*:?\\s+\\S");
    private static final Pattern STAMP_WORD = Pattern.compile(
            "(?i)\\b(?:issued|published|posted|released|updated)(?: at| on)?:?\\s*");
    private static final Pattern DATE = Pattern.compile("\\d{4}");
    /** "Time: 11:30" after a date field, as a release's header writes it. */
    private static final Pattern TIME_FIELD = Pattern.compile("(?i)\\s*\\btime\\s*:\\s*");
    /** An offset a stamp states beside a zone's name: "(CAT, UTC+2)", "GMT+3", "UTC-05:00". */
    private static final Pattern STATED_OFFSET = Pattern.compile(
            "(?i)\\b(?:UTC|GMT)\\s*([+-\u2212])(\\d{1,2})(?::?(\\d{2}))?\\b");

    /**
     * A single story's text without what stands above its first paragraph: a report's masthead ("MOZAMBIQUE:
     * TROPICAL CYCLONE HALIMA" / "Flash Update No. 1 | 10 February 2025"), its fields ("Operation ID: ...
     * Budget: CHF 412,000"), a section's label ("SITUATION OVERVIEW", "1. Situation"). Up to six such blocks of 80
     * words in all, none telling casualties, and only where a paragraph follows them; otherwise the text as it is.
     */
    static String withoutMasthead(String text) {
        String[] blocks = text.split("\n\\s*\n");
        int words = 0;
        for (int b = 0; b < blocks.length && b <= 6; b++) {
            String joined = blocks[b].strip().replaceAll("\\s+", " ");
            if (joined.isEmpty()) {
                continue;
            }
            if (isParagraph(joined)) {
                if (b == 0) {
                    return text;
                }
                return String.join("\n\n", java.util.Arrays.copyOfRange(blocks, b, blocks.length)).strip();
            }
            words += words(joined);
            if (words > 80 || CASUALTY_WORD.matcher(joined).find()) {
                return text;
            }
        }
        return text;
    }

    private static final Pattern CASUALTY_WORD = Pattern.compile(
            "(?i)\\b(?:killed|dead|deaths?|died|injured|injuries|wounded|missing|casualties|fatalit)");

    /**
     * The time a story's own stamp near its top gives ("By ... · Published 23:05", "Published at 4.05pm"), a clock
     * time in the mail's zone on the day it was sent, or the day before when that is later than the sending;
     * {@code null} when the first lines give none, or give a date (read elsewhere).
     */
    private static Instant publishedStamp(String text, Instant sent, ZoneOffset offset) {
        if (sent == null) {
            return null;
        }
        String[] lines = text.split("\n", 12);
        for (int i = 0; i < Math.min(lines.length, 10); i++) {
            Matcher dated = ISSUED.matcher(lines[i].strip());
            if (dated.matches()) {
                // "Issued: 14:30, Wednesday 21 August 2024", "Published 3 December 2026 09:12"
                Instant at = MailDates.parse(dated.group(2) + " " + dated.group(1), offset);
                at = at != null ? at : MailDates.parse(dated.group(3), offset);
                if (at != null && !at.isAfter(sent.plus(java.time.Duration.ofHours(1)))) {
                    return at;
                }
            }
            Matcher m = PUBLISHED.matcher(lines[i]);
            if (m.find()) {
                Instant at = at(sent, offset, m);
                return at == null ? null : at.isAfter(sent) ? at.minus(java.time.Duration.ofDays(1)) : at;
            }
        }
        return null;
    }

    /** A clock time as a mail's stamps write it: hour, minute, and "a" or "p" ("14:30", "4.05pm"). */
    private static final String CLOCK = "(\\d{1,2})[:.](\\d{2})\\s*(?:([ap])\\.?m\\.?)?";

    /** A release's stamp line with its date: "Issued: 14:30, Wednesday 21 August 2024"; groups: time, date, all. */
    private static final Pattern ISSUED = Pattern.compile("(?i)(?:issued|published|posted)(?: at| on)?:?\\s+"
            + "(?=((?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?),?\\s*(.*))(.{6,60})");

    /** A story's stamp with a clock time and no date: "Published 23:05", "Posted at 4.05pm". */
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?i)\\b(?:published|posted)(?: at)?:?\\s+" + CLOCK + "(?![\\d/.-]|\\s*\\w+ \\d)");

    /** Of a body's first lines, how many are looked at for the subject's headline repeated. */
    private static final int TOP_LINES = 8;

    /**
     * The body without the subject's headline repeated at its top, and without what stands above it there: a
     * label ("BREAKING NEWS"), a release's "NEWS RELEASE | FOR IMMEDIATE RELEASE" line, a list's name. The
     * headline is the subject's; here it would open the text as its first sentence.
     */
    private static String belowHeadline(String body, String subject) {
        if (letters(subject).length() < 12) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        int i = headlineLine(lines, subject);
        if (i >= 0) {
            int j = i + 1;
            while (j < lines.length && (lines[j].isBlank() || UNDER_TITLE.matcher(lines[j].strip()).matches())) {
                j++; // a report's "As of 5 December 2026, 14:00 local time", its "SITUATION OVERVIEW"
            }
            List<String> rest = new ArrayList<>(List.of(lines).subList(j, lines.length));
            dropByline(rest);
            return String.join("\n", rest).strip();
        }
        List<String> all = new ArrayList<>(List.of(lines));
        return dropByline(all) ? String.join("\n", all).strip() : body;
    }

    /** What stands above the subject's headline repeated at the body's top; empty when it is not repeated there. */
    private static String aboveHeadline(String body, String subject) {
        if (letters(subject).length() < 12) {
            return "";
        }
        String[] lines = body.split("\n", -1);
        int i = headlineLine(lines, subject);
        return i < 0 ? "" : String.join("\n", List.of(lines).subList(0, i));
    }

    /** The index of the line among the body's first {@link #TOP_LINES} that repeats the subject; -1 if none. */
    private static int headlineLine(String[] lines, String subject) {
        String key = letters(subject);
        for (int i = 0, seen = 0; i < lines.length && seen < TOP_LINES; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            seen++;
            String line = letters(Subject.clean(lines[i]).text);
            boolean same = line.equals(key) || (line.length() >= 12
                    && (key.startsWith(line) || line.startsWith(key))
                    && Math.min(line.length(), key.length()) >= 0.6 * Math.max(line.length(), key.length()));
            if (same) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Drops the writer's name standing alone on its line among the first lines under a post's title, after its
     * subtitle if it has one and before its first paragraph ("Hannah Okafor" in a Substack post, whose date line
     * under it is read as the title's date): a byline without its "By". Whether one was dropped.
     */
    private static boolean dropByline(List<String> lines) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < 3; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (BYLINE_NAME.matcher(line).matches()) {
                int next = i + 1;
                while (next < lines.size() && (lines.get(next).isBlank() || DATE_LINE.matcher(lines.get(next).strip())
                        .matches())) {
                    next++; // the post's date under its writer's name
                }
                if (next < lines.size() && isParagraph(lines.get(next).strip())) {
                    lines.remove(i);
                    return true;
                }
                return false;
            }
            if (!isParagraph(line) && !MailFurniture.isSentence(line)) {
                return false; // not a subtitle: the text has begun otherwise
            }
        }
        return false;
    }

    /** A date alone on its line: "Dec 3, 2026", "3 December 2026". */
    private static final Pattern DATE_LINE = Pattern.compile("(?:[\\p{L}\\d.,]+ ){1,3}\\d{4}");

    /** A person's name alone: two or three capitalised words ("Hannah Okafor", "Mary-Jane O'Neil"). */
    private static final Pattern BYLINE_NAME = Pattern.compile(
            "\\p{Lu}[\\p{Ll}'\u2019-]+(?: \\p{Lu}\\.)?(?: \\p{Lu}[\\p{L}'\u2019-]+){1,2}");

    /** Under a report's title, before its text: its date line, a section's label in capitals. */
    private static final Pattern UNDER_TITLE = Pattern.compile("(?i:as of|as at|issued|published|updated)\\b[^.]{0,60}"
            + "\\d{4}\\b[^.]{0,40}|\\p{Lu}[\\p{Lu} &/-]{2,40}");

    /**
     * One story of a briefing or post of a notification.
     *
     * @param headline its heading, or "" for a post under its author's name
     * @param body     its paragraphs
     * @param at       its own time (a post's stamp under it), or {@code null}
     */
    record Story(String headline, String body, Instant at) {
    }

    /** Lines the stories of a briefing end on: its buttons and its alerts' own links. */
    private static final Pattern STORY_END = Pattern.compile(
            "(?i)(?:read|see|continue reading|full story|more)\\b.{0,30}|flag as irrelevant|see more results.*"
                    + "|(?:partner content|sponsored|advertisement|promoted)\\b.*");

    /**
     * The stories of a briefing or an alerts digest, each a heading (a line of 3-25 words not ending as a sentence
     * does) over its paragraphs (lines of 10 words or more ending as sentences do), perhaps with its source's name
     * between ("Los Angeles Times"). A story ends at the first line that is no paragraph: a "Read more" button, a
     * sponsor's block, the footer. Fewer than two such stories, or text before the first (an article's lead under
     * its title, whose sub-headings head no stories): an empty list, and the text stays one story.
     */
    static List<Story> stories(String body, Instant sent, ZoneOffset offset, boolean plain) {
        String[] lines = figureLists(blocks(body, plain));
        List<Story> out = new ArrayList<>();
        int before = 0; // paragraphs before the first story: an intro, or an article's lead
        int sponsor = -10; // where a sponsor's label stood: the story under it is an advertisement
        int i = 0;
        while (i < lines.length) {
            if (SPONSOR.matcher(lines[i]).matches()) {
                sponsor = i++;
                continue;
            }
            Matcher runIn = RUN_IN.matcher(lines[i]);
            if (runIn.matches() && words(runIn.group(2)) >= 10) {
                // "ON THE HILL — House appropriators released ...": a heading run into its story's paragraph
                int end = paragraphsFrom(lines, i + 1);
                // its link's words after its last sentence ("... want offsets. Read the summary") are no text
                List<String> text = new ArrayList<>(List.of(TRAILING_BUTTON.matcher(runIn.group(2)).replaceFirst("")));
                text.addAll(java.util.Arrays.asList(lines).subList(i + 1, end));
                if (i - sponsor > 1) {
                    out.add(new Story(runIn.group(1), String.join("\n\n", text), null));
                }
                i = end;
                continue;
            }
            int first = -1;
            Matcher updated = UPDATE_HEADING.matcher(lines[i]);
            boolean update = updated.matches();
            if ((update || isHeading(lines[i]) || CAPS_HEADING.matcher(lines[i]).matches()) && i + 1 < lines.length) {
                if (isParagraph(lines[i + 1])) {
                    first = i + 1;
                } else if (i + 2 < lines.length && (FILED.matcher(lines[i + 1]).lookingAt()
                        || CALLED.matcher(lines[i + 1]).lookingAt()) && isParagraph(lines[i + 2])) {
                    // a wire story's "Filed 07:12 GMT | By Adaeze Nwosu" under its heading, an incident's "Time of
                    // call: 02:14 · Wren Close, Aldergate"
                    first = i + 2;
                } else if (i + 2 < lines.length && words(lines[i + 1]) <= 5 && !isHeadingEnd(lines[i + 1])
                        && !UPDATE_HEADING.matcher(lines[i + 1]).matches() && isParagraph(lines[i + 2])) {
                    first = i + 2; // a source's or writer's name under the heading
                }
            }
            if (first < 0) {
                if (out.isEmpty() && isParagraph(lines[i]) && ++before > 1) {
                    return List.of(); // an article's lead under its title: its sub-headings head no stories
                }
                i++;
                continue;
            }
            int end = paragraphsFrom(lines, first);
            String text = String.join("\n\n", java.util.Arrays.copyOfRange(lines, first, end));
            Instant at = null;
            if (update && sent != null) {
                // "UPDATE 14:30" over a release: that time on the day the mail was sent, in its zone
                at = at(sent, offset, updated);
            } else if (first == i + 2) {
                at = MailDates.parse(lines[i + 1], offset); // "Issued: 3 December 2026 09:12" under the heading
                Matcher last = LAST_UPDATED.matcher(lines[i + 1]);
                Matcher filed = FILED.matcher(lines[i + 1]);
                Matcher called = CALLED.matcher(lines[i + 1]);
                if (at == null && sent != null && last.matches()) {
                    at = at(sent, offset, last); // "Last updated 16:40": that time on the day sent, in its zone
                } else if (at == null && sent != null && filed.lookingAt()) {
                    at = at(sent, filed.group(4) != null ? ZoneOffset.UTC : offset, filed);
                } else if (at == null && sent != null && called.lookingAt()) {
                    at = at(sent, offset, called);
                    at = at.isAfter(sent) ? at.minus(java.time.Duration.ofDays(1)) : at;
                }
            }
            if (at == null && sent != null && i > 0 && words(lines[i - 1]) <= 12 && !isParagraph(lines[i - 1])) {
                at = kickerStamp(lines[i - 1], sent, offset); // "INCIDENT 1 · 06 May, 23:50 · Baringo County"
            }
            Matcher stamp = end < lines.length ? POST_STAMP.matcher(lines[end]) : null;
            if (at == null && stamp != null && stamp.matches()) {
                // a post's stamp under it ("3:41 AM · Dec 3, 2026"), in the mail's zone when it names none
                at = MailDates.parse(stamp.group(2) + " " + stamp.group(1), offset);
                end++;
            }
            if (i - sponsor > 1) {
                String heading = AUTHOR.matcher(lines[i]).matches() ? "" : NUMBERED.matcher(lines[i]).replaceFirst("");
                out.add(new Story(heading, LEAD_LABEL.matcher(text).replaceFirst(""), at));
            }
            i = end;
        }
        if (out.stream().allMatch(story -> REPORT_SECTION.matcher(story.headline()).matches())) {
            return List.of(); // one report's sections ("SITUATION OVERVIEW", "2. Key figures"), not its stories
        }
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * The time a bulletin's item gives in the line over its heading, among its number and place ("INCIDENT 1 · 06
     * May, 23:50 · Baringo County"), read in the document's zone in the year of its stamp (the year before when that
     * would be more than a day after it); {@code null} when the line gives no day and time.
     */
    static Instant kickerStamp(String line, Instant sent, ZoneOffset offset) {
        Matcher m = KICKER_DATE.matcher(line);
        if (!m.find()) {
            return null;
        }
        int year = sent.atOffset(offset).getYear();
        Instant at = MailDates.parse(m.group(1) + " " + m.group(2) + " " + year + " " + m.group(3), offset);
        if (at != null && at.isAfter(sent.plus(java.time.Duration.ofDays(1)))) {
            at = MailDates.parse(m.group(1) + " " + m.group(2) + " " + (year - 1) + " " + m.group(3), offset);
        }
        return at;
    }

    private static final Pattern KICKER_DATE = Pattern.compile("(?i)(?:^|[\\s\u00b7|\u2022,-])(\\d{1,2})\\s+"
            + "(" + Months.ALTERNATION + ")\\.?,?\\s+(?:at\\s+)?(\\d{1,2}[:.]\\d{2})\\b");

    /** The sections every situation report has, which head no stories of their own. */
    private static final Pattern REPORT_SECTION = Pattern.compile("(?i)(?:\\d{1,2}[.)]\\s*)?(?:the )?(?:situation"
            + "(?: overview| update| summary| in numbers)?|overview|summary|background|highlights"
            + "|key (?:figures|messages|points|developments)"
            + "|(?:humanitarian |emergency |operational )?(?:response|needs|priorities)|needs"
            + "(?: and gaps)?|gaps(?: and constraints)?|constraints|access|coordination|funding|financial overview"
            + "|response (?:and|&) needs|contacts?(?: information)?|for further information|next steps|impact"
            + "|at a glance|in numbers"
            + "|(?:health|shelter|wash|food security|protection|logistics|education|nutrition)(?: and \\w+)?)");

    /**
     * Where the paragraphs from {@code from} end: at a line that is none, or the next heading run into its text. A
     * key-figures list ({@link #figureLists}) is part of its story, which goes on under it.
     */
    private static int paragraphsFrom(String[] lines, int from) {
        int end = from;
        while (end < lines.length && (isParagraph(lines[end]) || FIGURE_LIST.matcher(lines[end]).matches())
                && !RUN_IN.matcher(lines[end]).matches()) {
            end++;
        }
        return end;
    }

    /**
     * A sitrep's key figures, each a number over its label ("Key figures" / "23" / "people killed" / "9" / "people
     * missing"), as one line of prose: "Key figures: 23 people killed; 9 people missing." As separate lines the
     * list ended its story, and the story's figures and the paragraphs under the list were lost. A wrapped plain
     * part has the list as one line already, its items joined with " · " ({@link #addRun}).
     */
    private static String[] figureLists(String[] lines) {
        List<String> all = java.util.Arrays.asList(lines); // a view: sublists of it copy nothing
        List<String> out = new ArrayList<>(lines.length);
        int i = 0;
        while (i < lines.length) {
            String joined = lines[i].contains(" \u00b7 ") ? figureList(List.of(lines[i].split(" \u00b7 "))) : null;
            if (joined != null) {
                out.add(joined);
                i++;
                continue;
            }
            // on separate lines: a title, then numbers each over its label
            int end = NUMBER_LINE.matcher(lines[i]).matches() ? i : i + 1;
            while (end + 1 < lines.length && NUMBER_LINE.matcher(lines[end]).matches()
                    && FIGURE_LABEL.matcher(lines[end + 1].strip()).matches()) {
                end += 2;
            }
            String list = end - i >= 4 ? figureList(all.subList(i, end)) : null;
            if (list != null) {
                out.add(list);
                i = end;
            } else {
                out.add(lines[i++]);
            }
        }
        return out.toArray(String[]::new);
    }

    /** {@code items} as a key-figures line: a short title or none, then two or more numbers each with its label. */
    private static String figureList(List<String> items) {
        int k = 0;
        String title = "Key figures";
        if (!items.isEmpty() && !NUMBER_LINE.matcher(items.get(0)).matches()) {
            title = items.get(0).strip().replaceFirst(":$", "");
            if (!LIST_TITLE.matcher(title).matches()) {
                return null;
            }
            k++;
        }
        if ((items.size() - k) % 2 != 0 || items.size() - k < 4) {
            return null;
        }
        List<String> pairs = new ArrayList<>();
        for (; k < items.size(); k += 2) {
            String label = items.get(k + 1).strip();
            if (!NUMBER_LINE.matcher(items.get(k)).matches() || !FIGURE_LABEL.matcher(label).matches()) {
                return null;
            }
            pairs.add(items.get(k).strip() + " " + label);
        }
        return title + ": " + String.join("; ", pairs) + ".";
    }

    /** A figure alone on its line: "23", "41,200", "31%". */
    private static final Pattern NUMBER_LINE = Pattern.compile("\\s*\\d[\\d.,]*\\s*%?\\s*");
    /** A figure's label under it: "people killed", "accommodation centres open"; a few words, no figure. */
    private static final Pattern FIGURE_LABEL = Pattern.compile("\\p{L}[\\p{L}'\u2019()/ -]{1,60}");
    /** A list's title: "Key figures", "In numbers", "At a glance"; a few words, no sentence. */
    private static final Pattern LIST_TITLE = Pattern.compile("\\p{Lu}[\\p{L}'\u2019 ]{1,30}");
    /** A key-figures list as {@link #figureLists} writes it. */
    private static final Pattern FIGURE_LIST = Pattern.compile(
            "[^:;]{1,32}: \\d[\\d.,]*%? [^;]{1,62}(?:; \\d[\\d.,]*%? [^;]{1,62})+\\."
                    // and a story's own "At a glance: 14 dead, 40 injured, 3 missing."
                    + "|[^:;]{1,32}: \\d[\\d,]*%? [^;,\\d]{1,40}(?:, (?:and )?\\d[\\d,]*%? [^;,\\d]{1,40})+\\.");

    /**
     * The body's lines as stories are looked for in them: in a plain part, the lines of a paragraph (wrapped at 72
     * or 76 characters) joined, a rule or a marked heading ("** Heading") parting paragraphs as a blank line does;
     * a link after a heading ("Heading (https://...)", as Mailchimp writes it) left out.
     */
    private static String[] blocks(String body, boolean plain) {
        plain = plain && wrapped(body);
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String raw : body.split("\n", -1)) {
            // each pattern asked only where the line's first or last character lets it match: a long mail has a
            // million lines, and building a matcher costs more than reading most of them
            String stripped = raw.strip();
            boolean marked = !stripped.isEmpty() && "*#>".indexOf(stripped.charAt(0)) >= 0
                    && MARKUP.matcher(stripped).lookingAt();
            String line = marked ? MARKUP.matcher(stripped).replaceFirst("") : stripped;
            if (line.endsWith(")") || line.endsWith(">")) {
                line = TRAILING_LINK.matcher(line).replaceFirst("");
            }
            boolean rule = line.length() >= 3 && "-=_*~\u2014\u2500 ".indexOf(line.charAt(0)) >= 0
                    && RULE.matcher(line).matches();
            if (!plain || line.isEmpty() || rule || marked) {
                addRun(out, run);
                if (!line.isEmpty() && !rule) {
                    out.add(line);
                }
                continue;
            }
            run.add(line);
        }
        addRun(out, run);
        return out.toArray(String[]::new);
    }

    /** Lines of wrapped text run to this width or near it; a shorter line before the last is no wrapped line. */
    static final int WRAP = 50;

    /**
     * A run of plain lines between blank lines: a wrapped paragraph joined; a short line over one (a heading over
     * its text) kept apart; anything else a list ("Key figures" / "23" / "people killed"), joined with " · " so it
     * is neither a heading nor a paragraph.
     */
    private static void addRun(List<String> out, List<String> run) {
        int n = run.size();
        if (n == 0) {
            return;
        }
        if (n >= 2 && FILED.matcher(run.get(n - 1)).lookingAt()) {
            // a heading over its stamp ("Filed 08:05 GMT | By ..."): a heading long enough to look wrapped
            String stamp = run.get(n - 1);
            addRun(out, new ArrayList<>(run.subList(0, n - 1)));
            out.add(stamp);
            run.clear();
            return;
        }
        if (n == 1 || run.subList(0, n - 1).stream().allMatch(l -> l.length() >= WRAP)) {
            out.add(String.join(" ", run));
        } else if (run.subList(1, n - 1).stream().allMatch(l -> l.length() >= WRAP)) {
            out.add(run.get(0));
            out.add(String.join(" ", run.subList(1, n)));
        } else {
            out.add(String.join(" \u00b7 ", run));
        }
        run.clear();
    }

    /**
     * Whether plain text is wrapped, its paragraphs broken into lines at 72-78 characters: nearly all of its longer
     * lines are that short. A part that writes a paragraph a line (Google Alerts' snippets, flowed text) is not.
     */
    private static boolean wrapped(String body) {
        int longer = 0;
        int within = 0;
        for (String line : body.split("\n")) {
            int n = line.strip().length();
            if (n > 40) {
                longer++;
                within += n <= 80 ? 1 : 0;
            }
        }
        return longer >= 5 && within >= 0.8 * longer;
    }

    /** A sentence ending inside a line ("... in November. (Photo ...)"): a caption or prose, no heading. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}{2}[.!?]\\s+[\\p{Lu}(\u201c\"]");

    private static final Pattern TRAILING_BUTTON = Pattern.compile(
            "(?<=[.!?\u201d\"])\\s+(?:Read|See|Watch|Listen to|Continue reading)\\b[^.!?]{0,40}$");
    /** Two to six words in capitals: a section's heading. */
    private static final String CAPITALS = "\\p{Lu}[\\p{Lu}\\d'\u2019&/-]*(?: [\\p{Lu}\\d'\u2019&/-]+){1,5}";
    /** A section's heading in capitals over its text: "DRIVING THE DAY". */
    private static final Pattern CAPS_HEADING = Pattern.compile(CAPITALS);
    /** A heading in capitals run into its paragraph: "ON THE HILL — House appropriators ...". */
    private static final Pattern RUN_IN = Pattern.compile("(" + CAPITALS + ") [\u2014\u2013] (\\p{Lu}.+)");

    /** A sponsor's label over its block: "PRESENTED BY", "A MESSAGE FROM ...", "Sponsored", "Advertisement". */
    private static final Pattern SPONSOR = Pattern.compile("(?i)(?:presented by|sponsored(?: by)?|a message from"
            + "|in partnership with|brought to you by|paid (?:post|content)|partner content|advertisement"
            + "|become a (?:member|subscriber|supporter)|support (?:our|independent) journalism)\\b.{0,80}");
    /** A briefing's number before its heading: "1. Bus falls into gorge ...". */
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+");
    /** A label in bold opening a story's text ("Driving the news: ", "Why it matters: "), not a dateline's capitals. */
    private static final Pattern LEAD_LABEL = Pattern.compile(
            "^(?=[^:]{0,40}\\p{Ll})\\p{Lu}[\\p{L}\u2019']*(?:[ ,]+[\\p{L}\u2019']+){0,3}:\\s+(?=[\\p{Lu}\\d\u201c\"])");
    private static final Pattern TRAILING_LINK = Pattern.compile("\\s*[(<]https?://[^)>\\s]*[)>]$");

    /** An update's heading over a release: "UPDATE 14:30", "Update: 4.05pm". */
    private static final Pattern UPDATE_HEADING = Pattern.compile("(?i)(?:update|updated|latest)[:\\s]+" + CLOCK);

    /** A wire story's stamp under its heading: "Filed 07:12 GMT | By Adaeze Nwosu"; GMT or UTC in group 4. */
    private static final Pattern FILED = Pattern.compile("(?i)(?:filed|posted|sent|moved)(?: at)?:?\\s+" + CLOCK
            + "\\s*(GMT|UTC|Z)?\\b(?:\\s*[|\u00b7,]\\s*(?:By\\s.{2,60})?)?$");

    /** An incident's time under its heading in a service's bulletin: "Time of call: 02:14 · Wren Close". */
    private static final Pattern CALLED = Pattern.compile("(?i)(?:time of (?:call|incident)|call received|time)"
            + "\\s*:\\s*" + CLOCK + "\\b");

    /** A section's time under its heading: "Last updated 16:40", "Updated at 4.05pm". */
    private static final Pattern LAST_UPDATED = Pattern.compile("(?i)(?:last )?(?:update|updated)(?: at)?[:\\s]+"
            + CLOCK);

    private static Instant at(Instant sent, ZoneOffset offset, Matcher hm) {
        ZoneOffset z = offset != null ? offset : ZoneOffset.UTC;
        int hour = Integer.parseInt(hm.group(1));
        if (hm.group(3) != null) {
            hour = hour % 12 + (hm.group(3).equalsIgnoreCase("p") ? 12 : 0);
        }
        try {
            return sent.atOffset(z).toLocalDate().atTime(hour, Integer.parseInt(hm.group(2))).toInstant(z);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A post's stamp on its own line: "3:41 AM · Dec 3, 2026", "14:05 · 3 Dec 2026". */
    static final Pattern POST_STAMP = Pattern.compile(
            "(?i)(\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)"
                    + "\\s*[\\u00b7|,\\-\\u2013]\\s*(.{6,30}\\d{4})");
    /** A post's author over it: "NSW Police Force @nswpolice". */
    private static final Pattern AUTHOR = Pattern.compile(".{1,60}\\s@[A-Za-z0-9_]{1,30}");
    private static final Pattern MARKUP = Pattern.compile("^(?:[*#>]+\\s*)+");
    private static final Pattern RULE = Pattern.compile("[-=_*~\\u2014\\u2500 ]{3,}");
    /** No story's heading: a masthead ("Morning Briefing · Friday 4 December"), a date line, a key figure. */
    private static final Pattern NO_HEADING = Pattern.compile("(?i).*\\s[\\u00b7|\\u2022]\\s.*"
            + "|(?:as of|as at|updated|last updated|published|posted|issued)\\b.*|[^:]{1,40}:\\s*[\\d.,%]+"
            + "|(?:\\w+,? ){0,2}\\d{1,2} \\w+ \\d{4}|\\w+ \\d{1,2}, \\d{4}");
    /** No story's text: a greeting ("Good evening. Here's what happened ..."). */
    private static final Pattern GREETING = Pattern.compile(
            "(?i)(?:good (?:\\w+ )?(?:morning|afternoon|evening)|hello|hi|hey|dear|welcome)\\b.*");

    private static boolean isHeading(String line) {
        if (line.contains("://")) {
            return false; // a link's line
        }
        int w = words(line);
        char last = line.charAt(line.length() - 1);
        // an address ("EARO Regional Office, UN Avenue, Block Q, Gigiri") is no heading: three commas or more
        return w >= 3 && w <= 25 && line.length() <= 160 && ".:;,".indexOf(last) < 0
                && line.chars().filter(ch -> ch == ',').count() < 3
                && (Character.isUpperCase(line.codePointAt(0)) || Character.isDigit(line.charAt(0)))
                && line.chars().anyMatch(Character::isLowerCase) && !isHeadingEnd(line)
                && !NO_HEADING.matcher(line).matches() && !Captions.isCaption(line)
                && !SENTENCE_INSIDE.matcher(line).find();
    }

    private static boolean isHeadingEnd(String line) {
        return STORY_END.matcher(line).matches() || MailFurniture.LINE.matcher(line).matches();
    }

    private static boolean isParagraph(String line) {
        char last = line.charAt(line.length() - 1);
        // lines run together with " · " are a masthead's or a list's ({@link #addRun}), whatever they end with
        return words(line) >= 10 && ".!?\"\u201d\u2019)".indexOf(last) >= 0 && !GREETING.matcher(line).matches()
                && !line.contains(" \u00b7 ");
    }

    private static int words(String line) {
        return line.split("\\s+").length;
    }

    /** Lower-cased letters and digits only: a headline as compared, whatever its dashes and quotes. */
    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // MIME

    private static final Pattern BOUNDARY = Pattern.compile("(?i)\\bboundary\\s*=\\s*(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern REPLY = Pattern.compile("(?i)\\s*(?:\\[[^\\]]{1,40}]\\s*)*(?:re|aw|sv|vs)\\s*:");

    /** One MIME entity: its headers (names lower-cased, folded lines joined) and its raw body. */
    private static final class Part {
        final Map<String, String> headers;
        final String body;

        private Part(Map<String, String> headers, String body) {
            this.headers = headers;
            this.body = body;
        }

        /** The entity in {@code text}: headers up to the first blank line; {@code null} if there is no header. */
        static Part parse(String text) {
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            int i = 0;
            int n = text.length();
            while (i < n && (text.charAt(i) == '\uFEFF' || text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
                i++;
            }
            if (text.startsWith("From ", i)) { // an mbox separator line, as some clients save
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            }
            String name = null;
            StringBuilder value = new StringBuilder();
            int limit = Math.min(n, i + HEADERS_WITHIN);
            while (i < n) {
                int lineStart = i;
                int eol = text.indexOf('\n', i);
                int end = eol < 0 ? n : eol;
                String line = text.substring(i, end > i && text.charAt(end - 1) == '\r' ? end - 1 : end);
                i = eol < 0 ? n : eol + 1;
                if (line.isEmpty()) {
                    break; // the blank line: the body follows
                }
                if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                    value.append(' ').append(line.strip()); // a folded header's next line
                } else {
                    int colon = line.indexOf(':');
                    if (colon <= 0 || line.substring(0, colon).chars().anyMatch(c -> c <= ' ' || c > '~')) {
                        // no header: the block ended without its blank line, and this line opens the body
                        put(headers, name, value);
                        return headers.isEmpty() ? null : new Part(headers, text.substring(lineStart));
                    }
                    put(headers, name, value);
                    name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    value.setLength(0);
                    value.append(line.substring(colon + 1).strip());
                }
                if (i > limit) {
                    return null;
                }
            }
            put(headers, name, value);
            return headers.isEmpty() ? null : new Part(headers, i >= n ? "" : text.substring(i));
        }

        private static void put(Map<String, String> headers, String name, StringBuilder value) {
            if (name != null) {
                headers.putIfAbsent(name, value.toString()); // the first wins: SES's Received lines come on top
            }
        }

        String type() {
            String t = headers.getOrDefault("content-type", "text/plain");
            int semi = t.indexOf(';');
            return (semi < 0 ? t : t.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        }

        boolean isAttachment() {
            String d = headers.getOrDefault("content-disposition", "").toLowerCase(Locale.ROOT);
            return d.startsWith("attachment");
        }

        /** A file shown inline rather than attached ({@code application/pdf}, a part with a file name). */
        boolean isFile() {
            String t = type();
            return t.startsWith("application/") || headers.getOrDefault("content-disposition", "")
                    .toLowerCase(Locale.ROOT).contains("filename");
        }

        /** The body's bytes, decoded from base64 or quoted-printable; any other body as it was read. */
        byte[] bytes() {
            String encoding = headers.getOrDefault("content-transfer-encoding", "").strip();
            byte[] decoded = Mhtml.transferDecoded(body, encoding);
            return decoded != null ? decoded : body.getBytes(StandardCharsets.UTF_8);
        }

        /** The sub-parts of a multipart entity, in order. */
        List<Part> children() {
            List<Part> out = new ArrayList<>();
            Matcher b = BOUNDARY.matcher(headers.getOrDefault("content-type", ""));
            if (!b.find()) {
                return out;
            }
            String delimiter = "--" + (b.group(1) != null ? b.group(1) : b.group(2));
            int at = startOfLine(body, delimiter, 0);
            while (at >= 0) {
                int eol = body.indexOf('\n', at);
                if (eol < 0 || body.startsWith(delimiter + "--", at)) {
                    break;
                }
                int next = startOfLine(body, delimiter, eol + 1);
                String raw = body.substring(eol + 1, next < 0 ? body.length() : next);
                Part p = raw.startsWith("\n") || raw.startsWith("\r\n")
                        ? new Part(Map.of(), raw.substring(raw.indexOf('\n') + 1)) : parse(raw);
                if (p != null) {
                    out.add(p);
                }
                at = next;
            }
            return out;
        }

        /** The body decoded from its transfer encoding and charset; 7bit and 8bit were read in it already. */
        String decoded() {
            return Mhtml.decode(body, headers.getOrDefault("content-transfer-encoding", "").strip(),
                    Mhtml.charset(headers.getOrDefault("content-type", "")));
        }
    }

    /** Where {@code needle} starts a line of {@code s} at or after {@code from}, or -1. */
    private static int startOfLine(String s, String needle, int from) {
        int at = s.indexOf(needle, from);
        while (at > 0 && s.charAt(at - 1) != '\n') {
            at = s.indexOf(needle, at + 1);
        }
        return at;
    }


    /**
     * What a message's MIME tree gives: its text (plain or HTML), the text a reader sees of it ({@code shown}, read
     * from HTML once here), a message attached whole, if any, a digest's messages, whether the text came from an
     * attached file, and whether that file was a document a {@link FormatReader} read (a PDF, a Word file).
     */
    private record Body(String text, boolean html, Part attached, List<Part> digest, boolean file, String shown,
                        boolean document) {

        Body(String text, boolean html, Part attached, List<Part> digest, boolean file) {
            this(text, html, attached, digest, file, html ? Html.toText(text, 0) : text, false);
        }

        Body(String text, boolean html, Part attached) {
            this(text, html, attached, List.of(), false);
        }

        static Body of(Part p, int depth, List<FormatReader> readers) {
            String type = p.type();
            if (type.equals("message/rfc822")) {
                return new Body("", false, Part.parse(p.decoded()));
            }
            if (type.startsWith("multipart/") && depth <= DEPTH + 4) {
                List<Part> children = p.children();
                if (type.equals("multipart/alternative")) {
                    return alternative(children, depth, readers);
                }
                if (type.equals("multipart/digest")) {
                    return new Body("", false, null, digest(children), false);
                }
                Body first = null;
                Body file = null;
                Body read = null;
                Part attached = null;
                for (Part c : children) {
                    if (c.type().equals("multipart/digest")) {
                        // a list's digest: its messages are the news, its contents and footer parts are not
                        return new Body("", false, null, digest(c.children()), false);
                    }
                    if (c.type().equals("message/rfc822")) {
                        if (attached == null) {
                            attached = Part.parse(c.decoded());
                        }
                        continue;
                    }
                    String t = c.type();
                    if (c.isAttachment() || c.isFile()) {
                        if (file == null && (t.equals("text/plain") || t.equals("text/html"))) {
                            file = of(c, depth + 1, readers); // a story or a saved page sent as a file
                        } else if (file == null) {
                            file = read(c, readers); // a statement sent as a PDF or a Word file
                            read = file;
                        }
                    } else if (first == null) {
                        Body b = of(c, depth + 1, readers);
                        if (!b.text.isBlank()) {
                            first = b;
                        }
                        if (b.attached != null && attached == null) {
                            attached = b.attached;
                        }
                    }
                }
                if (file != null && !file.text.isBlank() && (first == null || note(first) < NOTE_WORDS
                        || read != null && (note(first) < FILE_NOTE_WORDS
                        || note(first) < FORWARDED_NOTE_WORDS && POINTS_TO_FILE.matcher(visible(first)).find()))) {
                    // "see attached": the file is the news, the few words above it its sender's note
                    return new Body(file.text, file.html, attached, List.of(), true, file.shown, file == read);
                }
                return first == null ? new Body("", false, attached)
                        : new Body(first.text, first.html, attached, List.of(), false, first.shown, false);
            }
            if (type.equals("text/html")) {
                return new Body(p.decoded(), true, null);
            }
            if (type.equals("text/plain") || type.equals("text/enriched") || type.isEmpty()) {
                String t = p.decoded();
                String ct = p.headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
                return new Body(ct.contains("format=flowed") ? unflow(t, ct.contains("delsp=yes")) : t, false,
                        null);
            }
            return new Body("", false, null);
        }

        /**
         * An attached file's text as the first of {@code readers} that accepts it reads it, or {@code null} when none
         * does or the file has no text to read (a scan, a locked PDF): the mail's own text and subject then stand.
         */
        private static Body read(Part c, List<FormatReader> readers) {
            byte[] bytes = null;
            for (FormatReader r : readers) {
                bytes = bytes == null ? c.bytes() : bytes;
                if (r.accepts(bytes)) {
                    try {
                        String text = r.read(bytes);
                        boolean html = Html.isHtml(text, 0);
                        return new Body(text, html, null);
                    } catch (FormatReader.Unreadable e) {
                        return null;
                    }
                }
            }
            return null;
        }

        /** Words under which the text beside an attached text file is a note about it. */
        private static final int NOTE_WORDS = 20;
        /**
         * The same for a PDF or a Word file: a press office's cover note runs longer ("Please find attached our
         * latest statement on the search for the crew of the fishing vessel Northern Tern.") than a reporter's "see
         * attached", and a statement written in the mail and also attached runs far longer than either.
         */
        private static final int FILE_NOTE_WORDS = 40;
        /**
         * The same for a note that says the news is in the file ("Please find attached Flash Update No. 1", "Flash
         * update from ERHCF attached"), however many forwards' headers and signatures it runs to.
         */
        private static final int FORWARDED_NOTE_WORDS = 150;
        private static final Pattern POINTS_TO_FILE = Pattern.compile("(?i)\\b(?:please )?(?:find|see) (?:the )?"
                + "attached\\b|\\battached (?:is|are|please find|you will find)\\b|\\b(?:update|statement|release"
                + "|report|note|sitrep|bulletin)s?(?: from [\\p{L} ]{2,40})? (?:is |are )?attached\\b");

        /** The words of a mail's own text, without its greeting, signature, card and notices. */
        private static int note(Body b) {
            return words(MailFurniture.strip(visible(b), false, !b.html).strip());
        }

        private static String visible(Body b) {
            return b.shown.strip();
        }

        /**
         * The messages of a {@code multipart/digest}, whose parts are messages unless they say otherwise (RFC 2046):
         * a part with headers of its own and a blank line before the message, or the message itself.
         */
        private static List<Part> digest(List<Part> children) {
            List<Part> out = new ArrayList<>();
            for (Part c : children) {
                String ct = c.headers.get("content-type");
                if (c.headers.containsKey("from") || c.headers.containsKey("subject")) {
                    out.add(c); // the message written straight after the boundary
                } else if (ct == null || c.type().equals("message/rfc822")) {
                    Part m = Part.parse(c.decoded());
                    if (m != null) {
                        out.add(m);
                    }
                }
            }
            return out;
        }

        /**
         * The plain part, unless the HTML part says much more: a plain part that only says "view this email in a
         * browser" is a stub, and the news is in the HTML.
         */
        private static Body alternative(List<Part> children, int depth, List<FormatReader> readers) {
            Body plain = null;
            Body html = null;
            for (Part c : children) {
                Body b = of(c, depth + 1, readers);
                if (b.text.isBlank()) {
                    continue;
                }
                if (b.html && html == null) {
                    html = b;
                } else if (!b.html && plain == null) {
                    plain = b;
                }
            }
            if (plain == null) {
                return html == null ? new Body("", false, null) : html;
            }
            if (html != null && html.shown.length() > 2 * plain.text.strip().length()) {
                return html;
            }
            return plain;
        }
    }

    /** RFC 3676: a line ending in a space runs on into the next; a leading space was added to escape the line. */
    private static String unflow(String t, boolean delsp) {
        String[] lines = t.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder(t.length());
        for (String raw : lines) {
            String line = raw.startsWith(" ") ? raw.substring(1) : raw;
            if (line.endsWith(" ") && !line.equals("-- ")) {
                out.append(delsp ? line.substring(0, line.length() - 1) : line);
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** RFC 2047 encoded words ("=?UTF-8?Q?BREAKING:_Quake?="); whitespace between two of them is dropped. */
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]{1,40})\\?([BbQq])\\?([^?]*)\\?=");

    static String decodeWords(String value) {
        if (!value.contains("=?")) {
            return value.strip();
        }
        StringBuilder out = new StringBuilder();
        Matcher m = ENCODED_WORD.matcher(value);
        int last = 0;
        boolean previousEncoded = false;
        while (m.find()) {
            String between = value.substring(last, m.start());
            if (!(previousEncoded && between.isBlank())) {
                out.append(between);
            }
            Charset cs;
            try {
                cs = Charset.forName(m.group(1).replaceAll("\\*.*", ""));
            } catch (IllegalArgumentException e) {
                cs = StandardCharsets.UTF_8;
            }
            String data = m.group(3);
            try {
                byte[] bytes = m.group(2).equalsIgnoreCase("B") ? Base64.getDecoder().decode(data)
                        : Mhtml.quotedPrintable(data.replace('_', ' '));
                out.append(new String(bytes, cs));
            } catch (IllegalArgumentException e) {
                out.append(m.group());
            }
            last = m.end();
            previousEncoded = true;
        }
        out.append(value.substring(last));
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Subjects (forward blocks: MailForward; signatures, notices, quoted history: MailFurniture)

    /** A subject's reply and forward prefixes, list tags and Breaking labels. */
    private record Subject(String text, boolean breaking) {
        private static final Pattern PREFIX = Pattern.compile(
                "(?i)^\\s*(?:(?:re|fwd?|fw|aw|wg|tr|sv|vs|rv|rif|enc)\\s*(?:\\[\\d+])?\\s*:|\\[[^\\]]{1,40}])\\s*");
        private static final Pattern LABEL = Pattern.compile(
                "(?i)^\\s*(?:\\(?(?:breaking(?: news)?|urgent|flash|news alert|alert|just in|bulletin|live)\\)?"
                        + "\\s*(?:[:|\\-–—]+\\s*|\\s+(?=(?-i:\\p{Lu}))"
                        // a document's kind, no label: "Flash Update No. 1 - Kisogo landslide"
                        + "(?!(?:updates?|reports?|appeals?)\\s+(?:no\\.?|n[º°]|#)\\s*\\d))"
                        // a document's kind before its title, no Breaking label: "STATEMENT: Explosion at ...",
                        // "Press release: ..."; in capitals or with a colon only, as "Statement on the Route 14
                        // collision" is the title itself and Police Scotland's "Statement – Partial building
                        // collapse, Perth Road" is a title in that force's form
                        + "|(?:(?-i:" + DOCUMENT_KINDS.toUpperCase(Locale.ROOT) + ")\\s*[:|\\-–—]+|(?:"
                        + DOCUMENT_KINDS + ")\\s*:)\\s*)");
        private static final Pattern KIND = Pattern.compile("(?i)\\(?(?:breaking|urgent|flash|news alert|just in)");

        static Subject clean(String subject) {
            String s = subject.strip();
            boolean breaking = false;
            for (int guard = 0; guard < 10; guard++) {
                Matcher p = PREFIX.matcher(s);
                if (p.lookingAt() && p.end() < s.length()) {
                    s = s.substring(p.end());
                    continue;
                }
                Matcher l = LABEL.matcher(s);
                if (l.lookingAt() && l.end() < s.length()) {
                    String label = l.group().strip().toLowerCase(Locale.ROOT);
                    breaking |= KIND.matcher(label).lookingAt();
                    s = s.substring(l.end());
                    continue;
                }
                break;
            }
            return new Subject(s.strip(), breaking);
        }
    }
}
