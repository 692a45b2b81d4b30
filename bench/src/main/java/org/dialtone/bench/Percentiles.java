package org.dialtone.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Percentiles of a set of durations in nanoseconds, by sorting them: exact, and cheap enough here. */
final class Percentiles {
    private final long[] sorted;

    /** @param nanos the durations; the array is sorted in place */
    Percentiles(long[] nanos) {
        Arrays.sort(nanos);
        this.sorted = nanos;
    }

    int count() {
        return sorted.length;
    }

    /** The smallest duration that at least {@code fraction} of them do not exceed (nearest rank). */
    long at(double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    long max() {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    /** p50, p90, p99, p99.9 and max in microseconds, for a result file. */
    Map<String, Object> micros() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count());
        m.put("p50", at(0.50) / 1_000.0);
        m.put("p90", at(0.90) / 1_000.0);
        m.put("p99", at(0.99) / 1_000.0);
        m.put("p99.9", at(0.999) / 1_000.0);
        m.put("max", max() / 1_000.0);
        return m;
    }
}
