package io.wirewatch.core.split;

import io.wirewatch.core.figures.FigureExtractor;
import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.Ids;
import io.wirewatch.core.model.ProcessedDocument;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import io.wirewatch.core.port.FormatReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Splits a document and attaches ids and figures to its entries: the whole of ingest's pure work. */
public final class DocumentProcessor {
    private final DocumentSplitter splitter;
    private final FigureExtractor figures;

    public DocumentProcessor(DocumentSplitter splitter, FigureExtractor figures) {
        this.splitter = splitter;
        this.figures = figures;
    }

    /** With the default splitter and extractor. */
    public DocumentProcessor() {
        this(new DocumentSplitter(), new FigureExtractor());
    }

    /** With the default extractor, reading these files when mail brings them attached (as ingest reads uploads). */
    public DocumentProcessor(List<FormatReader> readers) {
        this(new DocumentSplitter(readers), new FigureExtractor());
    }

    /** Processes one document's text. */
    public ProcessedDocument process(String documentId, String sourceKey, String text, DocumentContext ctx) {
        return processed(documentId, sourceKey, splitter.split(text, ctx));
    }

    /**
     * Processes the text a {@link FormatReader} gave of an uploaded file, split as {@link DocumentSplitter#splitFile}
     * splits it.
     */
    public ProcessedDocument processFile(String documentId, String sourceKey, String text, DocumentContext ctx) {
        return processed(documentId, sourceKey, splitter.splitFile(text, ctx));
    }

    private ProcessedDocument processed(String documentId, String sourceKey, SplitDocument split) {
        List<Entry> entries = new ArrayList<>(split.entries().size());
        Map<String, Integer> seen = new HashMap<>();
        Map<Instant, Integer> untitledAt = untitledFromTheEnd(split.entries());
        int seq = 0;
        for (RawEntry raw : split.entries()) {
            seq++;
            String id;
            if (split.entries().size() == 1 && raw.publishedAt() == null) {
                // A story that is one untimed entry (a wire story) is the document itself: updated in place at its
                // key ("At least 12 civilians were killed" becoming "At least 19 ..."), it is the same entry,
                // edited, not a second one beside the first; its edit then alerts the toll it adds.
                id = Ids.documentEntryId(documentId, raw.day());
            } else if (untitledTimed(raw)) {
                // An untitled post is known by its time, not its words: a live page updating its toll ("six
                // civilians" becoming "nine") edits the post, which must keep its id for the edit to be decided
                // as an edit. Posts untitled at the same minute are told apart by their order from the page's
                // oldest end, which new posts on top leave alone.
                int k = untitledAt.merge(raw.publishedAt(), -1, Integer::sum);
                id = Ids.untitledEntryId(documentId, raw.publishedAt(), k);
            } else {
                id = Ids.entryId(documentId, raw);
            }
            // Two entries with the same headline and time in one document are rare but real (a repeated
            // "Breaking" line). Number the repeats so neither overwrites the other.
            int n = seen.merge(id, 1, Integer::sum);
            if (n > 1) {
                id = Ids.hash(id + "#" + n, 16);
            }
            // A headline restates the body in rounder words ("Nearly 500 troops killed" over "498 soldiers have
            // been killed"); counting both would make one report look like two. The headline speaks only when the
            // body carries no figure.
            // a surname alone is given the full name the entry writes ("Governor Synehubov" after "Oleh Synehubov")
            String entryText = (raw.headline() == null ? "" : raw.headline()) + "\n"
                    + (raw.body() == null ? "" : raw.body());
            List<Figure> found = figures.extract(raw.body(), entryText);
            if (found.isEmpty()) {
                found = figures.extract(raw.headline(), entryText);
            }
            entries.add(new Entry(id, documentId, seq, raw.headline(), raw.body(), raw.publishedAt(), raw.day(),
                    raw.dateStated(), raw.breaking(), dedupe(found), sourceKey));
        }
        return new ProcessedDocument(documentId, sourceKey, split.layout(), split.title(), split.keyPoints(),
                entries);
    }

    /** A post with a time and no headline, known by its time ({@link Ids#untitledEntryId}). */
    private static boolean untitledTimed(RawEntry r) {
        return Ids.normalise(r.headline()).isEmpty() && r.publishedAt() != null;
    }

    /** Per time, how many untitled timed posts the document has (counted down as they are numbered). */
    private static Map<Instant, Integer> untitledFromTheEnd(List<RawEntry> raws) {
        Map<Instant, Integer> out = new HashMap<>();
        for (RawEntry r : raws) {
            if (untitledTimed(r)) {
                out.merge(r.publishedAt(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** A headline often repeats the body's figure ("Nearly 500 troops killed"); keep each stated figure once. */
    private static List<Figure> dedupe(List<Figure> found) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : found) {
            boolean dup = out.stream().anyMatch(o -> o.count() == f.count() && o.kind() == f.kind()
                    && o.who().equals(f.who()) && java.util.Objects.equals(o.attributedTo(), f.attributedTo()));
            if (!dup) {
                out.add(f);
            }
        }
        return out;
    }
}
