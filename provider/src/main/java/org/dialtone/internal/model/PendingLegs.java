package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * Legs the model has asked the backend to set up that are not connections yet, such as the
 * destination of a blind transfer, which joins the call only once the backend says it can be
 * reached. The backend's first signal for such a leg goes to its waiter instead of a connection.
 * Loop-owned.
 */
final class PendingLegs {
    /** What the backend said first about a pending leg. */
    enum Outcome { REACHED, OFFERED, ALERTING, ANSWERED, FAILED, RELEASED }

    /** Who waits for a pending leg. */
    interface Waiter {
        /**
         * Loop only: the backend's first word on the leg, which is no longer pending.
         *
         * @param cause the cause of FAILED or RELEASED, else 0
         * @param terminal where a local party ANSWERED, else null
         */
        void settle(Outcome outcome, int cause, String terminal);

        /**
         * Loop only: the backend diverted the leg (the destination's forwarding) to
         * {@code destination} as {@code newLeg}; the waiter now waits for that one.
         *
         * @return false if the waiter gives up instead (the backend must then drop {@code newLeg})
         */
        boolean diverted(long newLeg, String destination);

        /** Loop only: the provider shuts down before the backend said anything. */
        void abandon();
    }

    private final Map<Long, Waiter> waiting = new HashMap<>();

    void add(long leg, Waiter waiter) {
        waiting.put(leg, waiter);
    }

    /** Takes the leg out if {@code waiter} still waits for it; returns whether it did. */
    boolean remove(long leg, Waiter waiter) {
        return waiting.remove(leg, waiter);
    }

    /** Hands a signal to the leg's waiter; returns false if the leg is not pending. */
    boolean settle(long leg, Outcome outcome, int cause, String terminal) {
        Waiter waiter = waiting.remove(leg);
        if (waiter == null) {
            return false;
        }
        waiter.settle(outcome, cause, terminal);
        return true;
    }

    /** Hands a diversion to the leg's waiter; returns false if the leg is not pending or it gave up. */
    boolean divert(long leg, long newLeg, String destination) {
        Waiter waiter = waiting.remove(leg);
        if (waiter == null || !waiter.diverted(newLeg, destination)) {
            return false;
        }
        waiting.put(newLeg, waiter);
        return true;
    }

    /** Every waiter gives up; for the provider's shutdown. */
    void abandonAll() {
        for (Waiter waiter : new ArrayList<>(waiting.values())) {
            waiter.abandon();
        }
        waiting.clear();
    }
}
