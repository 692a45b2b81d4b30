package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.telephony.events.Ev;

/**
 * How transfer and conference move parties from one call into another, as the spec describes it:
 * the moving connection and its terminal connections leave the old call (DISCONNECTED, DROPPED)
 * and new ones in the same states appear in the new call. The new connection keeps the leg id, so
 * the backend's signals for that party reach it; the controller's own terminal connection does not
 * move. Loop only.
 */
final class PartyMove {
    private PartyMove() {
    }

    /**
     * The connections of {@code from} that move into {@code to} when the calls join around
     * {@code controller} (a terminal connection of {@code from}): those still in the call and not
     * failed, of an address not already in {@code to}, and with someone left once the controller
     * is gone (a remote party has no terminal connection and always moves). The rest of
     * {@code from}, including the controller's connection, just leaves.
     */
    static List<ConnectionImpl> movers(CallImpl from, CallImpl to, TerminalConnectionImpl controller) {
        List<ConnectionImpl> out = new ArrayList<>();
        for (ConnectionImpl c : from.connectionList()) {
            if (!c.state().isLive() || isIn(to, c.address())) {
                continue;
            }
            boolean onlyTheController = c == controller.connection() && c.terminalConnectionList().size() == 1;
            if (!onlyTheController) {
                out.add(c);
            }
        }
        return out;
    }

    /** The live connections of {@code call} other than {@code except}'s, which stay in it. */
    static List<ConnectionImpl> others(CallImpl call, ConnectionImpl except) {
        List<ConnectionImpl> out = new ArrayList<>();
        for (ConnectionImpl c : call.connectionList()) {
            if (c != except && c.state().isLive()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A new connection in {@code to} for the party of {@code old}, brought to the same state with
     * its terminal connections (all but {@code skip}); {@code old} is still in its call.
     */
    static ConnectionImpl copy(ConnectionImpl old, CallImpl to, TerminalConnectionImpl skip, int cause) {
        ConnectionImpl c = to.newConnection(old.address(), old.leg);
        c.moveTo(old.state(), Ev.CAUSE_NORMAL, cause);
        for (TerminalConnectionImpl tc : old.terminalConnectionList()) {
            if (tc != skip) {
                c.newTerminalConnection(tc.terminal()).moveTo(tc.state(), Ev.CAUSE_NORMAL, cause);
            }
        }
        return c;
    }

    /** {@code old}, whose copy has taken its place, leaves its call; the backend keeps its leg. */
    static void leave(ConnectionImpl old, int cause) {
        old.call().disconnected(old, cause, false);
    }

    /**
     * A controller leaves its call: its terminal connection drops, and its connection too when no
     * other terminal of the line is in the call (the backend then hangs that leg up).
     */
    static void dropController(TerminalConnectionImpl controller, int cause) {
        ConnectionImpl c = controller.connection();
        controller.moveTo(TerminalConnectionState.DROPPED, Ev.CAUSE_NORMAL, cause);
        if (c.terminalConnectionList().isEmpty()) {
            c.call().disconnected(c, cause, true);
        }
    }

    static long[] legs(Collection<ConnectionImpl> connections) {
        return connections.stream().mapToLong(c -> c.leg).toArray();
    }

    private static boolean isIn(CallImpl call, AddressImpl address) {
        // by name: a remote number has a new Address object each time it is dialled
        return call.connectionList().stream()
                .anyMatch(c -> c.address().getName().equals(address.getName()) && c.state().isLive());
    }
}
