package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One call listener or observer attached to one call, with the objects it came through: the call
 * itself, or the addresses and terminals it was added to. It stays attached while any of them is
 * still part of the call. Loop-owned.
 */
final class Attachment {
    final Subscriber subscriber;
    final List<Object> sources = new ArrayList<>(2);
    private final Object observed;

    /** @param source the first object it came through */
    Attachment(Subscriber subscriber, Object source) {
        this.subscriber = subscriber;
        this.observed = source;
        sources.add(source);
    }

    /** What {@code Ev.getObserved()} names: the first object it was added through. */
    Object observed() {
        return observed;
    }
}
