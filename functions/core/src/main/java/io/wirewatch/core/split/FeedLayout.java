package io.wirewatch.core.split;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news feed saved as it was served: RSS 2.0 ({@code <item>} with {@code <title>}, {@code <pubDate>} and {@code
 * <description>}) or Atom ({@code <entry>} with {@code <title>}, {@code <published>} or {@code <updated>} and {@code
 * <summary>} or {@code <content>}). Each item is an entry: its title the headline, its date the time, its
 * description the body, with its HTML (in CDATA or escaped, sometimes twice) reduced to text. Read as text, a
 * feed was one entry headed by its XML declaration, with its tags in the body and none of its dates read.
 *
 * <p>Tags are found with plain string searches, not an XML parser: a feed copied from a browser or cut short is
 * often not well-formed, and what is needed is the text of a few known elements. An item whose date cannot be read
 * is still an entry, on the document's day.
 */
final class FeedLayout implements Layout {
    static final String NAME = "feed";

    /** Characters from the top within which a feed's root element opens. */
    private static final int ROOT_WITHIN = 2000;
    /** "Sat, 21 Nov 2026 14:52:10 -0500"; also without the weekday or the seconds, as feeds write it. */
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] Z",
            Locale.ENGLISH);
    private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
    private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</p\\s*>|<br\\s*/?>|</li\\s*>|</h\\d\\s*>");
    private static final Pattern SPACE_RUN = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    /** A link's words closing a description ("Read more", "Continue reading"): the feed's, not the story's. */
    private static final Pattern READ_MORE = Pattern.compile("(?i)\\s*(?:read more|continue reading|full story)"
            + "\\s*(?:\\.\\.\\.|\u2026|\u00bb|>>)?\\s*$");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(SourceText doc) {
        String top = top(doc);
        return (top.contains("<rss") || top.contains("<feed") || top.contains("<rdf:RDF"))
                && (top.contains("<channel") || top.contains("<item") || top.contains("<entry")
                || top.contains("xmlns"));
    }

    private static String top(SourceText doc) {
        StringBuilder b = new StringBuilder();
        for (String line : doc.lines()) {
            b.append(line).append('\n');
            if (b.length() > ROOT_WITHIN) {
                break;
            }
        }
        return b.toString();
    }

    @Override
    public SplitDocument split(SourceText doc, DocumentContext ctx) {
        String xml = String.join("\n", doc.lines());
        boolean atom = !xml.contains("<item");
        String element = atom ? "entry" : "item";
        String title = "";
        int first = xml.indexOf("<" + element);
        if (first > 0) {
            title = text(element(xml.substring(0, first), "title"));
        }
        Day day = Day.of(doc, ctx);
        List<RawEntry> entries = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = openTag(xml, element, from);
            if (open < 0) {
                break;
            }
            int close = xml.indexOf("</" + element + ">", open);
            int end = close < 0 ? xml.length() : close;
            String item = xml.substring(open, end);
            from = close < 0 ? xml.length() : close + element.length() + 3;
            RawEntry entry = entry(item, atom, day, ctx);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return new SplitDocument(NAME, title, List.of(), entries);
    }

    /** Where {@code <element>} or {@code <element ...>} opens at or after {@code from}; -1 when it does not. */
    private static int openTag(String xml, String element, int from) {
        int at = from;
        while ((at = xml.indexOf("<" + element, at)) >= 0) {
            int after = at + element.length() + 1;
            if (after < xml.length() && (xml.charAt(after) == '>' || Character.isWhitespace(xml.charAt(after)))) {
                return at;
            }
            at = after;
        }
        return -1;
    }

    private static RawEntry entry(String item, boolean atom, Day day, DocumentContext ctx) {
        String headline = Text.norm(text(element(item, "title")));
        String body = text(atom ? firstOf(item, "summary", "content") : firstOf(item, "description",
                "content:encoded"));
        body = READ_MORE.matcher(body).replaceFirst("");
        if (headline.isEmpty() && body.isEmpty()) {
            return null;
        }
        boolean breaking = false;
        String unlabelled = Text.afterBreakingLabel(headline);
        if (unlabelled != null) {
            breaking = true; // "BREAKING: ..." as a feed's title
            headline = unlabelled;
        }
        Instant at = time(Text.norm(text(atom ? firstOf(item, "published", "updated")
                : firstOf(item, "pubDate", "dc:date"))));
        LocalDate on = at == null ? day.date() : LocalDate.ofInstant(at, ctx.dayZone());
        return new RawEntry(headline, body, at, on, at != null || day.stated(), breaking);
    }

    /** The content of the first of {@code names} that {@code item} has, or "". */
    private static String firstOf(String item, String... names) {
        for (String name : names) {
            String content = element(item, name);
            if (!content.isEmpty()) {
                return content;
            }
        }
        return "";
    }

    /** The raw content of the first {@code <name>...</name>} in {@code xml}, or "". */
    private static String element(String xml, String name) {
        int open = openTag(xml, name, 0);
        if (open < 0) {
            return "";
        }
        int start = xml.indexOf('>', open);
        if (start < 0 || xml.charAt(start - 1) == '/') {
            return ""; // "<title/>"
        }
        int end = xml.indexOf("</" + name + ">", start);
        return end < 0 ? "" : xml.substring(start + 1, end);
    }

    /**
     * The text of an element's content: CDATA unwrapped, entities decoded, then HTML tags dropped (a paragraph's or
     * line break's end parting paragraphs) and entities decoded again, as descriptions carry HTML escaped once
     * ("&lt;p&gt;") or twice ("&amp;#8217;").
     */
    static String text(String content) {
        String s = content.replace("<![CDATA[", "").replace("]]>", "");
        s = Html.decode(s);
        s = PARAGRAPH_END.matcher(s).replaceAll("\n\n");
        s = TAG.matcher(s).replaceAll("");
        s = Html.decode(s);
        List<String> paragraphs = new ArrayList<>();
        for (String p : s.split("\\n\\s*\\n")) {
            String t = SPACE_RUN.matcher(p.replace('\n', ' ')).replaceAll(" ").strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** An item's date: RFC 822 ("Sat, 21 Nov 2026 14:52:10 -0500", "... GMT") or ISO 8601 (Atom); null if neither. */
    static Instant time(String s) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeException e) {
            // not ISO 8601: RFC 822 below
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            // a form RFC 1123 does not take ("21 Nov 2026 14:52 -0500"): the looser pattern below
        }
        try {
            return ZonedDateTime.parse(s, RFC_822).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
