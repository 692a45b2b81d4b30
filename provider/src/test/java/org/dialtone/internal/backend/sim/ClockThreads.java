package org.dialtone.internal.backend.sim;

import java.util.Set;
import java.util.stream.Collectors;

/** Finds the timer threads of system sim clocks, to check that stopping ends them. */
public final class ClockThreads {
    private ClockThreads() {
    }

    /** The live threads named {@code dialtone-sim-clock}. */
    public static Set<Thread> live() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("dialtone-sim-clock") && thread.isAlive())
                .collect(Collectors.toSet());
    }

    /** The clock threads alive now that were not in {@code before}. */
    public static Set<Thread> startedSince(Set<Thread> before) {
        return live().stream().filter(thread -> !before.contains(thread)).collect(Collectors.toSet());
    }

    /** Waits up to 5 s for each thread to end; true if all did. */
    public static boolean allEnd(Set<Thread> threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(5_000);
        }
        return threads.stream().noneMatch(Thread::isAlive);
    }
}
