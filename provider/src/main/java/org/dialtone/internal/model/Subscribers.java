package org.dialtone.internal.model;

import java.util.IdentityHashMap;
import java.util.Map;
import org.dialtone.internal.event.EventDelivery;

/** The provider's table of {@link Subscriber}s by application object identity. Loop-owned. */
final class Subscribers {
    private final EventDelivery delivery;
    private final Map<Object, Subscriber> byTarget = new IdentityHashMap<>();

    Subscribers(EventDelivery delivery) {
        this.delivery = delivery;
    }

    /** The subscriber for {@code target}, with one more reference. */
    Subscriber retain(Object target) {
        Subscriber s = byTarget.computeIfAbsent(target,
                t -> new Subscriber(t, delivery.newQueue(t.getClass().getName())));
        s.retain();
        return s;
    }

    /** Drops one reference; the subscriber is forgotten with its last one. */
    void release(Subscriber s) {
        if (s.release()) {
            byTarget.remove(s.target);
        }
    }

    /** How many application objects the provider holds; for leak checks. */
    int size() {
        return byTarget.size();
    }
}
