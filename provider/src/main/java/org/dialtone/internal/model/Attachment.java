package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One call listener or observer attached to one call, with the objects it came through: the call
 * itself, or the addresses and terminals it was added to. It stays attached while any of them is
 * still part of the call. Loop-owned.
 */
final class Attachment {
    /** The application's listener or observer. */
    final Object target;
    /**
     * Its delivery queue, held from the provider's table; null while the call is IDLE, so that a
     * call that never starts (its connect refused, say) holds nothing in the provider.
     */
    Subscriber subscriber;
    final List<Object> sources = new ArrayList<>(2);
    private final Object observed;

    /**
     * @param subscriber the target's subscriber, retained for this attachment, or null for an IDLE call
     * @param source the first object it came through
     */
    Attachment(Object target, Subscriber subscriber, Object source) {
        this.target = target;
        this.subscriber = subscriber;
        this.observed = source;
        sources.add(source);
    }

    /** What {@code Ev.getObserved()} names: the first object it was added through. */
    Object observed() {
        return observed;
    }
}
