package io.wirewatch.core.port;

import io.wirewatch.core.model.Entry;
import java.time.LocalDate;
import java.util.List;

/** Persistence of entries and document records (DynamoDB in production). */
public interface EntryStore {

    /**
     * Stores entries. Idempotent: storing the same entry again leaves the item unchanged, so a duplicate event or
     * a re-upload cannot produce a second copy or a second stream insert.
     */
    void saveEntries(List<Entry> entries);

    /**
     * Records that a version of a document was processed, unless that same version was recorded already.
     *
     * @return {@code true} when recorded now, {@code false} when this version had been recorded before
     */
    boolean recordDocument(DocumentRecord record);

    /** All entries of a day, ordered by time (entries without a time last, in document order). */
    List<Entry> entriesOfDay(LocalDate day);
}
