package org.dialtone.internal.model;

import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javax.telephony.PlatformException;
import javax.telephony.ProviderUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread on which a provider's model changes state (see docs/concurrency.md). Backends post
 * signals with {@link #post}; JTAPI methods run their command with {@link #call} and wait for it.
 *
 * <p>Hand-offs spin briefly before they park. Waking a parked thread on an idle core costs tens
 * of microseconds (far more than a command takes), and commands and signals come in quick runs:
 * a JTAPI method, then the switch's answer to it, then the application's next method. So the idle
 * loop watches its queue for {@link #SPIN_NANOS} before it parks, and so does a caller waiting
 * for its command's result; an idle provider parks and costs nothing. The spin is made of
 * {@link Thread#yield()}s rather than CPU pauses: on a busy machine a yield hands the core to
 * whoever is ready (the loop itself, if it shares the core), on an idle one it returns at once.
 * Measured on two shared cores, a pause-based spin lost to plain parking under load and a
 * yield-based one won at any load. Only one caller at a time spins: several would take the CPU
 * from the loop they wait for. And each side spins only while its last wait was short: at a few
 * tasks a millisecond a spin would never catch one, and a spinning core keeps the scheduler from
 * putting the threads woken meanwhile on it.
 */
public final class ModelLoop {
    private static final Logger LOG = LoggerFactory.getLogger(ModelLoop.class);

    /** How long an idle loop, or a caller waiting for a result, spins before it parks. */
    static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

    private final String name;
    private final long timeoutMillis;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** Whether a caller is spinning for its result; the others park at once. */
    private final AtomicBoolean callerSpinning = new AtomicBoolean();
    private volatile Thread thread;
    /** Set by the loop just before it parks; a poster that sees it unparks the loop. */
    private volatile boolean parked;
    /** When a poster last unparked the loop: when its task came, whatever the wake-up then cost. */
    private volatile long unparkedAt;
    /**
     * Loop thread only: whether its last wait for a task was short enough for a spin to catch.
     * When tasks come further apart, spinning only keeps a core looking busy, so that the
     * scheduler puts the threads woken meanwhile (delivery, the application) behind other work.
     */
    private boolean spinPays = true;
    /** The same for callers: whether the last command's result came within a spin. */
    private volatile boolean callerSpinPays = true;
    /** No task is taken any more once the queue is empty. */
    private volatile boolean stopping;
    /** The thread has taken its last task; a command queued now would never run. */
    private volatile boolean ended;

    public ModelLoop(String name, long timeoutMillis) {
        this.name = name;
        this.timeoutMillis = timeoutMillis;
    }

    /** Whether the current thread is this loop's thread. */
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs {@code task} on the loop later; after {@link #stop} the task is dropped. */
    public void post(Runnable task) {
        if (!stopping) {
            enqueue(task);
        }
    }

    /**
     * Runs {@code command} on the loop and returns its result, rethrowing whatever it threw unchanged.
     * The command may only throw exceptions that the calling JTAPI method declares. Run from the loop
     * itself, the command runs at once.
     */
    public <T> T call(Callable<T> command) {
        if (inLoop()) {
            return runHere(command);
        }
        Command<T> c = new Command<>(command);
        if (stopping || !enqueue(c) || ended && tasks.remove(c)) {
            throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_NOT_IN_SERVICE,
                    "provider " + name + " is shut down");
        }
        return c.await();
    }

    /** Stops the loop after the tasks already posted, waiting at most the timeout for them. */
    public void stop() {
        Thread t;
        synchronized (this) {
            stopping = true;
            t = thread;
        }
        if (t == null || inLoop()) {
            return;
        }
        LockSupport.unpark(t);
        try {
            t.join(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the loop's thread has ended (or, stopped before any task, never started). */
    public boolean isStopped() {
        Thread t = thread;
        return stopping && (t == null || !t.isAlive());
    }

    /** Queues a task, starting the thread with the first; false if the loop stopped first. */
    private boolean enqueue(Runnable task) {
        Thread t = thread;
        if (t == null) {
            t = start();
            if (t == null) {
                return false;
            }
        }
        tasks.add(task);
        if (parked) {
            unparkedAt = System.nanoTime();
            LockSupport.unpark(t);
        }
        return true;
    }

    private synchronized Thread start() {
        if (thread == null && !stopping) {
            Thread t = new Thread(this::run, "dialtone-model-" + name);
            t.setDaemon(true);
            thread = t;
            t.start();
        }
        return thread;
    }

    private void run() {
        while (true) {
            Runnable task = tasks.poll();
            if (task != null) {
                runTask(task);
            } else if (stopping) {
                break;
            } else {
                idle();
            }
        }
        ended = true;
        // A command queued while the loop ended would wait out its timeout: refuse it now.
        for (Runnable task; (task = tasks.poll()) != null; ) {
            if (task instanceof Command<?> c) {
                c.refuse(new ProviderUnavailableException(ProviderUnavailableException.CAUSE_NOT_IN_SERVICE,
                        "provider " + name + " is shut down"));
            }
        }
    }

    private static void runTask(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            // Commands and signals catch their own failures; this is a bug, and the loop must go on.
            LOG.error("a task on the model loop failed", e);
        }
    }

    /** Waits for the next task: spins for a while, then parks until a poster unparks it. */
    private void idle() {
        long start = System.nanoTime();
        if (spinPays) {
            while (System.nanoTime() - start < SPIN_NANOS) {
                if (!tasks.isEmpty() || stopping) {
                    return;
                }
                Thread.yield();
            }
        }
        parked = true;
        // Checked after raising the flag: a task queued before it was seen is not missed.
        if (tasks.isEmpty() && !stopping) {
            LockSupport.park(this);
        }
        parked = false;
        // Judged by when the task came, not when the loop woke: a wake-up alone can outlast a spin.
        long woke = unparkedAt;
        long came = woke - start > 0 ? woke : System.nanoTime();
        spinPays = came - start < SPIN_NANOS;
    }

    private static <T> T runHere(Callable<T> command) {
        try {
            return command.call();
        } catch (Exception e) {
            throw ModelLoop.<RuntimeException>rethrow(e);
        }
    }

    // Passes a checked exception through unchanged: the JTAPI method on the way out declares it.
    @SuppressWarnings("unchecked")
    static <E extends Throwable> E rethrow(Throwable t) throws E {
        throw (E) t;
    }

    /** A caller's command: run on the loop, its outcome handed back to the caller waiting in {@link #await}. */
    private final class Command<T> implements Runnable {
        private final Callable<T> body;
        private final Thread caller = Thread.currentThread();
        private T value;
        private Throwable failure;
        /** When the loop finished it, for the caller to judge whether a spin would have caught it. */
        private long finishedAt;
        /** Written last by the loop: publishes value and failure to the caller. */
        private volatile boolean done;
        /** Set by the caller before it parks; the loop unparks it only then. */
        private volatile boolean waiting;

        Command(Callable<T> body) {
            this.body = body;
        }

        @Override
        public void run() {
            try {
                value = body.call();
            } catch (Throwable t) {
                failure = t;
            }
            finish();
        }

        void refuse(RuntimeException why) {
            failure = why;
            finish();
        }

        private void finish() {
            finishedAt = System.nanoTime();
            done = true;
            if (waiting) {
                LockSupport.unpark(caller);
            }
        }

        T await() {
            long start = System.nanoTime();
            long deadline = start + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            if (callerSpinPays && callerSpinning.compareAndSet(false, true)) {
                try {
                    while (!done && System.nanoTime() - start < SPIN_NANOS) {
                        Thread.yield();
                    }
                } finally {
                    callerSpinning.set(false);
                }
            }
            while (!done) {
                long now = System.nanoTime();
                if (now - deadline >= 0) {
                    throw new PlatformException("provider " + name + " did not finish the operation within "
                            + timeoutMillis + " ms");
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new PlatformException("interrupted while waiting for provider " + name);
                }
                waiting = true;
                // Checked after raising the flag: a result that came before it was seen is not missed.
                if (!done) {
                    LockSupport.parkNanos(this, deadline - now);
                }
            }
            callerSpinPays = finishedAt - start < SPIN_NANOS; // when it finished, not when the caller woke
            if (failure != null) {
                throw ModelLoop.<RuntimeException>rethrow(failure);
            }
            return value;
        }
    }
}
