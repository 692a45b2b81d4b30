package org.dialtone.internal.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import javax.telephony.ConnectionEvent;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.events.CallCtlConnAlertingEv;
import javax.telephony.callcontrol.events.CallCtlConnDialingEv;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlConnEstablishedEv;
import javax.telephony.callcontrol.events.CallCtlConnFailedEv;
import javax.telephony.callcontrol.events.CallCtlConnInitiatedEv;
import javax.telephony.callcontrol.events.CallCtlConnNetworkAlertingEv;
import javax.telephony.callcontrol.events.CallCtlConnNetworkReachedEv;
import javax.telephony.callcontrol.events.CallCtlConnOfferedEv;
import javax.telephony.callcontrol.events.CallCtlConnQueuedEv;
import javax.telephony.callcontrol.events.CallCtlConnUnknownEv;
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

    /**
     * The call-control event id ({@code CallControlConnectionEvent.CALLCTL_CONNECTION_*}) that
     * announces this state to listeners, or 0 for IDLE, which only the core creation event announces.
     */
    public int callControlListenerId() {
        switch (this) {
            case OFFERED: return CallControlConnectionEvent.CALLCTL_CONNECTION_OFFERED;
            case QUEUED: return CallControlConnectionEvent.CALLCTL_CONNECTION_QUEUED;
            case ALERTING: return CallControlConnectionEvent.CALLCTL_CONNECTION_ALERTING;
            case INITIATED: return CallControlConnectionEvent.CALLCTL_CONNECTION_INITIATED;
            case DIALING: return CallControlConnectionEvent.CALLCTL_CONNECTION_DIALING;
            case NETWORK_REACHED: return CallControlConnectionEvent.CALLCTL_CONNECTION_NETWORK_REACHED;
            case NETWORK_ALERTING: return CallControlConnectionEvent.CALLCTL_CONNECTION_NETWORK_ALERTING;
            case ESTABLISHED: return CallControlConnectionEvent.CALLCTL_CONNECTION_ESTABLISHED;
            case FAILED: return CallControlConnectionEvent.CALLCTL_CONNECTION_FAILED;
            case DISCONNECTED: return CallControlConnectionEvent.CALLCTL_CONNECTION_DISCONNECTED;
            case UNKNOWN: return CallControlConnectionEvent.CALLCTL_CONNECTION_UNKNOWN;
            default: return 0;
        }
    }

    /** The observer event id ({@code CallCtlConn*Ev.ID}) for this state, or 0 for IDLE. */
    public int callControlObserverId() {
        switch (this) {
            case OFFERED: return CallCtlConnOfferedEv.ID;
            case QUEUED: return CallCtlConnQueuedEv.ID;
            case ALERTING: return CallCtlConnAlertingEv.ID;
            case INITIATED: return CallCtlConnInitiatedEv.ID;
            case DIALING: return CallCtlConnDialingEv.ID;
            case NETWORK_REACHED: return CallCtlConnNetworkReachedEv.ID;
            case NETWORK_ALERTING: return CallCtlConnNetworkAlertingEv.ID;
            case ESTABLISHED: return CallCtlConnEstablishedEv.ID;
            case FAILED: return CallCtlConnFailedEv.ID;
            case DISCONNECTED: return CallCtlConnDisconnectedEv.ID;
            case UNKNOWN: return CallCtlConnUnknownEv.ID;
            default: return 0;
        }
    }

    /**
     * The core event id announcing this state; listener and observer ids are equal in the core
     * package ({@code ConnectionEvent.CONNECTION_ALERTING == ConnAlertingEv.ID}). IDLE is announced
     * by the creation event.
     */
    public int coreEventId() {
        switch (coreCode) {
            case Connection.IDLE: return ConnectionEvent.CONNECTION_CREATED;
            case Connection.INPROGRESS: return ConnectionEvent.CONNECTION_IN_PROGRESS;
            case Connection.ALERTING: return ConnectionEvent.CONNECTION_ALERTING;
            case Connection.CONNECTED: return ConnectionEvent.CONNECTION_CONNECTED;
            case Connection.FAILED: return ConnectionEvent.CONNECTION_FAILED;
            case Connection.DISCONNECTED: return ConnectionEvent.CONNECTION_DISCONNECTED;
            default: return ConnectionEvent.CONNECTION_UNKNOWN;
        }
    }

    /** Whether the connection still takes part in its call. */
    public boolean isLive() {
        return this != DISCONNECTED && this != FAILED;
    }

    /** Whether the spec allows a connection in this state to move to {@code next}. */
    public boolean canMoveTo(ConnectionState next) {
        return Successors.OF.get(ordinal()).contains(next);
    }

    /** Each state's successors, built once from {@link #successors}: a move is checked on every transition. */
    private static final class Successors {
        static final List<Set<ConnectionState>> OF = Arrays.stream(values()).map(ConnectionState::successors).toList();
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
