package io.wirewatch.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wirewatch.core.text.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {
    private static final double EPS = 1e-9;

    @Test
    void tokensAreLowerCasedAlphanumericRuns() {
        assertEquals(List.of("don", "t", "stop", "5", "000", "m54"), Tokens.of("Don't-stop £5,000! (M54)"));
        assertEquals(List.of(), Tokens.of(null));
    }

    @Test
    void unigramsAndBigramsOfASimplePair() {
        // ref "the cat is on the mat": unigrams the x2, cat, is, on, mat = 6.
        // cand "the cat sat on the mat": the min(2,2)=2, cat 1, on 1, mat 1, "is" missing -> 5 matched.
        List<String> cand = List.of("The cat sat on the mat.");
        List<String> ref = List.of("the cat is on the mat");
        Rouge.Score r1 = Rouge.score(cand, ref, 1, 0);
        assertEquals(5.0 / 6, r1.recall(), EPS);
        assertEquals(5.0 / 6, r1.precision(), EPS);
        assertEquals(5.0 / 6, r1.f1(), EPS);
        // ref bigrams: the cat, cat is, is on, on the, the mat = 5; cand shares the cat, on the, the mat = 3.
        assertEquals(3.0 / 5, Rouge.recall(cand, ref, 2, 0), EPS);
    }

    @Test
    void countsAreClipped() {
        // ref "the cat the dog": the x2, cat, dog = 4 unigrams. cand "the" x4 matches only min(4,2) = 2.
        Rouge.Score s = Rouge.score(List.of("the the the the"), List.of("the cat the dog"), 1, 0);
        assertEquals(2.0 / 4, s.recall(), EPS);
        assertEquals(2.0 / 4, s.precision(), EPS);
        // bigrams: ref the cat, cat the, the dog; cand "the the" x3 -> none match.
        assertEquals(0.0, Rouge.recall(List.of("the the the the"), List.of("the cat the dog"), 2, 0), EPS);
    }

    @Test
    void candidateIsCutAtTheBudget() {
        List<String> cand = List.of("Police closed the M54.", "Long delays expected on the M54");
        List<String> ref = List.of("long delays on the m54");
        // uncut: the 1 (clipped from 2), m54 1 (clipped), long, delays, on -> 5 of 5 reference unigrams.
        assertEquals(1.0, Rouge.recall(cand, ref, 1, 0), EPS);
        // cut at 4 words: "police closed the m54" -> the, m54 -> 2 of 5.
        assertEquals(2.0 / 5, Rouge.recall(cand, ref, 1, 4), EPS);
        // bigrams cut at 4: police closed, closed the, the m54 vs 4 reference bigrams -> "the m54" only.
        Rouge.Score s = Rouge.score(cand, ref, 2, 4);
        assertEquals(1.0 / 4, s.recall(), EPS);
        assertEquals(1.0 / 3, s.precision(), EPS);
    }

    @Test
    void referenceBulletsAreJoinedIntoOneText() {
        // joined "a b c d": bigrams a b, b c, c d = 3; the cross-bullet "b c" matches.
        assertEquals(1.0 / 3, Rouge.recall(List.of("b c"), List.of("a b.", "c d."), 2, 0), EPS);
    }

    @Test
    void emptyTextsScoreZero() {
        assertEquals(0.0, Rouge.recall(List.of(), List.of("a b"), 2, 10), EPS);
        assertEquals(0.0, Rouge.recall(List.of("a b"), List.of(), 2, 10), EPS);
        assertEquals(0.0, Rouge.score(List.of("a"), List.of("a"), 2, 0).f1(), EPS);
        assertThrows(IllegalArgumentException.class, () -> Rouge.score(List.of("a"), List.of("a"), 0, 0));
    }
}
