package io.wirewatch.core.summary;

import io.wirewatch.core.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * The lead baseline: sentences in the order the source presents them (for a live blog, newest post first) until
 * the budget is reached.
 */
public final class LeadSummariser implements ExtractiveSummariser {
    @Override
    public List<Selection> select(List<SourceEntry> entries, int budgetWords, int maxSentences) {
        List<Selection> out = new ArrayList<>();
        int words = 0;
        for (int e = 0; e < entries.size(); e++) {
            List<String> sentences = entries.get(e).sentences();
            for (int s = 0; s < sentences.size(); s++) {
                if ((budgetWords > 0 && words >= budgetWords) || (maxSentences > 0 && out.size() >= maxSentences)) {
                    return out;
                }
                int len = Tokens.of(sentences.get(s)).size();
                if (len == 0) {
                    continue;
                }
                out.add(new Selection(e, s, sentences.get(s)));
                words += len;
            }
        }
        return out;
    }
}
