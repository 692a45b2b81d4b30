package org.dialtone.internal.backend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local addresses and terminals a backend hosts, and which terminals serve which address; and
 * the switch features built on them that the model checks before it commands anything: the park
 * orbits and the pickup groups. Immutable; lists keep the order in which the backend declared them
 * (creation order).
 */
public final class Topology {
    private final Map<String, List<String>> terminalsByAddress;
    private final List<String> terminals;
    private final List<String> parkOrbits;
    private final Map<String, List<String>> pickupGroups;
    /** The inverse of terminalsByAddress, built once: a switch of many lines asks for every terminal. */
    private final Map<String, List<String>> addressesByTerminal;

    private Topology(Map<String, List<String>> terminalsByAddress, List<String> terminals, List<String> parkOrbits,
            Map<String, List<String>> pickupGroups) {
        this.terminalsByAddress = terminalsByAddress;
        this.terminals = terminals;
        this.parkOrbits = parkOrbits;
        this.pickupGroups = pickupGroups;
        Map<String, List<String>> inverse = new HashMap<>();
        terminalsByAddress.forEach((address, list) -> {
            for (String terminal : list) {
                inverse.computeIfAbsent(terminal, t -> new ArrayList<>(1)).add(address);
            }
        });
        inverse.replaceAll((terminal, list) -> List.copyOf(list));
        this.addressesByTerminal = inverse;
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
        return new Topology(Collections.unmodifiableMap(copy), List.copyOf(terminals), List.of(), Map.of());
    }

    /**
     * This topology with park orbits: local addresses, with no terminal, where calls can be parked.
     *
     * @throws IllegalArgumentException if an orbit is not one of the local addresses
     */
    public Topology withParkOrbits(List<String> orbits) {
        for (String orbit : orbits) {
            requireLocal(orbit, "park orbit");
        }
        return new Topology(terminalsByAddress, terminals, List.copyOf(orbits), pickupGroups);
    }

    /**
     * This topology with pickup groups: each name with its member addresses, in order.
     *
     * @throws IllegalArgumentException if a member is not one of the local addresses
     */
    public Topology withPickupGroups(Map<String, List<String>> groups) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        groups.forEach((name, members) -> {
            members.forEach(member -> requireLocal(member, "member of pickup group '" + name + "'"));
            copy.put(name, List.copyOf(members));
        });
        return new Topology(terminalsByAddress, terminals, parkOrbits, Collections.unmodifiableMap(copy));
    }

    private void requireLocal(String address, String role) {
        if (!terminalsByAddress.containsKey(address)) {
            throw new IllegalArgumentException(role + " '" + address + "' is not a local address");
        }
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

    /** The park orbits, in declaration order; empty if the switch offers no park. */
    public List<String> parkOrbits() {
        return parkOrbits;
    }

    /** The pickup groups by name, each with its members, in declaration order. */
    public Map<String, List<String>> pickupGroups() {
        return pickupGroups;
    }

    /** The name of the pickup group {@code address} belongs to, or null if none. */
    public String pickupGroupOf(String address) {
        for (Map.Entry<String, List<String>> group : pickupGroups.entrySet()) {
            if (group.getValue().contains(address)) {
                return group.getKey();
            }
        }
        return null;
    }

    /** The addresses {@code terminal} serves, in declaration order. */
    public List<String> addressesOf(String terminal) {
        return addressesByTerminal.getOrDefault(terminal, List.of());
    }
}
