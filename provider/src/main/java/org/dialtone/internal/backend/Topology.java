package org.dialtone.internal.backend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local addresses and terminals a backend hosts, and which terminals serve which address.
 * Immutable; lists keep the order in which the backend declared them (creation order).
 */
public final class Topology {
    private final Map<String, List<String>> terminalsByAddress;
    private final List<String> terminals;

    private Topology(Map<String, List<String>> terminalsByAddress, List<String> terminals) {
        this.terminalsByAddress = terminalsByAddress;
        this.terminals = terminals;
    }

    /**
     * Creates a topology.
     *
     * @param terminalsByAddress each local address, in order, with the terminals that serve it
     *     (possibly none)
     * @param terminals every terminal, in order; each must serve at least one address
     */
    public static Topology of(Map<String, List<String>> terminalsByAddress, List<String> terminals) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        terminalsByAddress.forEach((address, list) -> copy.put(address, List.copyOf(list)));
        return new Topology(Collections.unmodifiableMap(copy), List.copyOf(terminals));
    }

    /** Every local address, in declaration order. */
    public List<String> addresses() {
        return List.copyOf(terminalsByAddress.keySet());
    }

    /** Every terminal, in declaration order. */
    public List<String> terminals() {
        return terminals;
    }

    /** The terminals serving {@code address}, or an empty list if it has none or is not local. */
    public List<String> terminalsOf(String address) {
        return terminalsByAddress.getOrDefault(address, List.of());
    }

    /** The addresses {@code terminal} serves, in declaration order. */
    public List<String> addressesOf(String terminal) {
        List<String> result = new ArrayList<>();
        terminalsByAddress.forEach((address, list) -> {
            if (list.contains(terminal)) {
                result.add(address);
            }
        });
        return result;
    }
}
