package org.dialtone.internal.model;

import java.util.EnumSet;
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

    /** Whether the spec allows a terminal connection in this state to move to {@code next}. */
    public boolean canMoveTo(TerminalConnectionState next) {
        return successors().contains(next);
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
