package org.dialtone.internal.event;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs listener and observer callbacks off the model loop (see docs/concurrency.md). Each
 * subscriber gets a {@link Queue}: its callbacks run one at a time, in the order they were queued,
 * and a slow or stuck subscriber holds up only its own queue.
 */
public final class EventDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(EventDelivery.class);

    /** The delivery whose pool runs the current thread, so stop() called from a callback does not wait for itself. */
    private static final ThreadLocal<EventDelivery> OWNER = new ThreadLocal<>();

    private final ExecutorService pool;

    public EventDelivery(String name) {
        AtomicInteger threads = new AtomicInteger();
        // Threads come and go with demand, so a blocked subscriber never starves the others.
        this.pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread t = new Thread(() -> {
                OWNER.set(this);
                task.run();
            }, "dialtone-events-" + name + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A new serial queue for one subscriber. */
    public Queue newQueue(String subscriber) {
        return new Queue(subscriber);
    }

    /**
     * Stops delivery: callbacks already running or queued finish, then the threads end; waits at
     * most {@code timeoutMillis} for that.
     */
    public void stop(long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        pool.shutdown();
        if (OWNER.get() == this) {
            return; // called from one of our callbacks: that thread ends when the callback returns
        }
        try {
            pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether every delivery thread has ended. */
    public boolean isStopped() {
        return pool.isTerminated();
    }

    /** The callbacks of one subscriber, run in order, never two at once. */
    public final class Queue {
        private final String subscriber;
        // guarded by this: the pending callbacks and whether a pool thread is draining them
        private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
        private boolean draining;

        private Queue(String subscriber) {
            this.subscriber = subscriber;
        }

        /** Queues a callback; it runs after every callback queued before it. */
        public void add(Runnable callback) {
            synchronized (this) {
                pending.add(callback);
                if (draining) {
                    return;
                }
                draining = true;
            }
            try {
                pool.execute(this::drain);
            } catch (RejectedExecutionException stopped) {
                synchronized (this) {
                    pending.clear();
                    draining = false;
                }
            }
        }

        private void drain() {
            while (true) {
                Runnable next;
                synchronized (this) {
                    next = pending.poll();
                    if (next == null) {
                        draining = false;
                        return;
                    }
                }
                try {
                    next.run();
                } catch (RuntimeException | Error e) {
                    // an application's callback failed: report it and go on with the next event
                    LOG.warn("event callback of {} threw", subscriber, e);
                }
            }
        }
    }
}
