package io.wirewatch.core.split;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A forward's header block in a body's text, and the forwarded message below it. */
record MailForward(String subject, Instant sent, String body) {

    /** The lines that open a forwarded message's header block (Gmail, Thunderbird, Apple Mail, Outlook). */
    static final Pattern MARKER = Pattern.compile("(?im)^[ \\t>]*(?:-{5,}\\s*Forwarded message\\s*-{5,}"
            + "|-{5,}\\s*Original Message\\s*-{5,}|Begin forwarded message:|_{20,}"
            + "|-{5,}\\s*(?:Weitergeleitete Nachricht|Message transféré|Mensaje reenviado)\\s*-{5,})[ \\t]*$");
    /** A header line of the block: "From: ...", "Sent: ...", Thunderbird's "Subject: \tvalue". */
    private static final Pattern FIELD = Pattern.compile(
            "(?i)^[ \\t>]*\\*?(From|Sent|Date|Subject|To|Cc|Reply-To|Importance|Von|Gesendet|Betreff|An|De|"
                    + "Envoyé|Objet|À)\\*?\\s*:\\s*(.*)$");

    /** Yahoo's plain text: the marker and the block's rows on one line, "...From: ...To: ...Sent: ...". */
    private static final Pattern INLINE = Pattern.compile(
            "(?im)^([ \\t]*-{5,}\\s*Forwarded Message\\s*-{5,})[ \\t]*(From:.*)$");
    private static final Pattern INLINE_ROW = Pattern.compile("(?<=\\S)\\s*(?=(?:To|Cc|Sent|Date|Subject):)");

    /** The first forward block in {@code text}; {@code null} if there is none. */
    static MailForward find(String text, ZoneOffset offset) {
        Matcher inline = INLINE.matcher(text);
        if (inline.find()) {
            String rows = inline.group(2);
            int subject = rows.indexOf("Subject:");
            String head = subject < 0 ? rows : rows.substring(0, subject);
            String tail = subject < 0 ? "" : "\n" + rows.substring(subject); // a subject may hold "To:"
            text = text.substring(0, inline.start()) + inline.group(1) + "\n"
                    + INLINE_ROW.matcher(head).replaceAll("\n") + tail + text.substring(inline.end());
        }
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            // a newsletter's rule of underscores is no forward: the block under the marker says which is
            MailForward f = block(text, text.indexOf('\n', m.end() - 1) < 0 ? text.length() : m.end(), offset);
            if (f != null) {
                return f;
            }
        }
        // Outlook on the web and newer Outlook put no marker, only the block: "From:" with "Sent:" under
        int from = blockWithoutMarker(text);
        return from < 0 ? null : block(text, from, offset);
    }

    /** Rows a forward's block may take, blank lines between them included. */
    private static final int BLOCK_LINES = 30;

    /** The forward whose header block opens at {@code from} (its rows, then the message), or {@code null}. */
    private static MailForward block(String text, int from, ZoneOffset offset) {
        String[] lines = text.substring(from, Math.min(text.length(), from + 8000)).split("\n", BLOCK_LINES + 2);
        String subject = "";
        String date = null;
        int fields = 0;
        int i = 0;
        int consumed = 0; // characters of the rows read, up to the message
        boolean seenFrom = false;
        boolean unclosed = false;
        String lastField = null;
        for (; i < lines.length && i < BLOCK_LINES; consumed += lines[i].length() + 1, i++) {
            String line = lines[i];
            if (line.isBlank()) {
                if (fields == 0 || (i + 1 < lines.length && FIELD.matcher(lines[i + 1]).matches()
                        && fields < 6)) {
                    continue; // blank lines before the block, or between its rows (Apple Mail's HTML)
                }
                break;
            }
            Matcher f = FIELD.matcher(line);
            if (!f.matches()) {
                if (fields > 0 && lastField != null && (line.startsWith(" ") || unclosed)) {
                    unclosed = false;
                    continue; // a wrapped row: Gmail wraps "From: Name <" before the address
                }
                if (fields == 0) {
                    return null;
                }
                break;
            }
            fields++;
            String name = f.group(1).toLowerCase(Locale.ROOT);
            String value = f.group(2).strip();
            unclosed = value.lastIndexOf('<') > value.lastIndexOf('>');
            lastField = name;
            switch (name) {
                case "from", "von", "de" -> seenFrom = true;
                case "subject", "betreff", "objet" -> subject = Email.decodeWords(value);
                case "date", "sent", "gesendet", "envoyé" -> date = value;
                default -> {
                }
            }
        }
        if (fields < 2 || !seenFrom) {
            return null;
        }
        String rest = text.substring(Math.min(text.length(), from + consumed));
        return new MailForward(subject, MailDates.parse(date, offset), rest);
    }

    private static final Pattern FROM_ROW = Pattern.compile("(?im)^[ \\t]*\\*?From\\*?:[ \\t]*\\S.*$");
    private static final Pattern SENT_ROW = Pattern.compile("(?i)^[ \\t]*\\*?(Sent|Date)\\*?:[ \\t]*\\S");

    static int blockWithoutMarker(String text) {
        Matcher m = FROM_ROW.matcher(text);
        while (m.find()) {
            // the rows under this one, from a bounded window: a long text may have many "From:" lines
            String[] next = text.substring(m.end(), Math.min(text.length(), m.end() + 2000)).split("\n", 6);
            for (int k = 1; k < next.length && k < 5; k++) {
                if (SENT_ROW.matcher(next[k]).find()) {
                    return m.start();
                }
            }
        }
        return -1;
    }
}
