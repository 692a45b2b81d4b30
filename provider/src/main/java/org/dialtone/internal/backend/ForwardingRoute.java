package org.dialtone.internal.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The way of a call that forwarding or redirection may divert: who calls, the local address (or
 * number) it arrives at now, and the local addresses it was diverted away from on the way, in
 * order. A backend diverts a call only to an address it has not left yet, so that a chain of
 * forwardings cannot go round for ever.
 *
 * @param caller the calling party's number (null if unknown)
 * @param at where the call arrives now
 * @param visited the addresses it left on the way here, first first
 */
public record ForwardingRoute(String caller, String at, List<String> visited) {

    /**
     * Checks and copies the route.
     *
     * @throws NullPointerException if {@code at} or {@code visited} is null
     */
    public ForwardingRoute {
        Objects.requireNonNull(at, "at");
        visited = List.copyOf(visited);
    }

    /** A call from {@code caller} arriving at {@code at} for the first time. */
    public static ForwardingRoute fresh(String caller, String at) {
        return new ForwardingRoute(caller, at, List.of());
    }

    /** The addresses visited once the call leaves {@link #at}. */
    public List<String> leaving() {
        List<String> path = new ArrayList<>(visited);
        path.add(at);
        return List.copyOf(path);
    }

    /**
     * The call goes on from here to {@code destination}, or null if it left there already (going
     * there would make it loop).
     */
    public ForwardingRoute divertedTo(String destination) {
        List<String> path = leaving();
        return path.contains(destination) ? null : new ForwardingRoute(caller, destination, path);
    }
}
