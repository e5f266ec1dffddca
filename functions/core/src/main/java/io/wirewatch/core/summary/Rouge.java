package io.wirewatch.core.summary;

import io.wirewatch.core.text.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-N as used by the live-blog summarisation papers and {@code shared/bench/README.md}.
 *
 * <p>Protocol:
 * <ol>
 *   <li>Candidate key points are joined in order into one text; so are the reference bullets.</li>
 *   <li>Both are tokenised by {@link Tokens#of}: lower-cased maximal alphanumeric runs, no stemming, no stop words
 *       removed.</li>
 *   <li>The candidate is cut after {@code budgetWords} tokens (the reference's length in the bench), so longer
 *       summaries gain nothing; a budget of zero or less means no cut.</li>
 *   <li>N-grams are counted with multiplicity; a candidate n-gram matches at most as many times as it occurs in
 *       the reference (clipped counts): {@code matched = sum over g of min(countCand(g), countRef(g))}.</li>
 *   <li>recall = matched / reference n-grams; precision = matched / candidate n-grams (after the cut);
 *       F1 their harmonic mean. Empty denominators give 0.</li>
 * </ol>
 * Because bullets are joined, an n-gram may span the boundary between two bullets; the original evaluation scripts
 * see one reference text too, and keeping that makes our numbers comparable with the published baselines.
 */
public final class Rouge {
    private Rouge() {
    }

    /** Recall, precision and F1 of one comparison. */
    public record Score(double recall, double precision, double f1) {
        static Score of(long matched, long refCount, long candCount) {
            double r = refCount == 0 ? 0 : (double) matched / refCount;
            double p = candCount == 0 ? 0 : (double) matched / candCount;
            return new Score(r, p, r + p == 0 ? 0 : 2 * r * p / (r + p));
        }
    }

    /**
     * ROUGE-N of {@code candidate} against {@code reference}.
     *
     * @param candidate   the system's key points, in output order
     * @param reference   the reference bullets
     * @param n           n-gram order, at least 1
     * @param budgetWords cut the candidate after this many tokens; {@code <= 0} for no cut
     */
    public static Score score(List<String> candidate, List<String> reference, int n, int budgetWords) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        List<String> cand = Tokens.of(String.join(" ", candidate));
        if (budgetWords > 0 && cand.size() > budgetWords) {
            cand = cand.subList(0, budgetWords);
        }
        List<String> ref = Tokens.of(String.join(" ", reference));
        Map<String, Integer> refCounts = counts(ref, n);
        Map<String, Integer> candCounts = counts(cand, n);
        long matched = 0;
        for (Map.Entry<String, Integer> e : refCounts.entrySet()) {
            matched += Math.min(e.getValue(), candCounts.getOrDefault(e.getKey(), 0));
        }
        return Score.of(matched, Math.max(0, ref.size() - n + 1), Math.max(0, cand.size() - n + 1));
    }

    /** ROUGE-N recall, the bench's headline number. */
    public static double recall(List<String> candidate, List<String> reference, int n, int budgetWords) {
        return score(candidate, reference, n, budgetWords).recall();
    }

    private static Map<String, Integer> counts(List<String> tokens, int n) {
        Map<String, Integer> m = new HashMap<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + n <= tokens.size(); i++) {
            sb.setLength(0);
            for (int k = 0; k < n; k++) {
                // a space cannot occur inside a token, so it is an unambiguous separator
                sb.append(tokens.get(i + k)).append(' ');
            }
            m.merge(sb.toString(), 1, Integer::sum);
        }
        return m;
    }
}
