package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;

/**
 * {@code CallControlCall.transfer(Call)}: the controller, a terminal with a part in both calls,
 * leaves both, and the other call's parties move into this one, which stays; the other call goes
 * INVALID. The observer meta code is {@code META_CALL_TRANSFERRING}; listeners hear the changes of
 * both calls (this one first) inside one {@code MULTICALL_META_TRANSFER_STARTED / ENDED} bracket
 * whose new call is this one. Also the dynamic capabilities of transfers. Loop only, except the
 * capability questions.
 */
final class Transfer {
    private Transfer() {
    }

    /**
     * Application thread: transfers at once, or, where the backend must first hear the parties'
     * word ({@link org.dialtone.internal.backend.Backend#confirmsTransfers()}), waits for it.
     */
    static void transfer(CallImpl call, Call otherArg)
            throws InvalidArgumentException, InvalidStateException, InvalidPartyException {
        ConfirmedTransfer waiting = call.provider().command(Ev.META_CALL_TRANSFERRING, () -> start(call, otherArg));
        if (waiting != null) {
            waiting.await();
        }
    }

    /** Loop: the checks, then the transfer, or its proposal to the backend (returned, to wait for). */
    private static ConfirmedTransfer start(CallImpl call, Call otherArg)
            throws InvalidArgumentException, InvalidStateException {
        Plan plan = plan(call, otherArg);
        if (!call.provider().backend().confirmsTransfers()) {
            commit(plan);
            return null;
        }
        return ConfirmedTransfer.propose(plan);
    }

    /** What a transfer of {@code other}'s parties into {@code call} moves, checked against the spec's rules. */
    record Plan(CallImpl call, CallImpl other, ControllerPair pair, List<ConnectionImpl> staying,
            List<ConnectionImpl> movers) {
    }

    /** Loop: checks that the transfer may happen now; nothing changes. */
    static Plan plan(CallImpl call, Call otherArg) throws InvalidArgumentException, InvalidStateException {
        ProviderImpl provider = call.provider();
        provider.requireInService();
        ControllerPair.requireActive(call, "transfer");
        CallImpl other = ControllerPair.other(call, otherArg, "transfer");
        ControllerPair.requireActive(other, "transfer");
        requireEnabled(call);
        requireEnabled(other);
        ControllerPair pair = ControllerPair.find(call, call.settings().transferController(), other,
                other.settings().transferController(), (a, b) -> isControlling(a) && isControlling(b),
                "transfer needs controllers TALKING or HELD");
        List<ConnectionImpl> movers = PartyMove.movers(other, call, pair.there);
        if (movers.isEmpty()) {
            throw Refusals.call(other, "transfer needs a party besides the controller in the other call");
        }
        List<ConnectionImpl> staying = staying(call, pair.here);
        if (staying.isEmpty()) {
            throw Refusals.call(call, "transfer needs a party besides the controller in this call");
        }
        return new Plan(call, other, pair, staying, movers);
    }

    /** Loop: the transfer itself, under one META_CALL_TRANSFERRING bracket. */
    static void commit(Plan plan) {
        CallImpl call = plan.call();
        ControllerPair pair = plan.pair();
        call.provider().multiCall(Ev.META_CALL_TRANSFERRING, call, call, plan.other());
        call.provider().backend().transfer(PartyMove.legs(plan.staying()), PartyMove.legs(plan.movers()));
        int cause = CallCtlEv.CAUSE_TRANSFER;
        PartyMove.dropController(pair.here, cause);
        for (ConnectionImpl m : plan.movers()) {
            PartyMove.copy(m, call, pair.there, cause);
        }
        PartyMove.dropController(pair.there, cause);
        for (ConnectionImpl m : plan.movers()) {
            PartyMove.leave(m, cause);
        }
        plan.other().end(cause);
    }

    /** The parties that stay in {@code call} when {@code controller} leaves it. */
    static List<ConnectionImpl> staying(CallImpl call, TerminalConnectionImpl controller) {
        ConnectionImpl leaving = controller.connection().terminalConnectionList().size() == 1
                ? controller.connection() : null;
        List<ConnectionImpl> out = new ArrayList<>();
        for (ConnectionImpl c : PartyMove.others(call, leaving)) {
            if (c.state() != ConnectionState.FAILED) {
                out.add(c);
            }
        }
        return out;
    }

    static void requireEnabled(CallImpl call) throws InvalidStateException {
        if (!call.settings().transferEnable()) {
            throw Refusals.call(call, "transfer is disabled on it (setTransferEnable(false))");
        }
    }

    private static boolean isControlling(TerminalConnectionState s) {
        return s == TerminalConnectionState.TALKING || s == TerminalConnectionState.HELD;
    }

    // ---- dynamic capabilities (any thread: reads the volatile views) ----------------------------

    /** Whether transfer(Call) may be tried now: a local terminal talks or holds in an enabled ACTIVE call. */
    static boolean mayTransferToCall(CallImpl call) {
        return call.getState() == Call.ACTIVE && call.settings().transferEnable()
                && anyTerminalConnection(call, TerminalConnectionState.TALKING, TerminalConnectionState.HELD)
                && liveConnections(call) >= 2;
    }

    /** Whether transfer(String) may be tried now: a controller talks and someone else is in the call. */
    static boolean mayTransferToAddress(CallImpl call) {
        if (call.getState() != Call.ACTIVE || !call.settings().transferEnable() || liveConnections(call) < 2) {
            return false;
        }
        TerminalConnectionImpl set = call.settings().transferController();
        return set != null ? set.state() == TerminalConnectionState.TALKING
                : anyTerminalConnection(call, TerminalConnectionState.TALKING);
    }

    static int liveConnections(CallImpl call) {
        Connection[] all = call.getConnections();
        int n = 0;
        for (Connection c : all == null ? new Connection[0] : all) {
            ConnectionState s = ((ConnectionImpl) c).state();
            n += s.isLive() ? 1 : 0;
        }
        return n;
    }

    static boolean anyTerminalConnection(CallImpl call, TerminalConnectionState... states) {
        Connection[] all = call.getConnections();
        for (Connection c : all == null ? new Connection[0] : all) {
            TerminalConnection[] tcs = c.getTerminalConnections();
            for (TerminalConnection tc : tcs == null ? new TerminalConnection[0] : tcs) {
                for (TerminalConnectionState s : states) {
                    if (((TerminalConnectionImpl) tc).state() == s) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
