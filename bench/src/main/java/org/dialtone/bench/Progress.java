package org.dialtone.bench;

import java.util.concurrent.TimeUnit;
import javax.telephony.Call;

/**
 * How far the call a benchmark thread is running has got, as its observer or listener learns it
 * on a delivery thread; the benchmark thread waits here for the milestone it needs next.
 */
final class Progress {
    /** The called party is ringing. */
    static final int ALERTING = 1;
    /** The call has ended. */
    static final int INVALID = 2;

    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private Call call;
    private int reached;

    /** From now on, milestones of {@code next} count; those of earlier calls are ignored. */
    synchronized void follow(Call next) {
        call = next;
        reached = 0;
    }

    synchronized void reach(Call of, int milestone) {
        if (of == call && milestone > reached) {
            reached = milestone;
            notifyAll();
        }
    }

    /**
     * Waits until the followed call reaches {@code milestone}.
     *
     * @throws IllegalStateException if it does not within 10 s: the provider lost an event
     */
    synchronized void await(int milestone) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (reached < milestone) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException(call + " reached milestone " + reached + ", not " + milestone
                        + ", within 10 s");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
