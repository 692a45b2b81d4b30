package org.dialtone.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the highest load at which a step runs clean: doubles the load from {@code start} until a
 * load fails (a step that is not clean is run once more, since on a shared machine one step may
 * fail to another process's burst), the load would pass {@code max} or the time is up, then tries
 * the geometric middle between the last clean and the first failed load, twice. Every step is
 * kept, in the order run.
 */
final class Ramp {
    /** One step at one load: whether it was clean, and what it measured. */
    record Step(boolean clean, Map<String, Object> figures) {
    }

    /** Runs one step at a load. */
    interface Runner {
        Step run(int load) throws Exception;
    }

    private final List<Map<String, Object>> steps = new ArrayList<>();
    private int best;
    private Map<String, Object> bestFigures;

    /** Runs the search; {@code budgetNanos} bounds the time in which a new step may start. */
    static Ramp search(int start, int max, long budgetNanos, Runner runner) throws Exception {
        Ramp ramp = new Ramp();
        long deadline = System.nanoTime() + budgetNanos;
        int good = 0;
        int bad = 0;
        for (int load = start; load <= max && System.nanoTime() < deadline; load *= 2) {
            if (!ramp.step(load, runner)) {
                bad = load;
                break;
            }
            good = load;
        }
        for (int i = 0; i < 2 && bad > 0 && System.nanoTime() < deadline; i++) {
            int middle = (int) Math.round(Math.sqrt((double) Math.max(good, 1) * bad));
            if (middle <= good || middle >= bad) {
                break;
            }
            if (ramp.step(middle, runner)) {
                good = middle;
            } else {
                bad = middle;
            }
        }
        return ramp;
    }

    /** Runs a step at {@code load}, and once more if it is not clean: a load fails when it fails twice. */
    private boolean step(int load, Runner runner) throws Exception {
        Step step = runner.run(load);
        if (!step.clean()) {
            record(step, true);
            step = runner.run(load);
        }
        Map<String, Object> figures = record(step, false);
        if (step.clean() && load > best) {
            best = load;
            bestFigures = figures;
        }
        return step.clean();
    }

    private Map<String, Object> record(Step step, boolean retried) {
        Map<String, Object> figures = new LinkedHashMap<>(step.figures());
        figures.put("clean", step.clean());
        if (retried) {
            figures.put("retried", true);
        }
        steps.add(figures);
        return figures;
    }

    /** The highest load that ran clean, or 0 if none did. */
    int best() {
        return best;
    }

    /** The figures of the step at {@link #best()}, or an empty map. */
    Map<String, Object> bestFigures() {
        return bestFigures == null ? Map.of() : bestFigures;
    }

    /** Every step, in the order run. */
    List<Map<String, Object>> steps() {
        return steps;
    }

    /** The steps as {@code load ok|FAILED}, for the summary line. */
    String trail(String key) {
        StringBuilder s = new StringBuilder();
        for (Map<String, Object> step : steps) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(step.get(key)).append(Boolean.TRUE.equals(step.get("clean")) ? " ok" : " FAILED");
        }
        return s.toString();
    }
}
