package org.dialtone.tck.run;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one run of the kit.
 *
 * @param subject what was tested: the harness's description
 * @param records every test's result, in the order they ran
 * @param elapsed how long the run took
 */
public record TckResult(String subject, List<TestRecord> records, Duration elapsed) {
    /** Copies the list. */
    public TckResult {
        records = List.copyOf(records);
    }

    /** Per area, in the order the areas ran: how many tests ended each way. */
    public Map<String, Map<Outcome, Integer>> byArea() {
        Map<String, Map<Outcome, Integer>> out = new LinkedHashMap<>();
        for (TestRecord r : records) {
            out.computeIfAbsent(r.area(), a -> emptyCounts()).merge(r.outcome(), 1, Integer::sum);
        }
        return out;
    }

    /** Over all areas: how many tests ended each way. */
    public Map<Outcome, Integer> totals() {
        Map<Outcome, Integer> out = emptyCounts();
        records.forEach(r -> out.merge(r.outcome(), 1, Integer::sum));
        return out;
    }

    /** The number of tests that ended with {@code outcome}. */
    public int count(Outcome outcome) {
        return totals().get(outcome);
    }

    /** The tests that ended with {@code outcome}. */
    public List<TestRecord> with(Outcome outcome) {
        return records.stream().filter(r -> r.outcome() == outcome).toList();
    }

    /** Whether any test failed. */
    public boolean hasFailures() {
        return count(Outcome.FAILED) > 0;
    }

    private static Map<Outcome, Integer> emptyCounts() {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            m.put(o, 0);
        }
        return m;
    }
}
