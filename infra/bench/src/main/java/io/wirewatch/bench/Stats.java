package io.wirewatch.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians; the benchmarks report medians because one slow JVM start should not move the number. */
final class Stats {
    private Stats() {
    }

    static double median(List<? extends Number> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> v = new ArrayList<>();
        values.forEach(x -> v.add(x.doubleValue()));
        Collections.sort(v);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }
}
