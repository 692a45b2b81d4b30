package org.dialtone.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A sample's {@code run(args, in, out, err)} on a thread of its own, with its standard input a pipe
 * the test types into and its output captured, as if started from a shell.
 */
final class SampleRun implements AutoCloseable {
    /** A sample's entry point. */
    interface Entry {
        int run(String[] args, InputStream in, PrintStream out, PrintStream err);
    }

    final Output out = new Output();
    final Output err = new Output();
    private final PipedOutputStream input = new PipedOutputStream();
    private final FutureTask<Integer> exit;

    private SampleRun(Entry entry, String... args) throws IOException {
        PipedInputStream in = new PipedInputStream(input, 64 * 1024);
        exit = new FutureTask<>(() -> entry.run(args, in, out.stream(), err.stream()));
        Thread thread = new Thread(exit, "sample-under-test");
        thread.setDaemon(true);
        thread.start();
    }

    static SampleRun start(Entry entry, String... args) {
        try {
            return new SampleRun(entry, args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types {@code line} and Enter on the sample's standard input. */
    void type(String line) {
        try {
            input.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            input.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the sample's standard input (Ctrl-D). */
    void endInput() {
        try {
            input.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits up to 10 s for the sample to end and returns its exit status. */
    int awaitExit() {
        try {
            return exit.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("the sample threw " + e.getCause() + "\nprinted:\n" + out.text()
                    + "\nerrors:\n" + err.text(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the sample did not end within 10 s; printed:\n" + out.text()
                    + "\nerrors:\n" + err.text());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        endInput();
        exit.cancel(true);
    }
}
