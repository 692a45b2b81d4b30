package org.dialtone.internal.model;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.telephony.PlatformException;
import javax.telephony.ProviderUnavailableException;

/**
 * The one thread on which a provider's model changes state (see docs/concurrency.md). Backends post
 * signals with {@link #post}; JTAPI methods run their command with {@link #call} and wait for it.
 */
public final class ModelLoop {
    private final String name;
    private final long timeoutMillis;
    private final ExecutorService executor;
    private volatile Thread thread;

    public ModelLoop(String name, long timeoutMillis) {
        this.name = name;
        this.timeoutMillis = timeoutMillis;
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "dialtone-model-" + name);
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    /** Whether the current thread is this loop's thread. */
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs {@code task} on the loop later; after {@link #stop} the task is dropped. */
    public void post(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException stopped) {
            // the provider is shut down: there is no model left to change
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
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(command.call());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        } catch (RejectedExecutionException stopped) {
            throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_NOT_IN_SERVICE,
                    "provider " + name + " is shut down");
        }
        try {
            return result.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw ModelLoop.<RuntimeException>rethrow(e.getCause());
        } catch (TimeoutException e) {
            throw new PlatformException("provider " + name + " did not finish the operation within "
                    + timeoutMillis + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while waiting for provider " + name);
        }
    }

    /** Stops the loop after the tasks already posted, waiting at most the timeout for them. */
    public void stop() {
        executor.shutdown();
        if (inLoop()) {
            return;
        }
        try {
            executor.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the loop's thread has ended. */
    public boolean isStopped() {
        return executor.isTerminated();
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
}
