package io.wirewatch.core.summary;

import io.wirewatch.core.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The LexRank baseline (Erkan and Radev 2004, "LexRank with threshold"): sentences are nodes, linked when the
 * cosine of their tf-idf vectors is at least 0.1; PageRank (damping 0.85) over the degree-normalised graph ranks
 * them; the top-ranked sentences are taken until the budget, skipping exact token duplicates.
 *
 * <p>Building the graph is quadratic, so only the first {@value #MAX_SENTENCES} sentences (in source order) take
 * part; the bench's blogs have about 350 sentences, so the cap does not bite there. Cosines are computed through an
 * inverted index, so pairs sharing no term cost nothing.
 */
public final class LexRankSummariser implements ExtractiveSummariser {
    /** Cap on the sentences in the graph; see the class comment. */
    public static final int MAX_SENTENCES = 3000;
    private static final double THRESHOLD = 0.1;
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 50;

    @Override
    public List<Selection> select(List<SourceEntry> entries, int budgetWords, int maxSentences) {
        List<int[]> where = new ArrayList<>();
        List<Map<String, Integer>> tf = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        outer:
        for (int e = 0; e < entries.size(); e++) {
            for (int s = 0; s < entries.get(e).sentences().size(); s++) {
                if (where.size() == MAX_SENTENCES) {
                    break outer;
                }
                List<String> tokens = Tokens.of(entries.get(e).sentences().get(s));
                if (tokens.isEmpty()) {
                    continue;
                }
                Map<String, Integer> counts = new HashMap<>();
                tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
                where.add(new int[] {e, s});
                tf.add(counts);
                lengths.add(tokens.size());
            }
        }
        int n = where.size();
        Map<String, Integer> df = new HashMap<>();
        tf.forEach(m -> m.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        Map<String, List<Integer>> postings = new HashMap<>();
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new HashMap<>();
            for (Map.Entry<String, Integer> t : tf.get(i).entrySet()) {
                double w = t.getValue() * Math.log((double) n / df.get(t.getKey()));
                if (w > 0) {
                    v.put(t.getKey(), w);
                    norms[i] += w * w;
                    postings.computeIfAbsent(t.getKey(), k -> new ArrayList<>()).add(i);
                }
            }
            norms[i] = Math.sqrt(norms[i]);
            vectors.add(v);
        }
        List<List<Integer>> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> dot = new HashMap<>();
            for (Map.Entry<String, Double> t : vectors.get(i).entrySet()) {
                for (int j : postings.get(t.getKey())) {
                    dot.merge(j, t.getValue() * vectors.get(j).get(t.getKey()), Double::sum);
                }
            }
            List<Integer> l = new ArrayList<>();
            l.add(i); // every sentence is similar to itself, which also keeps degrees non-zero
            for (Map.Entry<Integer, Double> d : dot.entrySet()) {
                int j = d.getKey();
                if (j != i && d.getValue() / (norms[i] * norms[j]) >= THRESHOLD) {
                    l.add(j);
                }
            }
            links.add(l);
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0 / Math.max(1, n));
        for (int it = 0; it < ITERATIONS; it++) {
            double[] next = new double[n];
            java.util.Arrays.fill(next, (1 - DAMPING) / n);
            for (int i = 0; i < n; i++) {
                double share = DAMPING * rank[i] / links.get(i).size();
                for (int j : links.get(i)) {
                    next[j] += share;
                }
            }
            rank = next;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        final double[] r = rank;
        java.util.Arrays.sort(order, (a, b) -> r[a] != r[b] ? Double.compare(r[b], r[a]) : Integer.compare(a, b));
        List<Selection> out = new ArrayList<>();
        Set<Map<String, Integer>> seen = new HashSet<>();
        int words = 0;
        for (int i : order) {
            if ((budgetWords > 0 && words >= budgetWords) || (maxSentences > 0 && out.size() >= maxSentences)) {
                break;
            }
            if (!seen.add(tf.get(i))) {
                continue;
            }
            int[] at = where.get(i);
            out.add(new Selection(at[0], at[1], entries.get(at[0]).sentences().get(at[1])));
            words += lengths.get(i);
        }
        return out;
    }
}
