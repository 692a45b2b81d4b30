package org.dialtone.sim;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Argument checks and overflow-safe arithmetic shared by the clocks. */
final class Delays {
    private Delays() {
    }

    /** Checks a delay or span: present and not negative. */
    static Duration require(Duration delay, String what) {
        Objects.requireNonNull(delay, what);
        if (delay.isNegative()) {
            throw new IllegalArgumentException(what + " " + delay + " is negative");
        }
        return delay;
    }

    static void requireTask(Runnable task) {
        Objects.requireNonNull(task, "task");
    }

    /** A checked delay in nanoseconds; a delay beyond ~292 years becomes "never", Long.MAX_VALUE. */
    static long nanos(Duration delay) {
        require(delay, "delay");
        try {
            return delay.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /** {@code instant + span}, or {@link Instant#MAX} where that would overflow. */
    static Instant plus(Instant instant, Duration span) {
        try {
            return instant.plus(span);
        } catch (ArithmeticException | DateTimeException tooFar) {
            return Instant.MAX;
        }
    }
}
