package io.wirewatch.core.split;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.util.List;

/**
 * Splits a document's text into entries. Total: any string yields a result, never an exception.
 *
 * <p>PLACEHOLDER: treats every document as one entry; layout-aware splitting replaces this.
 */
public final class DocumentSplitter {

    /** Splits {@code text}; {@code ctx} supplies the date when the text does not. */
    public SplitDocument split(String text, DocumentContext ctx) {
        String t = text == null ? "" : text.strip();
        int nl = t.indexOf('\n');
        String headline = nl < 0 ? t : t.substring(0, nl).strip();
        String body = nl < 0 ? "" : t.substring(nl + 1).strip();
        return new SplitDocument("generic", headline, List.of(),
                List.of(new RawEntry(headline, body, null, ctx.fallbackDay(), false)));
    }
}
