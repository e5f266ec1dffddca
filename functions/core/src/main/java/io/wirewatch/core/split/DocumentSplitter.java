package io.wirewatch.core.split;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import io.wirewatch.core.port.FormatReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document's text into entries, recognising the layouts users upload: news feeds saved as served (RSS or
 * Atom, {@code feed}), BBC live pages ({@code bbc-live}), Al Jazeera live blogs ({@code aljazeera-live}), single
 * articles ({@code article}) and anything else ({@code generic}).
 *
 * <p>Contract: total. Any string (empty, blank, binary junk, megabytes, any line endings) yields a result and never an
 * exception; blank text yields no entries. CRLF and LF give the same result. Work is linear in the text: every
 * pattern is precompiled and applied to single lines or bounded prefixes. Instances are stateless and thread-safe.
 */
public final class DocumentSplitter {

    /** The readers of files that the core has without libraries: Word documents and OpenDocument texts. */
    public static final List<FormatReader> CORE_READERS = List.of(new WordDocument(), new OpenDocumentText());

    /** Most specific first: the generic layout accepts everything. */
    private final List<Layout> layouts;
    private final List<FormatReader> readers;

    /** A splitter that knows every supported layout and reads Word files attached to mail. */
    public DocumentSplitter() {
        this(CORE_READERS);
    }

    /**
     * A splitter that knows every supported layout.
     *
     * @param readers the files read when attached to mail under a short note ("Please find attached our
     *                statement"), as ingest reads them when uploaded
     */
    public DocumentSplitter(List<FormatReader> readers) {
        this.layouts = List.of(new FeedLayout(), new BbcLiveLayout(), new AlJazeeraLiveLayout(), new ArticleLayout(),
                new GenericLayout());
        this.readers = List.copyOf(readers);
    }

    /**
     * Splits {@code text}.
     *
     * @param text the document; {@code null} is treated as empty
     * @param ctx  supplies the day when the text gives none, and the zone in which instants become days
     * @return the layout, title, the document's own key points and its entries in document order
     */
    public SplitDocument split(String text, DocumentContext ctx) {
        Email.Message mail = Email.read(text, readers);
        if (mail != null) {
            return fromMail(mail, ctx);
        }
        String shown = Html.textOf(text);
        ZoneOffset stated = Email.statedZone(shown);
        if (stated == null) {
            return splitText(shown, ctx);
        }
        // "All times are India Standard Time (UTC+5:30)": the page's bare times are read in its zone, and each
        // entry's time then gives its day in the desk's
        SplitDocument doc = splitText(shown, new DocumentContext(ctx.statedDate(), ctx.uploadedAt(), stated));
        List<RawEntry> entries = new ArrayList<>(doc.entries().size());
        for (RawEntry e : doc.entries()) {
            entries.add(e.publishedAt() == null ? e : new RawEntry(e.headline(), e.body(), e.publishedAt(),
                    LocalDate.ofInstant(e.publishedAt(), ctx.dayZone()), e.dateStated(), e.breaking()));
        }
        return new SplitDocument(doc.layout(), doc.title(), doc.keyPoints(), entries);
    }

    /**
     * Splits the text a {@link FormatReader} gave of an uploaded file (a PDF, a Word document) as the same file is
     * split when a mail brings it attached under a short note: a statement's furniture left out, a report's stories
     * told apart, entries timed by the file's own issue stamp if it has one (else as any upload's: by their own
     * stamps, or on the document's day).
     *
     * @param text the reader's text, plain or HTML
     */
    public SplitDocument splitFile(String text, DocumentContext ctx) {
        ZoneOffset offset = ctx.dayZone().getRules().getOffset(ctx.uploadedAt());
        Email.Message file = Email.file(text, ctx.uploadedAt(), offset);
        SplitDocument doc = fromMail(file, ctx);
        List<RawEntry> entries = doc.entries();
        RawEntry first = entries.isEmpty() ? null : entries.get(0);
        boolean untimed = first != null && (first.publishedAt() == null || first.publishedAt().equals(file.sent()));
        if (entries.size() >= 3 && untimed && Text.wordCount(first.body()) >= 40
                && entries.stream().skip(1).allMatch(e -> e.publishedAt() != null)
                && entries.subList(1, entries.size() - 1).stream().allMatch(e -> Text.wordCount(e.body()) <= 40)) {
            // A statement that tells its story and then gives its timeline ("02:14 Police receive ...", "02:31 First
            // crews arrive"; the last item runs on into the statement's closing paragraphs): one story, its
            // timeline part of it, not posts of a live page
            String body = file.body().strip();
            int eol = body.indexOf('\n');
            String headline = eol < 0 ? first.headline() : body.substring(0, eol).strip();
            body = eol < 0 ? first.body() : Text.norm(body.substring(eol + 1));
            entries = List.of(new RawEntry(headline, body, first.publishedAt(), first.day(), first.dateStated(),
                    first.breaking()));
        } else if (entries.size() >= 3 && untimed
                && entries.stream().skip(1).filter(e -> e.publishedAt() != null).count() >= 2) {
            // A live page or a log printed to a file: what stands above its first timed post is the page's top
            // (its title, standfirst and byline, a printed menu), none of it a post
            entries = entries.subList(1, entries.size());
        }
        return new SplitDocument(FILE_LAYOUT + doc.layout().substring(Email.LAYOUT.length()), doc.title(),
                doc.keyPoints(), entries);
    }

    /** The layout an uploaded file's split is named by, before the layout its text had ("file/generic"). */
    static final String FILE_LAYOUT = "file";

    /**
     * An email's news: its text split as any other, on its sending day. Each entry without a time of its own takes
     * the sending time (an alert or a briefing says nothing else of when), and the entry the subject heads (the
     * only one, for a single story) takes the subject's Breaking label.
     */
    private SplitDocument fromMail(Email.Message mail, DocumentContext ctx) {
        if (!mail.digest().isEmpty()) {
            List<RawEntry> all = new ArrayList<>();
            for (Email.Message m : mail.digest()) {
                all.addAll(fromMail(m, ctx).entries());
            }
            return new SplitDocument(Email.LAYOUT + "/digest", mail.subject(), List.of(), all);
        }
        // A bare time in a mail ("UPDATE 14:30") is its sender's, whose zone the Date header states; the entries'
        // days are then taken in the desk's zone below
        ZoneId zone = mail.offset() != null ? mail.offset() : ctx.dayZone();
        LocalDate sentDay = mail.sent() == null ? null : LocalDate.ofInstant(mail.sent(), zone);
        DocumentContext c = new DocumentContext(ctx.statedDate() != null ? ctx.statedDate() : sentDay,
                ctx.uploadedAt(), zone);
        SplitDocument doc = splitText(mail.text(), c);
        if (doc.entries().size() <= 1 && doc.entries().stream().allMatch(e -> e.publishedAt() == null)) {
            // One entry and no stamps: a briefing's or an alerts digest's stories may still be told apart
            List<Email.Story> stories = mail.stories();
            if (!stories.isEmpty()) {
                // days as the layouts give them; each entry's time then sets its day in the desk's zone below
                List<RawEntry> told = new ArrayList<>(stories.size());
                for (Email.Story s : stories) {
                    told.add(new RawEntry(s.headline(), Text.norm(s.body()), s.at(), c.fallbackDay(),
                            c.fallbackDayStated(), false));
                }
                doc = new SplitDocument(doc.layout() + "+stories", doc.title(), doc.keyPoints(), told);
            }
        }
        List<RawEntry> entries = new ArrayList<>(doc.entries().size());
        boolean stamped = doc.entries().stream().anyMatch(e -> e.publishedAt() != null);
        boolean single = doc.entries().size() == 1;
        for (RawEntry e : doc.entries()) {
            if (stamped && e.publishedAt() == null && entries.isEmpty() && e.body().split("\\s+").length < INTRO) {
                continue; // a live email's line above its updates ("Updates are listed newest first."), no update
            }
            Instant at = e.publishedAt() != null ? e.publishedAt() : mail.sent();
            boolean headed = single || (!mail.subject().isEmpty() && e.headline().equals(mail.subject()));
            String headline = single && e.headline().isEmpty() ? mail.subject() : e.headline();
            LocalDate day = at != null ? LocalDate.ofInstant(at, ctx.dayZone()) : e.day();
            boolean stated = e.dateStated() || at != null;
            entries.add(new RawEntry(headline, e.body(), at, day, stated, e.breaking() || (headed && mail.breaking())));
        }
        return new SplitDocument(Email.LAYOUT + "/" + doc.layout(), doc.title().isEmpty() ? mail.subject()
                : doc.title(), doc.keyPoints(), entries);
    }

    /** Words under which an untimed line above a mail's timed updates is its furniture, not an update. */
    private static final int INTRO = 20;

    private SplitDocument splitText(String text, DocumentContext ctx) {
        SourceText doc = SourceText.of(text);
        if (doc.isBlank()) {
            return new SplitDocument(GenericLayout.NAME, "", List.of(), List.of());
        }
        for (Layout layout : layouts) {
            try {
                if (layout.accepts(doc)) {
                    SplitDocument result = layout.split(doc, ctx);
                    if (!result.entries().isEmpty()) {
                        return result;
                    }
                    // Recognised by a chance phrase ("news from March 3" in an article) but nothing fitted the
                    // layout: the text is not lost, a more general layout splits it.
                }
            } catch (RuntimeException e) {
                // A layout tripping over odd input must not lose the document: let a simpler layout have it.
            }
        }
        return lastResort(doc, ctx);
    }

    /** Whole text as one untitled entry: used only if even the generic layout failed. */
    private static SplitDocument lastResort(SourceText doc, DocumentContext ctx) {
        String body = Text.norm(String.join("\n", doc.lines()));
        Day day = Day.of(doc, ctx);
        return new SplitDocument(GenericLayout.NAME, "", List.of(),
                List.of(new RawEntry("", body, null, day.date(), day.stated(), false)));
    }
}
