package io.wirewatch.core.port;

import io.wirewatch.core.model.DailySummary;

/** Where daily summaries go: the table and the bucket in production. Writing a day again replaces it. */
public interface SummaryStore {

    /** Stores the summary item, replacing any earlier one for the same day. */
    void save(DailySummary summary);

    /** Writes a rendered report (Markdown, JSON, HTML) under the summaries prefix, replacing any earlier one. */
    void putReport(String name, String contentType, String content);

    /** Where a report written with {@code name} can be found, for people (e.g. {@code s3://bucket/summaries/x}). */
    String locationOf(String name);
}
