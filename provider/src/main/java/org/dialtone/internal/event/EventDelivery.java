package org.dialtone.internal.event;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs listener and observer callbacks off the model loop (see docs/concurrency.md). Each
 * subscriber gets a {@link Queue}: its callbacks run one at a time, in the order they were queued,
 * and a slow or stuck subscriber holds up only its own queue.
 *
 * <p>A queue that runs dry is drained a little longer: one pool thread at a time watches it for
 * {@link #LINGER_NANOS} before it lets go, as long as the queue's callbacks have been coming that
 * close together. A call's next batch of events usually follows within microseconds, and handing
 * it to a parked pool thread would cost more than that.
 */
public final class EventDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(EventDelivery.class);

    /** How long a drained queue is watched for more callbacks before its thread goes back to the pool. */
    static final long LINGER_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

    /** The delivery whose pool runs the current thread, so stop() called from a callback does not wait for itself. */
    private static final ThreadLocal<EventDelivery> OWNER = new ThreadLocal<>();

    private final ExecutorService pool;
    /** Whether a pool thread is lingering on a drained queue; one at a time, so idle spinning stays bounded. */
    private final AtomicBoolean lingering = new AtomicBoolean();

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
        /** How many callbacks are pending, written under the lock; read without it by a lingering thread. */
        private volatile int waiting;
        // guarded by this: when the last drain ended, and whether lingering on this queue pays off
        // (its callbacks come less than a linger apart); lingering when they do not only keeps a
        // core looking busy, so that the scheduler puts the threads woken meanwhile behind other work
        private long drainEnded;
        private boolean lingerPays = true;

        private Queue(String subscriber) {
            this.subscriber = subscriber;
        }

        /** Queues a callback; it runs after every callback queued before it. */
        public void add(Runnable callback) {
            synchronized (this) {
                pending.add(callback);
                waiting = pending.size();
                if (draining) {
                    return;
                }
                draining = true;
                lingerPays = System.nanoTime() - drainEnded < LINGER_NANOS;
            }
            try {
                pool.execute(this::drain);
            } catch (RejectedExecutionException stopped) {
                synchronized (this) {
                    pending.clear();
                    waiting = 0;
                    draining = false;
                }
            }
        }

        private void drain() {
            while (true) {
                Runnable next = take();
                if (next == null) {
                    return;
                }
                try {
                    next.run();
                } catch (RuntimeException | Error e) {
                    // an application's callback failed: report it and go on with the next event
                    LOG.warn("event callback of {} threw", subscriber, e);
                }
            }
        }

        /** The next callback, lingering for one if none is pending; null when this drain is over. */
        private Runnable take() {
            Runnable next = poll();
            if (next == null && lingerPays() && lingering.compareAndSet(false, true)) {
                try {
                    long deadline = System.nanoTime() + LINGER_NANOS;
                    while (next == null && System.nanoTime() - deadline < 0) {
                        if (waiting > 0) {
                            next = poll();
                        } else {
                            Thread.yield(); // as ModelLoop spins: gives the core away on a busy machine
                        }
                    }
                } finally {
                    lingering.set(false);
                }
            }
            if (next != null) {
                return next;
            }
            synchronized (this) {
                next = pending.poll();
                waiting = pending.size();
                if (next == null) {
                    draining = false;
                    drainEnded = System.nanoTime();
                }
                return next;
            }
        }

        private synchronized boolean lingerPays() {
            return lingerPays;
        }

        private Runnable poll() {
            synchronized (this) {
                Runnable next = pending.poll();
                waiting = pending.size();
                return next;
            }
        }
    }
}
