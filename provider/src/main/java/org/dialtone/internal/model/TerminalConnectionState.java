package org.dialtone.internal.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.events.CallCtlTermConnBridgedEv;
import javax.telephony.callcontrol.events.CallCtlTermConnDroppedEv;
import javax.telephony.callcontrol.events.CallCtlTermConnHeldEv;
import javax.telephony.callcontrol.events.CallCtlTermConnInUseEv;
import javax.telephony.callcontrol.events.CallCtlTermConnRingingEv;
import javax.telephony.callcontrol.events.CallCtlTermConnTalkingEv;
import javax.telephony.callcontrol.events.CallCtlTermConnUnknownEv;
import java.util.Set;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/**
 * The call-control state of a terminal connection, with the core state it shows as.
 *
 * <pre>
 *  IDLE ──► RINGING ──► TALKING ◄──► HELD
 *    │         │           ▲  │
 *    │         └──► INUSE  │  └──► BRIDGED (another terminal of a shared line talks)
 *    └──► TALKING / INUSE / BRIDGED
 *  any state ──► DROPPED
 * </pre>
 */
public enum TerminalConnectionState {
    IDLE(CallControlTerminalConnection.IDLE, TerminalConnection.IDLE),
    RINGING(CallControlTerminalConnection.RINGING, TerminalConnection.RINGING),
    TALKING(CallControlTerminalConnection.TALKING, TerminalConnection.ACTIVE),
    HELD(CallControlTerminalConnection.HELD, TerminalConnection.ACTIVE),
    BRIDGED(CallControlTerminalConnection.BRIDGED, TerminalConnection.PASSIVE),
    INUSE(CallControlTerminalConnection.INUSE, TerminalConnection.PASSIVE),
    DROPPED(CallControlTerminalConnection.DROPPED, TerminalConnection.DROPPED),
    UNKNOWN(CallControlTerminalConnection.UNKNOWN, TerminalConnection.UNKNOWN);

    private final int callControlCode;
    private final int coreCode;

    TerminalConnectionState(int callControlCode, int coreCode) {
        this.callControlCode = callControlCode;
        this.coreCode = coreCode;
    }

    /** The {@code CallControlTerminalConnection} constant of this state. */
    public int callControlCode() {
        return callControlCode;
    }

    /** The {@code TerminalConnection} constant this state shows as in the core package. */
    public int coreCode() {
        return coreCode;
    }

    /** The call-control listener event id announcing this state, or 0 for IDLE. */
    public int callControlListenerId() {
        switch (this) {
            case RINGING: return CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_RINGING;
            case TALKING: return CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_TALKING;
            case HELD: return CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_HELD;
            case BRIDGED: return CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_BRIDGED;
            case INUSE: return CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_IN_USE;
            case DROPPED: return CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_DROPPED;
            case UNKNOWN: return CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_UNKNOWN;
            default: return 0;
        }
    }

    /** The observer event id ({@code CallCtlTermConn*Ev.ID}) for this state, or 0 for IDLE. */
    public int callControlObserverId() {
        switch (this) {
            case RINGING: return CallCtlTermConnRingingEv.ID;
            case TALKING: return CallCtlTermConnTalkingEv.ID;
            case HELD: return CallCtlTermConnHeldEv.ID;
            case BRIDGED: return CallCtlTermConnBridgedEv.ID;
            case INUSE: return CallCtlTermConnInUseEv.ID;
            case DROPPED: return CallCtlTermConnDroppedEv.ID;
            case UNKNOWN: return CallCtlTermConnUnknownEv.ID;
            default: return 0;
        }
    }

    /** The core event id announcing this state (listener and observer ids are equal in core). */
    public int coreEventId() {
        switch (coreCode) {
            case TerminalConnection.IDLE: return TerminalConnectionEvent.TERMINAL_CONNECTION_CREATED;
            case TerminalConnection.RINGING: return TerminalConnectionEvent.TERMINAL_CONNECTION_RINGING;
            case TerminalConnection.ACTIVE: return TerminalConnectionEvent.TERMINAL_CONNECTION_ACTIVE;
            case TerminalConnection.PASSIVE: return TerminalConnectionEvent.TERMINAL_CONNECTION_PASSIVE;
            case TerminalConnection.DROPPED: return TerminalConnectionEvent.TERMINAL_CONNECTION_DROPPED;
            default: return TerminalConnectionEvent.TERMINAL_CONNECTION_UNKNOWN;
        }
    }

    /** Whether the spec allows a terminal connection in this state to move to {@code next}. */
    public boolean canMoveTo(TerminalConnectionState next) {
        return Successors.OF.get(ordinal()).contains(next);
    }

    /** Each state's successors, built once from {@link #successors}: a move is checked on every transition. */
    private static final class Successors {
        static final List<Set<TerminalConnectionState>> OF = Arrays.stream(values()).map(TerminalConnectionState::successors).toList();
    }

    private Set<TerminalConnectionState> successors() {
        switch (this) {
            case IDLE:
                return EnumSet.of(RINGING, TALKING, HELD, BRIDGED, INUSE, DROPPED, UNKNOWN);
            case RINGING:
                return EnumSet.of(TALKING, INUSE, BRIDGED, DROPPED, UNKNOWN);
            case TALKING:
                return EnumSet.of(HELD, BRIDGED, INUSE, DROPPED, UNKNOWN);
            case HELD:
                return EnumSet.of(TALKING, BRIDGED, INUSE, DROPPED, UNKNOWN);
            case BRIDGED:
                return EnumSet.of(TALKING, HELD, INUSE, DROPPED, UNKNOWN);
            case INUSE:
                return EnumSet.of(TALKING, HELD, BRIDGED, DROPPED, UNKNOWN);
            case UNKNOWN:
                return EnumSet.complementOf(EnumSet.of(IDLE, UNKNOWN));
            default:
                return EnumSet.noneOf(TerminalConnectionState.class);
        }
    }
}
