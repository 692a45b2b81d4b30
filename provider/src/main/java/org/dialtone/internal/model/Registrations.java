package org.dialtone.internal.model;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The listeners or observers of one role added to one object (say, the call observers of an
 * address), in the order they were added. Changes happen on the loop; {@link #toArray} may be
 * read from any thread.
 */
final class Registrations<T> {
    private final Class<T> type;
    /** Made on the first add: most lines never have a subscriber, and an empty identity map is 300 bytes. */
    private Map<T, Subscriber> entries;
    private volatile List<T> order = List.of();

    Registrations(Class<T> type) {
        this.type = type;
    }

    /** Adds {@code target}; returns false if it was already there. Loop only. */
    boolean add(T target, Subscribers subscribers) {
        if (entries == null) {
            entries = new IdentityHashMap<>(4);
        } else if (entries.containsKey(target)) {
            return false;
        }
        entries.put(target, subscribers.retain(target));
        List<T> copy = new ArrayList<>(order);
        copy.add(target);
        order = List.copyOf(copy);
        return true;
    }

    /** Removes {@code target} and returns its subscriber (still retained), or null. Loop only. */
    Subscriber remove(T target) {
        Subscriber s = entries == null ? null : entries.remove(target);
        if (s != null) {
            List<T> copy = new ArrayList<>(order);
            copy.remove(target);
            order = List.copyOf(copy);
        }
        return s;
    }

    Subscriber subscriberOf(T target) {
        return entries == null ? null : entries.get(target);
    }

    /** The targets in the order they were added. */
    List<T> targets() {
        return order;
    }

    boolean isEmpty() {
        return order.isEmpty();
    }

    /** The targets as an array, or null if there are none (as JTAPI getters answer). */
    @SuppressWarnings("unchecked")
    T[] toArray() {
        List<T> now = order;
        return now.isEmpty() ? null : now.toArray((T[]) Array.newInstance(type, now.size()));
    }
}
