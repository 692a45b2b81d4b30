package org.dialtone.internal.backend.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Who holds whom on the sim switch, as the model told it through {@code Backend.hold} and
 * {@code retrieve}: the switch has no media to silence, so it only writes holds down, for a test
 * to ask whether a party is on hold. A hold ends when it is retrieved or when either leg ends.
 *
 * <p>Thread-safe with its own lock, which is never held while calling out, and never taken while
 * holding {@link SimBackend}'s (docs/concurrency.md: no code path takes two locks).
 */
final class HoldRegister {
    /** The party of leg {@code held}, at {@code heldAddress}, is held by that of leg {@code holder}. */
    private record Hold(long holder, long held, String heldAddress) {
    }

    private final List<Hold> holds = new ArrayList<>();

    synchronized void hold(long holder, long held, String heldAddress) {
        Hold hold = new Hold(holder, held, heldAddress);
        if (!holds.contains(hold)) {
            holds.add(hold);
        }
    }

    synchronized void retrieve(long holder, long held) {
        holds.removeIf(h -> h.holder() == holder && h.held() == held);
    }

    /** Leg {@code leg} has ended: it neither holds nor is held any more. */
    synchronized void legEnded(long leg) {
        holds.removeIf(h -> h.holder() == leg || h.held() == leg);
    }

    /** Whether some call holds a party at {@code address}. */
    synchronized boolean isHeld(String address) {
        return holds.stream().anyMatch(h -> h.heldAddress().equals(address));
    }

    synchronized void clear() {
        holds.clear();
    }

    /**
     * Moves the holds a call's legs take part in to {@code target}, the register of the backend the
     * call is handed to; one register's lock at a time.
     */
    void moveTo(HoldRegister target, Collection<Long> legs) {
        List<Hold> moving = new ArrayList<>();
        synchronized (this) {
            for (Hold h : holds) {
                if (legs.contains(h.holder()) || legs.contains(h.held())) {
                    moving.add(h);
                }
            }
            holds.removeAll(moving);
        }
        for (Hold h : moving) {
            target.hold(h.holder(), h.held(), h.heldAddress());
        }
    }
}
