package io.wirewatch.core.split;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mail furniture around the news: signatures, notices, quoted history. */
final class MailFurniture {

    /** "On Thu, 3 Dec 2026 at 14:40, Desk <desk@example.org> wrote:", possibly over two lines. */
    private static final Pattern WROTE = Pattern.compile(
            "(?im)^[ \\t]*(?:On|Am|Le|El)\\b[^\\n]{0,200}(?:\\n[^\\n]{0,120})?\\b"
                    + "(?:wrote|schrieb|a écrit|escribió)"
                    + "\\s*:[ \\t]*$");
    static final Pattern LINE = Pattern.compile("(?i)^(?:"
            + "sent from my \\S+.*|sent from (?:outlook|mail|yahoo mail).*|get outlook for \\S+.*"
            + "|(?:view|read|open) (?:this|it|the)?\\s*(?:email|e-mail|newsletter|message)?\\s*"
            + "(?:online|in (?:your|a|the) (?:web )?browser)\\.?.*"
            + "|having trouble (?:viewing|reading) this (?:email|message)\\??.*"
            + "|.*\\bunsubscribe\\b.*"
            + "|.*\\b(?:manage|update|change) (?:your )?(?:[\\w-]+ ){0,3}"
            + "(?:preferences|subscriptions?|settings)\\b.*"
            + "|.{0,80}\\byou(?: are|['\u2019]re) receiving\\b.*"
            + "|.{0,80}\\byou (?:received|have received|signed up for|subscribed to) this\\b.*"
            + "|.{0,40}\\bthis (?:email|message|newsletter) was sent to\\b.*"
            + "|forward(?:ed)? (?:this|to a friend)\\b.{0,40}"
            + "|(?:caution|warning|external email|\\[?external\\]?)\\s*[:\\-–]?\\s*.{0,40}"
            + "(?:outside (?:of )?(?:your|the|our) organi[sz]ation|external sender|use caution|be cautious).*"
            + "|external email\\s*[:\\-–].*"
            + "|.{0,200}\\b(?:registered (?:in england|office|address)|company (?:no\\.?|number)"
            + "|all rights reserved)\\b.*|copyright\\b.{0,120}|our mailing address is:?"
            + "|want to change how you receive these emails\\??.*"
            + "|(?:(?:hi|hello|dear|hey)\\b[^.!?]{0,40}|all|team|everyone|folks|colleagues),"
            + "|(?:(?:like|comment|restack|share|subscribe|reply|repost|retweet|save|follow|upgrade"
            + "|(?:open|read|view) in (?:the )?app"
            // a printed page's buttons: "Gift this article Share Save Listen (4 min)", "Share Copy Link Email
            // Facebook X LinkedIn Print"
            + "|gift (?:this )?article|listen(?: \\(\\d+ min\\))?|print|email|copy link|facebook|x|linkedin"
            + "|whatsapp|comments?(?: \\(\\d+\\))?)(?!\\w)(?::\\s*https?://\\S+)?[\\s\\u00b7|\\u2022]*){1,10}"
            // a printed site's top bar: its date, then the reader's account links ("Wednesday, May 6, 2026
            // Subscribe · Sign in")
            + "|(?:\\p{L}+,? )?(?:\\p{L}+ \\d{1,2},? \\d{4}|\\d{1,2} \\p{L}+ \\d{4})[\\s\\u00b7|]+"
            + "(?:subscribe|sign in|log in|register)\\b.*"
            + "|.{0,40}\\byou(?: are|['\u2019]re) (?:currently )?a (?:free|paid) subscriber\\b.*"
            + "|(?:view|see|open) (?:the )?(?:full )?(?:post|tweet|thread|conversation)\\b.*"
            + "|thanks for reading\\b.{0,80}|.{0,80}\\bsubscribe (?:for free|now|today)\\b.*"
            + "|share (?:this|the) (?:story|article|investigation|post|newsletter)\\b.{0,80}"
            + "|(?:media|press) (?:enquiries|inquiries|contacts?)\\b.{0,120}|follow us on\\b.*"
            + "|.{0,20}\\bdid (?:a friend|someone) (?:send|forward) (?:you )?this\\b.*"
            + "|.{0,200}\\b(?:funded by (?:readers|members|donors)|become a (?:member|subscriber|supporter)"
            + "|support (?:our|independent) journalism|free to republish|creative commons licen[cs]e"
            + "|we want to hear from you|secure tip ?line)\\b.*"
            + "|(?:confidentiality|privacy|legal) (?:notice|disclaimer)\\b.*|.{0,300}\\bintended recipient\\b.*"
            // a desk log's closing line: "Log closed 14:05 — handover to Singapore desk (AK)."
            + "|(?:log (?:closed|ends)|end of (?:the )?log)\\b.{0,80}"
            // a wire's continuation mark and closing credits: "— MORE —", "(Reporting by ...; Editing by ...)"
            + "|[-\u2013\u2014\\s]*more[-\u2013\u2014\\s]*|\\((?:reporting|writing|additional reporting) by\\b.*"
            // the UN's disclaimer under its reports
            + "|.{0,200}\\bdo(?:es)? not imply the expression of any opinion\\b.*"
            + "|.{0,200}\\b(?:intended (?:solely )?(?:only )?for the (?:use of the )?(?:named )?"
            + "(?:addressee|recipient|individual)|if you are not the intended recipient|"
            + "(?:email|e-mail|message)(?: and any (?:attachments?|files transmitted with it))? (?:is|are|may be) "
            + "(?:strictly )?(?:confidential|privileged))\\b.*"
            + ")$");

    /**
     * {@code text} without the mail's furniture; {@code plain}: a plain-text part, whose notices are wrapped
     * over several lines of one paragraph (in text read from HTML every block is a line of its own).
     */
    static String strip(String text, boolean reply, boolean plain) {
        String t = text;
        Matcher w = WROTE.matcher(t);
        if (w.find()) {
            t = t.substring(0, w.start()); // a reply's quoted history
        }
        if (reply) {
            Matcher m = MailForward.MARKER.matcher(t);
            int cut = m.find() ? m.start() : MailForward.blockWithoutMarker(t);
            if (cut > 0) {
                t = t.substring(0, cut); // Outlook's "From: ... Sent: ..." block opens its history
            }
        }
        StringBuilder out = new StringBuilder(t.length());
        String[] lines = t.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String s = line.strip();
            if (CREDITS.matcher(s).matches()) {
                continue; // a byline with its photographer's, a picture's credit in brackets
            }
            if (s.equals("--") || s.equals("-- ") || line.equals("-- ")) {
                break; // the signature delimiter (RFC 3676): what follows is the sender's card
            }
            if (NOTES.matcher(s).matches() || CONTACTS.matcher(s).matches() || BACK_MATTER.matcher(s).lookingAt()) {
                break; // a release's notes to editors, a report's contacts: for the desk, not the news
            }
            int end = plain ? paragraphEnd(lines, i) : i;
            if (end > i + 1 && end - i <= WRAPPED && LINE.matcher(joined(lines, i, end)).matches()) {
                i = end - 1; // a notice wrapped over lines, as plain text wraps it: the whole paragraph
                continue;
            }
            if (s.startsWith(">") || LINE.matcher(s).matches()) {
                continue;
            }
            out.append(line.stripTrailing()).append('\n');
        }
        return withoutCard(out.toString().replaceAll("\n{3,}", "\n\n").strip());
    }

    /**
     * A line of bylines and credits alone ("By Hollis Mbeki and Carmen Duarte-Vance · Photography by Ansel
     * Whitford"), and a caption closed by its credit ("... in November. (Ansel Whitford for The Keystone
     * Ledger)").
     */
    private static final String NAME = "\\p{Lu}[\\p{L}'\u2019-]*\\.?(?: (?:\\p{Lu}[\\p{L}'\u2019-]*\\.?"
            + "|de|van|von|da|al|bin|le|la|del|der)){0,4}";
    private static final Pattern CREDITS = Pattern.compile("(?:By|Photography by|Photos? by|Video by) " + NAME
            + "(?:(?:,| and| &| \u00b7| \\|) (?:(?:Photography|Photos?|Video|Graphics) by )?" + NAME + "){0,6}"
            // its stamp after it: "By Lucia Mendoza, Andean Emergency Network · Published 23:05"
            + "(?: [\u00b7|] (?:Published|Posted|Updated)\\b.{0,40})?"
            + "|.{10,300}\\((?:Photo:? )?\\p{Lu}[\\p{L}.'\u2019 -]{2,40} for (?:[Tt]he )?"
            + "\\p{Lu}[\\p{L} ]{2,40}\\)");

    /** Lines of a wrapped notice at most: a longer paragraph is text. */
    private static final int WRAPPED = 10;

    /** Where the paragraph opening at line {@code i} ends (the next blank line), if {@code i} opens one. */
    private static int paragraphEnd(String[] lines, int i) {
        if (lines[i].isBlank() || (i > 0 && !lines[i - 1].isBlank())) {
            return i;
        }
        int end = i;
        while (end < lines.length && !lines[end].isBlank()) {
            end++;
        }
        return end;
    }

    private static String joined(String[] lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(lines[k].strip());
        }
        return b.toString();
    }

    /** A report's closing section of whom to ask: "5. Contact information", "For further information:". */
    /** A contacts section's heading, alone or with the contact on its line ("For further information: ..., a@b.c"). */
    private static final Pattern CONTACTS = Pattern.compile("(?i)(?:\\d{1,2}[.)]\\s*)?(?:contacts?(?: information"
            + "| details)?|for (?:further|more) information(?:,? please contact)?|(?:media|press) contacts?):?"
            + "(?:\\s+\\S.{0,150}?(?:\\S+@\\S+\\.\\w+|\\+?\\d[\\d ()./-]{6,}\\d).{0,60})?");

    private static final Pattern NOTES = Pattern.compile("(?i)(?:notes?|editor'?s'? notes?)(?: to editors)?:?"
            + "|notes? (?:to|for) editors:?|(?:desk|internal|production) notes?:?");

    /**
     * What ends a release's or a report's text, run in or alone on its line: the issuer's boilerplate ("About the
     * Nile Basin Relief Alliance: NBRA is ..."), who prepared it ("Prepared by: Pusdalops BPBD ...", "Reviewed
     * by:"), its distribution list, and its annexes ("Annex A: Cumulative casualty figures by date"), which a
     * desk reads for reference, not as the news.
     */
    static final Pattern BACK_MATTER = Pattern.compile("(?:About (?:the |us\\b)?\\p{Lu}[\\p{L}&'.-]*"
            + "(?: (?:of |for |and |the |[\\p{Lu}&(][\\p{L}&'.)-]*)){0,8}(?::|$))"
            + "|(?i:(?:prepared|compiled|reviewed|approved|cleared|submitted) by:"
            + "|distribution(?: list)?(?::.*)?$"
            + "|(?:annex|appendix)(?:es)?(?: [a-z0-9]{1,3})?(?:[:.\\s\\u2013-]|$))");

    /** A line of five words or more that ends as a sentence does: text, not a sender's card. */
    static boolean isSentence(String line) {
        if (line.isEmpty() || ".!?\"\u201d\u2019)".indexOf(line.charAt(line.length() - 1)) < 0) {
            return false;
        }
        int words = 0;
        for (int i = 0; i < line.length() && words < 5; i++) {
            if (!Character.isWhitespace(line.charAt(i))
                    && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                words++;
            }
        }
        return words >= 5;
    }

    /**
     * The text without its sender's card: after the last line that ends as a sentence, the lines that do not
     * (a press office's name, address and telephone, "Read the full story: https://...", "###", "Media
     * contact:", social links) are dropped. A text with no such line at all (a one-line flash) is kept whole.
     */
    /** Whether {@code line} is a table's row (cells split by tabs, as a page's text gives them) with a sentence. */
    private static boolean tellsInACell(String line) {
        if (line.indexOf('\t') < 0) {
            return false;
        }
        for (String cell : line.split("\t")) {
            if (isSentence(cell.strip())) {
                return true;
            }
        }
        return false;
    }

    private static String withoutCard(String text) {
        String[] lines = text.split("\n", -1);
        int last = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            // the short last line of a wrapped paragraph ("blankets for 1,200 families.") ends its sentence too,
            // and a table's row ends one where a cell does (a desk log's last rows end on their source's cell)
            if (isSentence(line) || tellsInACell(line) || i > 0 && !line.isEmpty()
                    && ".!?\"\u201d\u2019)".indexOf(line.charAt(line.length() - 1)) >= 0
                    && lines[i - 1].strip().length() >= Email.WRAP) {
                last = i;
            }
        }
        if (last < 0) {
            return text;
        }
        if (last + 1 < lines.length && Email.POST_STAMP.matcher(lines[last + 1].strip()).matches()) {
            last++; // the last post's stamp under it
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, 0, last + 1)).strip();
    }
}
