package org.dialtone.internal.model;

import java.util.EnumSet;
import java.util.Set;
import javax.telephony.Connection;
import javax.telephony.callcontrol.CallControlConnection;

/**
 * The call-control state of a connection, with the core state it shows as. The model keeps only
 * this state, so {@code getState()} and {@code getCallControlState()} can never disagree.
 *
 * <pre>
 *  IDLE ──► OFFERED ──► (accept) ALERTING ──► ESTABLISHED ──► DISCONNECTED
 *    │         │                    ▲               │
 *    │         └──► QUEUED ─────────┘               ▼
 *    └──► INITIATED ──► DIALING ──► NETWORK_REACHED ──► NETWORK_ALERTING ──► ESTABLISHED
 *  any live state ──► FAILED ──► DISCONNECTED;  any live state ──► DISCONNECTED
 * </pre>
 */
public enum ConnectionState {
    IDLE(CallControlConnection.IDLE, Connection.IDLE),
    OFFERED(CallControlConnection.OFFERED, Connection.INPROGRESS),
    QUEUED(CallControlConnection.QUEUED, Connection.INPROGRESS),
    ALERTING(CallControlConnection.ALERTING, Connection.ALERTING),
    INITIATED(CallControlConnection.INITIATED, Connection.CONNECTED),
    DIALING(CallControlConnection.DIALING, Connection.CONNECTED),
    NETWORK_REACHED(CallControlConnection.NETWORK_REACHED, Connection.INPROGRESS),
    NETWORK_ALERTING(CallControlConnection.NETWORK_ALERTING, Connection.ALERTING),
    ESTABLISHED(CallControlConnection.ESTABLISHED, Connection.CONNECTED),
    FAILED(CallControlConnection.FAILED, Connection.FAILED),
    DISCONNECTED(CallControlConnection.DISCONNECTED, Connection.DISCONNECTED),
    UNKNOWN(CallControlConnection.UNKNOWN, Connection.UNKNOWN);

    private final int callControlCode;
    private final int coreCode;

    ConnectionState(int callControlCode, int coreCode) {
        this.callControlCode = callControlCode;
        this.coreCode = coreCode;
    }

    /** The {@code CallControlConnection} constant of this state. */
    public int callControlCode() {
        return callControlCode;
    }

    /** The {@code Connection} constant this state shows as in the core package. */
    public int coreCode() {
        return coreCode;
    }

    /** Whether the connection still takes part in its call. */
    public boolean isLive() {
        return this != DISCONNECTED && this != FAILED;
    }

    /** Whether the spec allows a connection in this state to move to {@code next}. */
    public boolean canMoveTo(ConnectionState next) {
        return successors().contains(next);
    }

    private Set<ConnectionState> successors() {
        switch (this) {
            case IDLE:
                return EnumSet.of(OFFERED, QUEUED, ALERTING, INITIATED, DIALING, NETWORK_REACHED, NETWORK_ALERTING,
                        ESTABLISHED, FAILED, DISCONNECTED, UNKNOWN);
            case OFFERED:
                return EnumSet.of(QUEUED, ALERTING, ESTABLISHED, FAILED, DISCONNECTED, UNKNOWN);
            case QUEUED:
                return EnumSet.of(OFFERED, ALERTING, ESTABLISHED, FAILED, DISCONNECTED, UNKNOWN);
            case ALERTING:
                return EnumSet.of(ESTABLISHED, FAILED, DISCONNECTED, UNKNOWN);
            case INITIATED:
                return EnumSet.of(DIALING, NETWORK_REACHED, NETWORK_ALERTING, ESTABLISHED, FAILED, DISCONNECTED, UNKNOWN);
            case DIALING:
                return EnumSet.of(NETWORK_REACHED, NETWORK_ALERTING, ESTABLISHED, FAILED, DISCONNECTED, UNKNOWN);
            case NETWORK_REACHED:
                return EnumSet.of(NETWORK_ALERTING, ESTABLISHED, FAILED, DISCONNECTED, UNKNOWN);
            case NETWORK_ALERTING:
                return EnumSet.of(ESTABLISHED, FAILED, DISCONNECTED, UNKNOWN);
            case ESTABLISHED:
                return EnumSet.of(FAILED, DISCONNECTED, UNKNOWN);
            case FAILED:
                return EnumSet.of(DISCONNECTED);
            case UNKNOWN:
                return EnumSet.complementOf(EnumSet.of(IDLE, UNKNOWN));
            default:
                return EnumSet.noneOf(ConnectionState.class);
        }
    }
}
