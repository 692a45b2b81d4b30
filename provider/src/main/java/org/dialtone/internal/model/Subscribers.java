package org.dialtone.internal.model;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.dialtone.internal.event.EventDelivery;

/**
 * The provider's table of {@link Subscriber}s by application object identity. Loop-owned.
 *
 * <p>An object has one delivery queue for as long as it has callbacks to run: when its last
 * reference goes, its subscriber retires rather than vanishes, and if the object is added again
 * before the queue has run dry it gets the same queue back. Otherwise its last "observation ended"
 * callback and the first callback of its new subscription could run at once, or out of order.
 */
final class Subscribers {
    private final EventDelivery delivery;
    private final Consumer<Runnable> loop;
    private final Map<Object, Subscriber> byTarget = new IdentityHashMap<>();
    /** Subscribers with no reference left whose queues may still hold callbacks. */
    private final Map<Object, Subscriber> retiring = new IdentityHashMap<>();

    /** @param loop posts a task to the provider's loop, where this table may be changed */
    Subscribers(EventDelivery delivery, Consumer<Runnable> loop) {
        this.delivery = delivery;
        this.loop = loop;
    }

    /** The subscriber for {@code target}, with one more reference. */
    Subscriber retain(Object target) {
        Subscriber s = byTarget.get(target);
        if (s == null) {
            s = retiring.remove(target);
            if (s == null) {
                s = new Subscriber(target, delivery.newQueue(target.getClass().getName()));
            }
            byTarget.put(target, s);
        }
        s.retain();
        return s;
    }

    /** Drops one reference; with its last one the subscriber retires until its queue has run dry. */
    void release(Subscriber s) {
        if (s.release()) {
            byTarget.remove(s.target);
            retiring.put(s.target, s);
            int retirement = s.retire();
            // Runs after every callback queued so far; then nothing of this retirement is pending.
            s.deliver(() -> loop.accept(() -> forget(s, retirement)));
        }
    }

    private void forget(Subscriber s, int retirement) {
        if (retiring.get(s.target) == s && s.retirements() == retirement) {
            retiring.remove(s.target);
        }
    }

    /** How many application objects the provider holds subscriptions for; for leak checks. */
    int size() {
        return byTarget.size();
    }
}
