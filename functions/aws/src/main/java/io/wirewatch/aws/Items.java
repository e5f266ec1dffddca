package io.wirewatch.aws;

import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.FigureKind;
import io.wirewatch.core.model.Qualifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The table's single-table layout and the mapping of entries to items. One place for every key and attribute
 * name, so the handlers, the local runtime and the template cannot drift apart silently (the template is checked
 * against {@link #TABLE_KEYS} by a test).
 *
 * <pre>
 * pk                 sk            type      what
 * DOC#{docId}        DOC           DOCUMENT  one per object key: last version's status, reason, own key points
 * DOC#{docId}        ENTRY#{id}    ENTRY     an entry; gsi1 = (DAY#{day}, {time or ~}#{id}) for the day query
 * SERIES#{series}    SERIES        SERIES    last known value of a figure series
 * SERIES#{series}    CORR#{entry}  CORRECTION a lower figure that was not alerted
 * TOLD#{who|kind|n}  TOLD          TOLD      the day a running toll was first told, by any claimant; expires
 * ALERT#{dedupeKey}  ALERT         ALERT     an alert sent; gsi1 = (ALERTS#{day}, ...)
 * STORIES#{day}      STORIES       STORIES   the day's Breaking headlines and a version, claimed atomically; expires
 * SUMMARY#{day}      SUMMARY       SUMMARY   the day's key points and the pages' corrections applied to them
 * </pre>
 */
public final class Items {
    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String GSI1 = "byDay";
    public static final String GSI1_PK = "gsi1pk";
    public static final String GSI1_SK = "gsi1sk";
    /** Every key attribute the code uses: must equal the AttributeDefinitions in template.yaml. */
    public static final List<String> TABLE_KEYS = List.of(PK, SK, GSI1_PK, GSI1_SK);
    /** The table's time-to-live attribute (epoch seconds): items that carry it are deleted some time after. */
    public static final String EXPIRES_AT = "expiresAt";
    /**
     * DynamoDB items are limited to 400 KB, counted in UTF-8 bytes; S3 keeps the full text, and an entry's item keeps
     * at most this much of its body (a character cap alone let 100,000 Cyrillic or CJK characters take 200-300 KB).
     */
    static final int MAX_BODY_BYTES = 200_000;
    /** At most this much of an entry's headline. */
    static final int MAX_HEADLINE_BYTES = 2_000;
    /**
     * The figures an item keeps, at most this many bytes of them (a figure's sentence kept to
     * {@link #MAX_SENTENCE_BYTES}): a single-entry document of 1.2 MB with a toll every few hundred characters had
     * 2,282 figures, each carrying its sentence, an item of 510 KB that DynamoDB refused on every retry, losing the
     * document without a rejection. The first figures are kept; the item says when some were not.
     */
    static final int MAX_FIGURES_BYTES = 120_000;
    static final int MAX_SENTENCE_BYTES = 1_000;

    private Items() {
    }

    public static String docPk(String documentId) {
        return "DOC#" + documentId;
    }

    public static String dayPk(LocalDate day) {
        return "DAY#" + day;
    }

    static AttributeValue s(String v) {
        return AttributeValue.builder().s(v).build();
    }

    static AttributeValue n(long v) {
        return AttributeValue.builder().n(Long.toString(v)).build();
    }

    static AttributeValue bool(boolean v) {
        return AttributeValue.builder().bool(v).build();
    }

    /** {@code text} cut to at most {@code maxBytes} of UTF-8, at a character boundary. */
    static String cut(String text, int maxBytes) {
        if (text.length() * 3L <= maxBytes || utf8Length(text) <= maxBytes) {
            return text;
        }
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = utf8Bytes(cp);
            if (bytes + w > maxBytes) {
                break;
            }
            bytes += w;
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }

    static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            bytes += utf8Bytes(cp);
            i += Character.charCount(cp);
        }
        return bytes;
    }

    /** Bytes of code point {@code cp} in UTF-8. */
    private static int utf8Bytes(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    /** The item for an entry. Deterministic: the same entry always gives the same item. */
    public static Map<String, AttributeValue> entryItem(Entry e) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put(PK, s(docPk(e.documentId())));
        m.put(SK, s("ENTRY#" + e.id()));
        m.put("type", s("ENTRY"));
        m.put("entryId", s(e.id()));
        m.put("documentId", s(e.documentId()));
        m.put("seq", n(e.sequence()));
        m.put("headline", s(cut(e.headline(), MAX_HEADLINE_BYTES)));
        String body = cut(e.body(), MAX_BODY_BYTES);
        if (body.length() < e.body().length()) {
            m.put("bodyTruncated", bool(true));
        }
        m.put("body", s(body));
        if (e.publishedAt() != null) {
            m.put("publishedAt", s(e.publishedAt().toString()));
        }
        m.put("day", s(e.day().toString()));
        // read by the alerts function from the stream's new image: only a stated date may restart a stale series
        m.put(DATE_STATED, bool(e.dateStated()));
        m.put("breaking", bool(e.breaking()));
        m.put("sourceKey", s(e.sourceKey()));
        List<AttributeValue> figs = new ArrayList<>();
        int figureBytes = 0;
        for (Figure f : e.figures()) {
            String sentence = cut(f.sentence(), MAX_SENTENCE_BYTES);
            // the sentence dominates a figure's size; 200 bytes is ample for the rest of it
            figureBytes += utf8Length(sentence) + 200;
            if (figureBytes > MAX_FIGURES_BYTES) {
                m.put("figuresTruncated", n(e.figures().size() - figs.size()));
                break;
            }
            Map<String, AttributeValue> fm = new HashMap<>();
            fm.put("count", n(f.count()));
            if (f.upperBound() != null) {
                fm.put("upperBound", n(f.upperBound()));
            }
            fm.put("qualifier", s(f.qualifier().words()));
            fm.put("kind", s(f.kind().word()));
            fm.put("who", s(f.who()));
            if (f.place() != null) {
                fm.put("place", s(f.place()));
            }
            if (f.attributedTo() != null) {
                fm.put("attributedTo", s(f.attributedTo()));
            }
            fm.put("sentence", s(sentence));
            figs.add(AttributeValue.builder().m(fm).build());
        }
        m.put("figures", AttributeValue.builder().l(figs).build());
        m.put(GSI1_PK, s(dayPk(e.day())));
        // Timed entries sort by time; untimed ones after them ('~' sorts after digits) in document order.
        m.put(GSI1_SK, s((e.publishedAt() != null ? e.publishedAt().toString() : "~" + String.format("%06d",
                e.sequence())) + "#" + e.id()));
        return m;
    }

    /** An entry from its item (a table read or a stream image). */
    public static Entry entry(Map<String, AttributeValue> m) {
        List<Figure> figs = new ArrayList<>();
        AttributeValue fl = m.get("figures");
        if (fl != null && fl.hasL()) {
            for (AttributeValue fv : fl.l()) {
                Map<String, AttributeValue> f = fv.m();
                figs.add(new Figure(Long.parseLong(f.get("count").n()),
                        f.containsKey("upperBound") ? Long.valueOf(f.get("upperBound").n()) : null,
                        Qualifier.fromWords(str(f, "qualifier", "none")),
                        FigureKind.fromWord(str(f, "kind", "killed")),
                        str(f, "who", "people"), str(f, "place", null), str(f, "attributedTo", null),
                        str(f, "sentence", "")));
            }
        }
        String published = str(m, "publishedAt", null);
        return new Entry(str(m, "entryId", ""), str(m, "documentId", ""),
                m.containsKey("seq") ? Integer.parseInt(m.get("seq").n()) : 0,
                str(m, "headline", ""), str(m, "body", ""),
                published == null ? null : Instant.parse(published),
                LocalDate.parse(str(m, "day", "1970-01-01")), isTrue(m, DATE_STATED), isTrue(m, "breaking"),
                figs, str(m, "sourceKey", ""));
    }

    /**
     * Whether an entry's day is stated ({@link Entry#dateStated}). An item written before it was recorded has no
     * such attribute and reads as not stated: its figures cannot restart a stale series, which a date guessed from
     * the upload must not do, until a re-upload writes the entry again.
     */
    static final String DATE_STATED = "dateStated";

    /** Whether the boolean attribute {@code name} of item {@code m} is present and true. */
    static boolean isTrue(Map<String, AttributeValue> m, String name) {
        AttributeValue v = m.get(name);
        return v != null && Boolean.TRUE.equals(v.bool());
    }

    /** The string attribute {@code name} of item {@code m}, or {@code dflt} when it is absent or not a string. */
    public static String str(Map<String, AttributeValue> m, String name, String dflt) {
        AttributeValue v = m.get(name);
        return v == null || v.s() == null ? dflt : v.s();
    }
}
