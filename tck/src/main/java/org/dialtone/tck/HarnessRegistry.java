package org.dialtone.tck;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.dialtone.tck.spi.Harness;

/**
 * Harness objects handed to a run in this JVM: the runner registers one and passes its key to the
 * tests as a JUnit configuration parameter ({@link TckExtension#HARNESS_KEY}).
 */
public final class HarnessRegistry {
    private static final Map<String, Harness> HARNESSES = new ConcurrentHashMap<>();
    private static final AtomicLong KEYS = new AtomicLong();

    private HarnessRegistry() {
    }

    /** Registers {@code harness} and returns its key. */
    public static String register(Harness harness) {
        String key = "harness-" + KEYS.incrementAndGet();
        HARNESSES.put(key, Objects.requireNonNull(harness, "harness"));
        return key;
    }

    /** The harness registered under {@code key}, if it still is. */
    public static Optional<Harness> lookup(String key) {
        return Optional.ofNullable(HARNESSES.get(key));
    }

    /** Forgets the harness under {@code key}. */
    public static void unregister(String key) {
        HARNESSES.remove(key);
    }
}
