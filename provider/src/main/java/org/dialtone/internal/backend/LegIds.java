package org.dialtone.internal.backend;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out leg ids, unique in the JVM, to the model and to backends alike: a leg is one party's
 * part in a call (one JTAPI Connection), and both sides name it by this id.
 */
public final class LegIds {
    private static final AtomicLong NEXT = new AtomicLong();

    private LegIds() {
    }

    /** A leg id never handed out before. */
    public static long next() {
        return NEXT.incrementAndGet();
    }
}
