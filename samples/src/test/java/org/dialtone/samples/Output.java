package org.dialtone.samples;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a sample printed, line by line, as a PrintStream to hand it; {@link #await} waits (up to
 * 5 s) for a line to appear, so a test never sleeps.
 */
public final class Output {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final List<String> lines = new ArrayList<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(new OutputStream() {
        @Override
        public void write(int b) {
            take(b);
        }
    }, true, StandardCharsets.UTF_8);

    /** The stream the sample prints to. */
    public PrintStream stream() {
        return stream;
    }

    private synchronized void take(int b) {
        if (b == '\n') {
            lines.add(partial.toString(StandardCharsets.UTF_8).replace("\r", ""));
            partial.reset();
            notifyAll();
        } else {
            partial.write(b);
        }
    }

    /** The whole lines printed so far. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Everything printed so far, lines joined with {@code \n}. */
    public String text() {
        return String.join("\n", lines());
    }

    /** Waits for line number {@code index} (from 0) to be printed and returns it. */
    public synchronized String lineAt(int index) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (lines.size() <= index) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no line " + (index + 1) + " within " + TIMEOUT.toSeconds() + " s; printed:\n"
                        + text());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for line " + (index + 1), e);
            }
        }
        return lines.get(index);
    }

    /** Waits for a line containing {@code text} and returns it. */
    public String await(String text) {
        return await("a line containing '" + text + "'", line -> line.contains(text));
    }

    /** Waits for a line matching {@code test} and returns it. */
    public synchronized String await(String what, Predicate<String> test) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < lines.size(); seen++) {
                if (test.test(lines.get(seen))) {
                    return lines.get(seen);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + what + " within " + TIMEOUT.toSeconds() + " s; printed:\n" + text());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
