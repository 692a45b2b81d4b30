package org.dialtone.internal.backend.sim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The call completion requests the sim switch is waiting to carry out: callbacks (ring the
 * requester once the target is free) and camped-on legs (offer the leg to the target once it is
 * free). Not thread-safe: the backend keeps it under its own lock and acts on what {@link #due}
 * hands back after letting the lock go.
 */
final class Completions {
    /** A callback to carry out: ring {@code requester}, then call {@code target}. */
    record Callback(long request, String requester, String target) {
    }

    /** A leg waiting at a busy {@code target} for a call from {@code caller}. */
    record CampOn(long leg, String caller, String target) {
    }

    private final Map<Long, Callback> callbacks = new LinkedHashMap<>();
    private final Map<Long, CampOn> campOns = new LinkedHashMap<>();

    void add(Callback callback) {
        callbacks.put(callback.request(), callback);
    }

    void add(CampOn campOn) {
        campOns.put(campOn.leg(), campOn);
    }

    void cancelCallback(long request) {
        callbacks.remove(request);
    }

    /** Forgets a camped-on leg; returns whether it was waiting. */
    boolean cancelCampOn(long leg) {
        return campOns.remove(leg) != null;
    }

    /**
     * Removes and returns, in the order they were made, the callbacks and camp-ons waiting for
     * {@code target} if {@code isFree} says it is free now.
     */
    List<Object> due(String target, Predicate<String> isFree) {
        List<Object> out = new ArrayList<>();
        if (!waitsFor(target) || !isFree.test(target)) {
            return out;
        }
        take(campOns.values().iterator(), c -> c.target().equals(target), out);
        take(callbacks.values().iterator(), c -> c.target().equals(target), out);
        return out;
    }

    private boolean waitsFor(String target) {
        return campOns.values().stream().anyMatch(c -> c.target().equals(target))
                || callbacks.values().stream().anyMatch(c -> c.target().equals(target));
    }

    private static <T> void take(Iterator<T> it, Predicate<T> wanted, List<Object> out) {
        while (it.hasNext()) {
            T next = it.next();
            if (wanted.test(next)) {
                it.remove();
                out.add(next);
            }
        }
    }

    void clear() {
        callbacks.clear();
        campOns.clear();
    }
}
