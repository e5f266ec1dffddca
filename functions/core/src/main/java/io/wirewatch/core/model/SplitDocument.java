package io.wirewatch.core.model;

import java.util.List;

/**
 * The result of splitting one document's text.
 *
 * @param layout    which layout was recognised ("bbc-live", "aljazeera-live", "article", "generic")
 * @param title     document title when there is one, else empty
 * @param keyPoints the document's own summary bullets (e.g. the BBC "Summary" box); empty when none
 * @param entries   the entries, in document order
 */
public record SplitDocument(String layout, String title, List<String> keyPoints, List<RawEntry> entries) {
    public SplitDocument {
        title = title == null ? "" : title;
        keyPoints = List.copyOf(keyPoints);
        entries = List.copyOf(entries);
    }
}
