package org.dialtone.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * A {@link SimClock} whose time moves only when a test calls {@link #advance(Duration)}. Tasks run
 * on the thread that advances the clock, in the order they fall due (tasks due at the same instant
 * in the order they were scheduled), and {@link #now()} reads each task's due time while it runs.
 * A task that a task schedules runs in the same {@code advance} if it falls due within the span.
 *
 * <pre>{@code
 * ManualClock clock = new ManualClock();
 * clock.schedule(Duration.ofSeconds(30), () -> System.out.println("30 s later"));
 * clock.advance(Duration.ofSeconds(30));   // prints at once
 * }</pre>
 *
 * <p>Thread-safe: any thread may schedule, cancel or read the time. Advancing is meant for one
 * test thread; if two threads advance at once, each runs whichever due task is earliest next.
 */
public final class ManualClock implements SimClock {
    /** Where a clock made with {@link #ManualClock()} starts. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

    private final Object lock = new Object();
    // Guarded by lock.
    private final PriorityQueue<Task> queue = new PriorityQueue<>(
            Comparator.comparing((Task task) -> task.due).thenComparingLong(task -> task.sequence));
    private Instant now;
    private long nextSequence;
    private boolean closed;

    /** A clock that starts at {@link #DEFAULT_START}, 2026-01-01T00:00:00Z. */
    public ManualClock() {
        this(DEFAULT_START);
    }

    /** A clock that starts at {@code start}. */
    public ManualClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    @Override
    public Instant now() {
        synchronized (lock) {
            return now;
        }
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        Delays.require(delay, "delay");
        Delays.requireTask(task);
        synchronized (lock) {
            Task scheduled = new Task(Delays.plus(now, delay), nextSequence++, task);
            if (!closed) {
                queue.add(scheduled);
            }
            return scheduled;
        }
    }

    /**
     * Moves the time forward by {@code span}, running on this thread every task that falls due
     * meanwhile, including tasks those tasks schedule. A task that throws stops the advance: the
     * exception propagates, the time stays at that task's due time, and later tasks stay pending.
     *
     * @throws IllegalArgumentException if {@code span} is negative
     */
    public void advance(Duration span) {
        Delays.require(span, "span");
        Instant target;
        synchronized (lock) {
            target = Delays.plus(now, span);
        }
        Task next;
        while ((next = takeDue(target)) != null) {
            next.task.run();
        }
    }

    /** Removes and returns the next task due by {@code target}, moving time to it; else moves time to target. */
    private Task takeDue(Instant target) {
        synchronized (lock) {
            Task next = queue.peek();
            if (next == null || next.due.isAfter(target)) {
                now = later(now, target);
                return null;
            }
            queue.poll();
            now = later(now, next.due);
            return next;
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** How many tasks are scheduled and have neither run nor been cancelled. */
    public int pending() {
        synchronized (lock) {
            return queue.size();
        }
    }

    /** Drops every pending task; later tasks are not scheduled. The time can still be advanced. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            queue.clear();
        }
    }

    @Override
    public String toString() {
        return "ManualClock[" + now() + ", " + pending() + " pending]";
    }

    /** A scheduled task; identity is what cancel() removes by. */
    private final class Task implements Timer {
        final Instant due;
        final long sequence;
        final Runnable task;

        Task(Instant due, long sequence, Runnable task) {
            this.due = due;
            this.sequence = sequence;
            this.task = task;
        }

        @Override
        public void cancel() {
            synchronized (lock) {
                queue.remove(this);
            }
        }
    }
}
