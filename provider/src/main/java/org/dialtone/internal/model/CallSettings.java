package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;

/**
 * A call's transfer and conference settings ({@code CallControlCall}'s controllers and enables)
 * and its consultation links. Written on the loop; read from any thread, so every field is
 * volatile and the list is an immutable snapshot.
 */
final class CallSettings {
    private final CallImpl call;
    private volatile TerminalConnectionImpl transferController;
    private volatile TerminalConnectionImpl conferenceController;
    private volatile boolean transferEnable = true;
    private volatile boolean conferenceEnable = true;
    /** The call this one consults for, if it was made by consult. */
    private volatile CallImpl consultedFrom;
    /** The consultation calls made for this call that have not ended. */
    private volatile List<CallImpl> consultations = List.of();

    CallSettings(CallImpl call) {
        this.call = call;
    }

    /** The transfer controller, or null if none was set or it has left the call since. */
    TerminalConnectionImpl transferController() {
        return stillIn(transferController);
    }

    /** The conference controller, or null if none was set or it has left the call since. */
    TerminalConnectionImpl conferenceController() {
        return stillIn(conferenceController);
    }

    boolean transferEnable() {
        return transferEnable;
    }

    boolean conferenceEnable() {
        return conferenceEnable;
    }

    /** The spec resets a controller that leaves the call to null; reading it lazily is the same. */
    private TerminalConnectionImpl stillIn(TerminalConnectionImpl tc) {
        return tc != null && tc.state() != TerminalConnectionState.DROPPED && tc.connection().call() == call
                && tc.connection().state().isLive() ? tc : null;
    }

    // ---- setters (loop only) --------------------------------------------------------------------

    void setTransferController(TerminalConnection tc) throws InvalidArgumentException, InvalidStateException {
        transferController = checkController(tc, "setTransferController");
    }

    void setConferenceController(TerminalConnection tc) throws InvalidArgumentException, InvalidStateException {
        conferenceController = checkController(tc, "setConferenceController");
    }

    /** Loop only: makes {@code tc}, a terminal connection of this call, its conference controller. */
    void conferenceController(TerminalConnectionImpl tc) {
        conferenceController = tc;
    }

    void setTransferEnable(boolean enable) throws InvalidStateException {
        requireIdle("setTransferEnable");
        transferEnable = enable;
    }

    void setConferenceEnable(boolean enable) throws InvalidStateException {
        requireIdle("setConferenceEnable");
        conferenceEnable = enable;
    }

    private TerminalConnectionImpl checkController(TerminalConnection tc, String operation)
            throws InvalidArgumentException, InvalidStateException {
        call.provider().requireInService();
        if (call.getState() != Call.ACTIVE) {
            throw Refusals.call(call, operation + " needs an ACTIVE call");
        }
        TerminalConnectionImpl mine = call.provider().checkTerminalConnection(tc, "the controller");
        if (mine.connection().call() != call) {
            throw Refusals.argument(operation + ": " + mine + " is not part of " + call);
        }
        if (stillIn(mine) == null) {
            throw Refusals.terminalConnection(mine, operation + " needs a terminal connection still in the call");
        }
        return mine;
    }

    private void requireIdle(String operation) throws InvalidStateException {
        call.provider().requireInService();
        if (call.getState() != Call.IDLE) {
            throw Refusals.call(call, operation + " needs an IDLE call");
        }
    }

    // ---- consultations (loop only) --------------------------------------------------------------

    /** Loop only: {@code consultation} was placed by consult from this call. */
    void consultedBy(CallImpl consultation) {
        List<CallImpl> live = new ArrayList<>();
        for (CallImpl c : consultations) {
            if (c.getState() != Call.INVALID) {
                live.add(c); // ended consultations are let go, so that nothing piles up
            }
        }
        live.add(consultation);
        consultations = List.copyOf(live);
        consultation.settings().consultedFrom = call;
    }

    /**
     * This call's conference and its live consultation calls, the conference first; this call alone
     * if it is related to none; null unless it is ACTIVE.
     */
    List<CallImpl> related() {
        if (call.getState() != Call.ACTIVE) {
            return null;
        }
        CallImpl from = consultedFrom;
        CallImpl conference = from != null && from.getState() == Call.ACTIVE ? from : call;
        List<CallImpl> out = new ArrayList<>();
        out.add(conference);
        for (CallImpl c : conference.settings().consultations) {
            if (c.getState() == Call.ACTIVE) {
                out.add(c);
            }
        }
        return out;
    }
}
