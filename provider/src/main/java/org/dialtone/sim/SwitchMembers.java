package org.dialtone.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dialtone.internal.backend.sim.SimBackend;

/**
 * The providers sharing one sim switch, as their backends, in the order they attached, with the
 * application names they registered for handoff; and who among them hears what starts at the
 * switch. Thread-safe: one lock over the lists, never held while asking a backend anything.
 */
final class SwitchMembers {
    private final List<SimBackend> backends = new ArrayList<>();
    private final Map<String, SimBackend> applications = new HashMap<>();

    /** Adds {@code backend}; when {@code alone}, only if no other is attached. */
    synchronized boolean add(SimBackend backend, boolean alone) {
        if (alone && !backends.isEmpty()) {
            return false;
        }
        backends.add(backend);
        return true;
    }

    /** Removes a stopped backend and the names it held. */
    synchronized void remove(SimBackend backend) {
        backends.remove(backend);
        applications.values().removeIf(holder -> holder == backend);
    }

    /** Every attached backend, in attach order. */
    synchronized List<SimBackend> all() {
        return List.copyOf(backends);
    }

    /** Gives {@code name} to {@code backend} unless another backend holds it. */
    synchronized boolean register(String name, SimBackend backend) {
        if (!backends.contains(backend)) {
            return false;
        }
        SimBackend holder = applications.putIfAbsent(name, backend);
        return holder == null || holder == backend;
    }

    synchronized void unregister(String name, SimBackend backend) {
        applications.remove(name, backend);
    }

    /** The backend holding {@code name}, if it is still running. */
    Optional<SimBackend> application(String name) {
        SimBackend holder;
        synchronized (this) {
            holder = applications.get(name);
        }
        return Optional.ofNullable(holder).filter(SimBackend::isRunning);
    }

    /**
     * Who takes a new call at the local {@code address}: the first running backend whose
     * application watches the address, else the first running one, else the first attached (to
     * say it is not running); null if none is attached.
     */
    SimBackend forNewCall(String address) {
        List<SimBackend> now = all();
        for (SimBackend backend : now) {
            if (backend.watches(address)) {
                return backend;
            }
        }
        return now.stream().filter(SimBackend::isRunning).findFirst().orElse(now.isEmpty() ? null : now.get(0));
    }

    /** Who hears a user answering at {@code address}: the first with a call ringing there, else as a new call. */
    SimBackend forAnswer(String address) {
        for (SimBackend backend : all()) {
            if (backend.ringsAt(address)) {
                return backend;
            }
        }
        return forNewCall(address);
    }
}
