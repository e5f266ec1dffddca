package io.wirewatch.core.split;

import io.wirewatch.core.model.DocumentContext;
import java.time.LocalDate;

/**
 * The day a layout puts an entry on, and whether it is stated ({@link io.wirewatch.core.model.Entry#dateStated}).
 *
 * @param date   the day
 * @param stated whether the text or the uploader gives it, rather than the upload's day or year
 */
record Day(LocalDate date, boolean stated) {

    /**
     * The document's day when its text gives no other: the date it states ({@link SourceText#statedDate}: the
     * upload tooling's date header, the uploader's metadata date, the page's date line), else the upload's day (not
     * stated: an old story uploaded late would be put on the day it arrived).
     */
    static Day of(SourceText doc, DocumentContext ctx) {
        LocalDate stated = doc.statedDate(ctx);
        return stated != null ? new Day(stated, true) : new Day(ctx.fallbackDay(), false);
    }
}
