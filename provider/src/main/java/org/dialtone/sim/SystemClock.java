package org.dialtone.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SimClock#system()}: real time, with timers on one daemon thread that starts with the first
 * timer and ends a second after the last, so an idle clock costs no thread.
 */
final class SystemClock implements SimClock {
    static final String THREAD_NAME = "dialtone-sim-clock";

    private static final Logger LOG = LoggerFactory.getLogger(SystemClock.class);
    /** How long close() waits for a running task to finish before it gives up waiting. */
    private static final long CLOSE_WAIT_SECONDS = 5;
    private static final Timer CANCELLED = () -> { };

    private final Object lock = new Object();
    // Guarded by lock.
    private ScheduledThreadPoolExecutor executor;
    private boolean closed;
    /** The timer thread, once started; close() must not wait for itself when a task calls it. */
    private volatile Thread thread;

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        long nanos = Delays.nanos(delay);
        Delays.requireTask(task);
        ScheduledThreadPoolExecutor timers;
        synchronized (lock) {
            if (closed) {
                return CANCELLED;
            }
            timers = executor();
        }
        try {
            ScheduledFuture<?> future = timers.schedule(() -> runLogged(task), nanos, TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException closedMeanwhile) {
            return CANCELLED;
        }
    }

    /** The executor, created on first use. Called under lock. */
    private ScheduledThreadPoolExecutor executor() {
        if (executor == null) {
            executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread t = new Thread(runnable, THREAD_NAME);
                t.setDaemon(true);
                thread = t;
                return t;
            });
            executor.setRemoveOnCancelPolicy(true);
            // An idle clock gives its thread back, so a named switch that outlives its provider
            // (whose clock nobody closes) holds no thread once its timers are done.
            executor.setKeepAliveTime(1, TimeUnit.SECONDS);
            executor.allowCoreThreadTimeOut(true);
        }
        return executor;
    }

    private static void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            // A failing task must not take the timer thread, and every later timer, with it.
            LOG.warn("sim clock task {} threw", task, e);
        }
    }

    /** Stops the timer thread, waiting a few seconds for a task that is running to end. */
    @Override
    public void close() {
        ScheduledThreadPoolExecutor timers;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            timers = executor;
            executor = null;
        }
        if (timers == null) {
            return;
        }
        timers.shutdownNow();
        if (Thread.currentThread() == thread) {
            return;
        }
        try {
            timers.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether {@link #close()} has been called. */
    boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    @Override
    public String toString() {
        return "SimClock.system()";
    }
}
