package org.dialtone.sim;

import java.time.Duration;
import java.time.Instant;

/**
 * The time the sim switch lives by: when it answers after a delay or gives up on a call nobody
 * answers. {@link #system()} follows the real clock; a {@link ManualClock} moves only when a test
 * moves it, so a test can run a 30-second ring in no time at all.
 *
 * <p>Implementations are thread-safe. {@link #close()} stops a clock for good: afterwards
 * {@link #schedule} runs nothing and returns a timer that is already cancelled.
 */
public interface SimClock extends AutoCloseable {

    /** A clock on real time whose timers run on one daemon thread, {@code dialtone-sim-clock}. */
    static SimClock system() {
        return new SystemClock();
    }

    /** The current time of this clock. */
    Instant now();

    /**
     * Runs {@code task} once, when {@code delay} has passed on this clock.
     *
     * @param delay how long from now; zero means as soon as the clock can
     * @return a handle that cancels the task if it has not run yet
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    Timer schedule(Duration delay, Runnable task);

    /** Stops the clock and drops the tasks it has not run; idempotent. */
    @Override
    void close();

    /** A task scheduled on a {@link SimClock}. */
    @FunctionalInterface
    interface Timer {
        /** Keeps the task from running if it has not started yet; harmless otherwise. */
        void cancel();
    }
}
