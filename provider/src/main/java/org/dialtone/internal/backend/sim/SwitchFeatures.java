package org.dialtone.internal.backend.sim;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dialtone.internal.backend.ForwardingRule;

/**
 * The per-line features of the sim switch that the model sets: each address's forwarding rules,
 * do-not-disturb of addresses and terminals, and the message-waiting lamps. Thread-safe without
 * a lock of its own being held while calling out (concurrent maps of immutable values), so the
 * backend may read it with or without its own lock.
 */
final class SwitchFeatures {
    private final Map<String, List<ForwardingRule>> forwarding = new ConcurrentHashMap<>();
    private final Set<String> addressesNotToDisturb = ConcurrentHashMap.newKeySet();
    private final Set<String> terminalsNotToDisturb = ConcurrentHashMap.newKeySet();
    private final Set<String> messagesWaiting = ConcurrentHashMap.newKeySet();

    void setForwarding(String address, List<ForwardingRule> rules) {
        if (rules.isEmpty()) {
            forwarding.remove(address);
        } else {
            forwarding.put(address, List.copyOf(rules));
        }
    }

    /** The forwarding rules of {@code address}, in the order they were set; empty if none. */
    List<ForwardingRule> forwardingOf(String address) {
        return forwarding.getOrDefault(address, List.of());
    }

    void setAddressDoNotDisturb(String address, boolean on) {
        switchSet(addressesNotToDisturb, address, on);
    }

    void setTerminalDoNotDisturb(String terminal, boolean on) {
        switchSet(terminalsNotToDisturb, terminal, on);
    }

    boolean isTerminalNotToDisturb(String terminal) {
        return terminalsNotToDisturb.contains(terminal);
    }

    /**
     * Whether a call to {@code address}, carried by {@code terminals}, is refused for
     * do-not-disturb: the address has it on, or it has terminals and every one of them has it on.
     */
    boolean refusesForDoNotDisturb(String address, List<String> terminals) {
        if (addressesNotToDisturb.contains(address)) {
            return true;
        }
        return !terminals.isEmpty() && terminals.stream().allMatch(terminalsNotToDisturb::contains);
    }

    /** The first of {@code terminals} that may ring, or null if none. */
    String firstTerminalToRing(List<String> terminals) {
        return terminals.stream().filter(t -> !terminalsNotToDisturb.contains(t)).findFirst().orElse(null);
    }

    void setMessageWaiting(String address, boolean on) {
        switchSet(messagesWaiting, address, on);
    }

    boolean isMessageWaiting(String address) {
        return messagesWaiting.contains(address);
    }

    private static void switchSet(Set<String> set, String name, boolean on) {
        if (on) {
            set.add(name);
        } else {
            set.remove(name);
        }
    }
}
