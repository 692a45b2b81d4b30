package org.dialtone.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import javax.telephony.Call;

/**
 * How far the call a benchmark thread is running has got, as its observer or listener learns it
 * on a delivery thread; the benchmark thread waits here for the milestone it needs next.
 *
 * <p>The wait spins (yielding) for up to 50 us before it parks, as the provider's own hand-offs do: the
 * event is usually microseconds away, and a park and wake-up would cost the benchmark thread
 * more than the provider spends on the whole call. What is measured is then the provider, not
 * the scheduler's wake-up latency.
 */
final class Progress {
    /** The called party is ringing. */
    static final int ALERTING = 1;
    /** The call has ended. */
    static final int INVALID = 2;

    private static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(50);
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** A call and the furthest milestone it reached; replaced whole, so a milestone never lands on the wrong call. */
    private record Mark(Call call, int reached) {
    }

    private final AtomicReference<Mark> mark = new AtomicReference<>(new Mark(null, 0));
    private volatile Thread parked;

    /** From now on, milestones of {@code next} count; those of earlier calls are ignored. */
    void follow(Call next) {
        mark.set(new Mark(next, 0));
    }

    /** Delivery thread: {@code of} reached {@code milestone}. */
    void reach(Call of, int milestone) {
        Mark now;
        do {
            now = mark.get();
            if (now.call() != of || now.reached() >= milestone) {
                return;
            }
        } while (!mark.compareAndSet(now, new Mark(of, milestone)));
        Thread waiter = parked;
        if (waiter != null) {
            LockSupport.unpark(waiter);
        }
    }

    /**
     * Waits until the followed call reaches {@code milestone}.
     *
     * @throws IllegalStateException if it does not within 10 s: the provider lost an event
     */
    void await(int milestone) throws InterruptedException {
        long start = System.nanoTime();
        while (mark.get().reached() < milestone) {
            long waited = System.nanoTime() - start;
            if (waited < SPIN_NANOS) {
                Thread.yield();
                continue;
            }
            if (waited > TIMEOUT_NANOS) {
                Mark m = mark.get();
                throw new IllegalStateException(m.call() + " reached milestone " + m.reached() + ", not "
                        + milestone + ", within 10 s");
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            parked = Thread.currentThread();
            // Checked after announcing the park: a milestone reached before that is not missed.
            if (mark.get().reached() < milestone) {
                LockSupport.parkNanos(this, TIMEOUT_NANOS - waited);
            }
            parked = null;
        }
    }
}
