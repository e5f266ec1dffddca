package io.wirewatch.core.summary;

import java.util.List;

/** Picks sentences from timed entries; implemented by our summariser and by the baselines it is measured against. */
public interface ExtractiveSummariser {
    /**
     * @param entries      the entries, in the order the source presents them
     * @param budgetWords  stop once this many words are picked; {@code <= 0} for no word budget
     * @param maxSentences at most this many picks; {@code <= 0} for no limit
     * @return picks in output order
     */
    List<Selection> select(List<SourceEntry> entries, int budgetWords, int maxSentences);
}
