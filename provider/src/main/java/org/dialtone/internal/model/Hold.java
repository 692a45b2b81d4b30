package org.dialtone.internal.model;

import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;

/**
 * Holding a terminal's part in a call and taking it back ({@code CallControlTerminalConnection.hold}
 * and {@code unhold}), and swap hold (ext {@code SwapHold}). The terminal connection moves between
 * TALKING and HELD; its connection stays ESTABLISHED. The backend hears of a hold when the
 * connection falls silent (no terminal of the line talks any more) and of a retrieve when it
 * speaks again, once for each other party of the call. Loop only.
 */
final class Hold {
    private Hold() {
    }

    static void hold(TerminalConnectionImpl tc) throws InvalidStateException {
        tc.connection().call().provider().requireInService();
        if (tc.state() != TerminalConnectionState.TALKING) {
            throw Refusals.terminalConnection(tc, "hold needs a TALKING terminal connection");
        }
        holdNow(tc);
    }

    static void unhold(TerminalConnectionImpl tc) throws InvalidStateException {
        tc.connection().call().provider().requireInService();
        if (tc.state() != TerminalConnectionState.HELD) {
            throw Refusals.terminalConnection(tc, "unhold needs a HELD terminal connection");
        }
        retrieveNow(tc, CallCtlEv.CAUSE_UNHOLD);
    }

    /** Swap hold: {@code active} goes on hold, then {@code held} is taken back, in one batch. */
    static void swap(TerminalConnectionImpl held, TerminalConnection activeArg)
            throws InvalidArgumentException, InvalidStateException {
        ProviderImpl provider = held.connection().call().provider();
        TerminalConnectionImpl active = provider.checkTerminalConnection(activeArg, "the active terminal connection");
        if (active.terminal() != held.terminal()) {
            throw Refusals.argument("swapHold needs terminal connections at one terminal: " + held + " and " + active);
        }
        if (active.connection().call() == held.connection().call()) {
            throw Refusals.argument("swapHold needs terminal connections of two calls: " + held + " and " + active);
        }
        provider.requireInService();
        if (held.state() != TerminalConnectionState.HELD) {
            throw Refusals.terminalConnection(held, "swapHold takes back a HELD terminal connection");
        }
        if (active.state() != TerminalConnectionState.TALKING) {
            throw Refusals.terminalConnection(active, "swapHold puts a TALKING terminal connection on hold");
        }
        holdNow(active);
        retrieveNow(held, CallCtlEv.CAUSE_UNHOLD);
    }

    /** TALKING to HELD, checks done; tells the backend if the line fell silent. */
    static void holdNow(TerminalConnectionImpl tc) {
        tc.moveTo(TerminalConnectionState.HELD, Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
        if (!talks(tc.connection())) {
            tellPeers(tc.connection(), true);
        }
    }

    /** HELD to TALKING, checks done; tells the backend if the line was silent. */
    static void retrieveNow(TerminalConnectionImpl tc, int callControlCause) {
        boolean wasSilent = !talks(tc.connection());
        tc.moveTo(TerminalConnectionState.TALKING, Ev.CAUSE_NORMAL, callControlCause);
        if (wasSilent) {
            tellPeers(tc.connection(), false);
        }
    }

    /** Whether a terminal of the connection's line still talks (a shared line may have several). */
    private static boolean talks(ConnectionImpl c) {
        return c.terminalConnectionList().stream().anyMatch(t -> t.state() == TerminalConnectionState.TALKING);
    }

    private static void tellPeers(ConnectionImpl holder, boolean hold) {
        ProviderImpl provider = holder.call().provider();
        for (ConnectionImpl other : holder.call().connectionList()) {
            if (other == holder || !other.state().isLive()) {
                continue;
            }
            if (hold) {
                provider.backend().hold(holder.leg, other.leg, other.address().getName());
            } else {
                provider.backend().retrieve(holder.leg, other.leg, other.address().getName());
            }
        }
    }
}
