package org.dialtone.internal.model;

import org.dialtone.internal.event.EventDelivery;

/**
 * An application's listener or observer object as the provider knows it: one delivery queue per
 * object, whichever interfaces it implements and wherever it was added, so its callbacks never
 * run two at a time and events of one call reach it in order. Counted references (one per place
 * it is added to, one per call it is attached to) let the provider forget it when it is gone
 * from everywhere. Loop-owned.
 */
final class Subscriber {
    final Object target;
    final EventDelivery.Queue queue;
    private int references;
    private int retirements;

    Subscriber(Object target, EventDelivery.Queue queue) {
        this.target = target;
        this.queue = queue;
    }

    void retain() {
        references++;
    }

    /** Drops one reference; returns whether none is left. */
    boolean release() {
        return --references == 0;
    }

    /** Counts one more time that its last reference went; returns the new count. */
    int retire() {
        return ++retirements;
    }

    /** How often its last reference went, so that only the latest retirement may forget it. */
    int retirements() {
        return retirements;
    }

    /** Queues a callback to the application. */
    void deliver(Runnable callback) {
        queue.add(callback);
    }
}
