package org.dialtone.samples;

import javax.telephony.AddressEvent;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.Provider;
import javax.telephony.ProviderEvent;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalEvent;
import javax.telephony.callcontrol.CallControlAddressEvent;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlEvent;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalEvent;

/**
 * Readable names for JTAPI's numbers: states, causes and event ids. JTAPI keeps them as int
 * constants; a sample that prints them should not print numbers.
 */
public final class Names {
    private Names() {
    }

    /** A provider state: {@code IN_SERVICE}, {@code OUT_OF_SERVICE}, {@code SHUTDOWN}. */
    public static String providerState(int state) {
        switch (state) {
            case Provider.IN_SERVICE: return "IN_SERVICE";
            case Provider.OUT_OF_SERVICE: return "OUT_OF_SERVICE";
            case Provider.SHUTDOWN: return "SHUTDOWN";
            default: return "state " + state;
        }
    }

    /** A call state: {@code IDLE}, {@code ACTIVE}, {@code INVALID}. */
    public static String callState(int state) {
        switch (state) {
            case Call.IDLE: return "IDLE";
            case Call.ACTIVE: return "ACTIVE";
            case Call.INVALID: return "INVALID";
            default: return "state " + state;
        }
    }

    /** The most precise state of a connection: its call-control state when the provider has one. */
    public static String state(Connection connection) {
        if (connection instanceof CallControlConnection) {
            switch (((CallControlConnection) connection).getCallControlState()) {
                case CallControlConnection.IDLE: return "IDLE";
                case CallControlConnection.OFFERED: return "OFFERED";
                case CallControlConnection.QUEUED: return "QUEUED";
                case CallControlConnection.ALERTING: return "ALERTING";
                case CallControlConnection.INITIATED: return "INITIATED";
                case CallControlConnection.DIALING: return "DIALING";
                case CallControlConnection.NETWORK_REACHED: return "NETWORK_REACHED";
                case CallControlConnection.NETWORK_ALERTING: return "NETWORK_ALERTING";
                case CallControlConnection.ESTABLISHED: return "ESTABLISHED";
                case CallControlConnection.DISCONNECTED: return "DISCONNECTED";
                case CallControlConnection.FAILED: return "FAILED";
                default: return "UNKNOWN";
            }
        }
        switch (connection.getState()) {
            case Connection.IDLE: return "IDLE";
            case Connection.INPROGRESS: return "INPROGRESS";
            case Connection.ALERTING: return "ALERTING";
            case Connection.CONNECTED: return "CONNECTED";
            case Connection.DISCONNECTED: return "DISCONNECTED";
            case Connection.FAILED: return "FAILED";
            default: return "UNKNOWN";
        }
    }

    /** The most precise state of a terminal connection: its call-control state when there is one. */
    public static String state(TerminalConnection terminalConnection) {
        if (terminalConnection instanceof CallControlTerminalConnection) {
            switch (((CallControlTerminalConnection) terminalConnection).getCallControlState()) {
                case CallControlTerminalConnection.IDLE: return "IDLE";
                case CallControlTerminalConnection.RINGING: return "RINGING";
                case CallControlTerminalConnection.TALKING: return "TALKING";
                case CallControlTerminalConnection.HELD: return "HELD";
                case CallControlTerminalConnection.BRIDGED: return "BRIDGED";
                case CallControlTerminalConnection.INUSE: return "INUSE";
                case CallControlTerminalConnection.DROPPED: return "DROPPED";
                default: return "UNKNOWN";
            }
        }
        switch (terminalConnection.getState()) {
            case TerminalConnection.IDLE: return "IDLE";
            case TerminalConnection.RINGING: return "RINGING";
            case TerminalConnection.ACTIVE: return "ACTIVE";
            case TerminalConnection.PASSIVE: return "PASSIVE";
            case TerminalConnection.DROPPED: return "DROPPED";
            default: return "UNKNOWN";
        }
    }

    /**
     * A cause, core ({@code Event.CAUSE_*}) or call-control ({@code CallControlEvent.CAUSE_*}), without
     * its {@code CAUSE_} prefix.
     */
    public static String cause(int cause) {
        switch (cause) {
            case Event.CAUSE_NORMAL: return "NORMAL";
            case Event.CAUSE_UNKNOWN: return "UNKNOWN";
            case Event.CAUSE_CALL_CANCELLED: return "CALL_CANCELLED";
            case Event.CAUSE_DEST_NOT_OBTAINABLE: return "DEST_NOT_OBTAINABLE";
            case Event.CAUSE_INCOMPATIBLE_DESTINATION: return "INCOMPATIBLE_DESTINATION";
            case Event.CAUSE_LOCKOUT: return "LOCKOUT";
            case Event.CAUSE_NEW_CALL: return "NEW_CALL";
            case Event.CAUSE_RESOURCES_NOT_AVAILABLE: return "RESOURCES_NOT_AVAILABLE";
            case Event.CAUSE_NETWORK_CONGESTION: return "NETWORK_CONGESTION";
            case Event.CAUSE_NETWORK_NOT_OBTAINABLE: return "NETWORK_NOT_OBTAINABLE";
            case Event.CAUSE_SNAPSHOT: return "SNAPSHOT";
            case CallControlEvent.CAUSE_ALTERNATE: return "ALTERNATE";
            case CallControlEvent.CAUSE_BUSY: return "BUSY";
            case CallControlEvent.CAUSE_CALL_BACK: return "CALL_BACK";
            case CallControlEvent.CAUSE_CALL_NOT_ANSWERED: return "CALL_NOT_ANSWERED";
            case CallControlEvent.CAUSE_CALL_PICKUP: return "CALL_PICKUP";
            case CallControlEvent.CAUSE_CONFERENCE: return "CONFERENCE";
            case CallControlEvent.CAUSE_DO_NOT_DISTURB: return "DO_NOT_DISTURB";
            case CallControlEvent.CAUSE_PARK: return "PARK";
            case CallControlEvent.CAUSE_REDIRECTED: return "REDIRECTED";
            case CallControlEvent.CAUSE_REORDER_TONE: return "REORDER_TONE";
            case CallControlEvent.CAUSE_TRANSFER: return "TRANSFER";
            case CallControlEvent.CAUSE_TRUNKS_BUSY: return "TRUNKS_BUSY";
            case CallControlEvent.CAUSE_UNHOLD: return "UNHOLD";
            default: return "cause " + cause;
        }
    }

    /**
     * What an event id says happened, without the id's family prefix: {@code ALERTING} for
     * {@code CONNECTION_ALERTING}, {@code callctl TALKING} for
     * {@code CALLCTL_TERMINAL_CONNECTION_TALKING}, {@code TRANSFER STARTED} for
     * {@code MULTICALL_META_TRANSFER_STARTED}.
     */
    public static String event(int id) {
        switch (id) {
            case AddressEvent.ADDRESS_EVENT_TRANSMISSION_ENDED:
            case CallEvent.CALL_EVENT_TRANSMISSION_ENDED:
            case ProviderEvent.PROVIDER_EVENT_TRANSMISSION_ENDED:
            case TerminalEvent.TERMINAL_EVENT_TRANSMISSION_ENDED: return "TRANSMISSION_ENDED";
            case CallEvent.CALL_ACTIVE: return "ACTIVE";
            case CallEvent.CALL_INVALID: return "INVALID";
            case ConnectionEvent.CONNECTION_ALERTING: return "ALERTING";
            case ConnectionEvent.CONNECTION_CONNECTED: return "CONNECTED";
            case ConnectionEvent.CONNECTION_CREATED:
            case TerminalConnectionEvent.TERMINAL_CONNECTION_CREATED: return "CREATED";
            case ConnectionEvent.CONNECTION_DISCONNECTED: return "DISCONNECTED";
            case ConnectionEvent.CONNECTION_FAILED: return "FAILED";
            case ConnectionEvent.CONNECTION_IN_PROGRESS: return "IN_PROGRESS";
            case ConnectionEvent.CONNECTION_UNKNOWN:
            case TerminalConnectionEvent.TERMINAL_CONNECTION_UNKNOWN: return "UNKNOWN";
            case ProviderEvent.PROVIDER_IN_SERVICE: return "IN_SERVICE";
            case ProviderEvent.PROVIDER_OUT_OF_SERVICE: return "OUT_OF_SERVICE";
            case ProviderEvent.PROVIDER_SHUTDOWN: return "SHUTDOWN";
            case TerminalConnectionEvent.TERMINAL_CONNECTION_ACTIVE: return "ACTIVE";
            case TerminalConnectionEvent.TERMINAL_CONNECTION_DROPPED: return "DROPPED";
            case TerminalConnectionEvent.TERMINAL_CONNECTION_PASSIVE: return "PASSIVE";
            case TerminalConnectionEvent.TERMINAL_CONNECTION_RINGING: return "RINGING";
            case MultiCallMetaEvent.MULTICALL_META_MERGE_STARTED: return "MERGE STARTED";
            case MultiCallMetaEvent.MULTICALL_META_MERGE_ENDED: return "MERGE ENDED";
            case MultiCallMetaEvent.MULTICALL_META_TRANSFER_STARTED: return "TRANSFER STARTED";
            case MultiCallMetaEvent.MULTICALL_META_TRANSFER_ENDED: return "TRANSFER ENDED";
            case SingleCallMetaEvent.SINGLECALL_META_PROGRESS_STARTED: return "PROGRESS STARTED";
            case SingleCallMetaEvent.SINGLECALL_META_PROGRESS_ENDED: return "PROGRESS ENDED";
            case SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_STARTED: return "SNAPSHOT STARTED";
            case SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_ENDED: return "SNAPSHOT ENDED";
            case CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB: return "callctl DO_NOT_DISTURB";
            case CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_FORWARD: return "callctl FORWARD";
            case CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING: return "callctl MESSAGE_WAITING";
            case CallControlConnectionEvent.CALLCTL_CONNECTION_ALERTING: return "callctl ALERTING";
            case CallControlConnectionEvent.CALLCTL_CONNECTION_DIALING: return "callctl DIALING";
            case CallControlConnectionEvent.CALLCTL_CONNECTION_DISCONNECTED: return "callctl DISCONNECTED";
            case CallControlConnectionEvent.CALLCTL_CONNECTION_ESTABLISHED: return "callctl ESTABLISHED";
            case CallControlConnectionEvent.CALLCTL_CONNECTION_FAILED: return "callctl FAILED";
            case CallControlConnectionEvent.CALLCTL_CONNECTION_INITIATED: return "callctl INITIATED";
            case CallControlConnectionEvent.CALLCTL_CONNECTION_NETWORK_ALERTING: return "callctl NETWORK_ALERTING";
            case CallControlConnectionEvent.CALLCTL_CONNECTION_NETWORK_REACHED: return "callctl NETWORK_REACHED";
            case CallControlConnectionEvent.CALLCTL_CONNECTION_OFFERED: return "callctl OFFERED";
            case CallControlConnectionEvent.CALLCTL_CONNECTION_QUEUED: return "callctl QUEUED";
            case CallControlConnectionEvent.CALLCTL_CONNECTION_UNKNOWN:
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_UNKNOWN: return "callctl UNKNOWN";
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_BRIDGED: return "callctl BRIDGED";
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_DROPPED: return "callctl DROPPED";
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_HELD: return "callctl HELD";
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_IN_USE: return "callctl IN_USE";
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_RINGING: return "callctl RINGING";
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_TALKING: return "callctl TALKING";
            case CallControlTerminalEvent.CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB: return "callctl DO_NOT_DISTURB";
            default: return "event " + id;
        }
    }

    /**
     * The bracket a meta event opens or closes: {@code PROGRESS}, {@code SNAPSHOT}, {@code MERGE},
     * {@code TRANSFER}.
     */
    public static String bracket(int metaId) {
        switch (metaId) {
            case MultiCallMetaEvent.MULTICALL_META_MERGE_STARTED:
            case MultiCallMetaEvent.MULTICALL_META_MERGE_ENDED: return "MERGE";
            case MultiCallMetaEvent.MULTICALL_META_TRANSFER_STARTED:
            case MultiCallMetaEvent.MULTICALL_META_TRANSFER_ENDED: return "TRANSFER";
            case SingleCallMetaEvent.SINGLECALL_META_PROGRESS_STARTED:
            case SingleCallMetaEvent.SINGLECALL_META_PROGRESS_ENDED: return "PROGRESS";
            case SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_STARTED:
            case SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_ENDED: return "SNAPSHOT";
            default: return "meta " + metaId;
        }
    }
}
