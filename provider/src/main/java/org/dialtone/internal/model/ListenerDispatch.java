package org.dialtone.internal.model;

import javax.telephony.AddressEvent;
import javax.telephony.AddressListener;
import javax.telephony.CallEvent;
import javax.telephony.CallListener;
import javax.telephony.ConnectionEvent;
import javax.telephony.ConnectionListener;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.ProviderEvent;
import javax.telephony.ProviderListener;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalConnectionListener;
import javax.telephony.TerminalEvent;
import javax.telephony.TerminalListener;
import javax.telephony.callcontrol.CallControlAddressEvent;
import javax.telephony.callcontrol.CallControlAddressListener;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlConnectionListener;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;
import javax.telephony.callcontrol.CallControlTerminalEvent;
import javax.telephony.callcontrol.CallControlTerminalListener;
import javax.telephony.privatedata.PrivateDataCallListener;
import javax.telephony.privatedata.PrivateDataEvent;

/**
 * Calls the listener method that matches an event's id, if the listener implements the interface
 * that declares it: a plain {@code CallListener} is not told about connections, only a
 * call-control listener hears call-control states, and only a {@code PrivateDataCallListener} the
 * provider's private data. Runs on a delivery thread, never on the loop.
 */
final class ListenerDispatch {
    private ListenerDispatch() {
    }

    /** Delivers a call, connection, terminal connection or meta event to a call listener. */
    static void toCallListener(CallListener listener, Event event) {
        int id = event.getID();
        if (event instanceof MetaEvent) {
            meta(listener, (MetaEvent) event);
        } else if (id == PrivateDataEvent.PRIVATE_DATA_CALL_EVENT) {
            if (listener instanceof PrivateDataCallListener) {
                ((PrivateDataCallListener) listener).callPrivateData((PrivateDataEvent) event);
            }
        } else if (id >= CallControlConnectionEvent.CALLCTL_CONNECTION_ALERTING
                && id <= CallControlConnectionEvent.CALLCTL_CONNECTION_UNKNOWN) {
            if (listener instanceof CallControlConnectionListener) {
                callControlConnection((CallControlConnectionListener) listener, (CallControlConnectionEvent) event);
            }
        } else if (id >= CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_BRIDGED
                && id <= CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_UNKNOWN) {
            if (listener instanceof CallControlTerminalConnectionListener) {
                callControlTerminalConnection((CallControlTerminalConnectionListener) listener,
                        (CallControlTerminalConnectionEvent) event);
            }
        } else if (id >= ConnectionEvent.CONNECTION_ALERTING && id <= ConnectionEvent.CONNECTION_UNKNOWN) {
            if (listener instanceof ConnectionListener) {
                connection((ConnectionListener) listener, (ConnectionEvent) event);
            }
        } else if (id >= TerminalConnectionEvent.TERMINAL_CONNECTION_ACTIVE
                && id <= TerminalConnectionEvent.TERMINAL_CONNECTION_UNKNOWN) {
            if (listener instanceof TerminalConnectionListener) {
                terminalConnection((TerminalConnectionListener) listener, (TerminalConnectionEvent) event);
            }
        } else {
            call(listener, (CallEvent) event);
        }
    }

    static void toProviderListener(ProviderListener listener, ProviderEvent event) {
        switch (event.getID()) {
            case ProviderEvent.PROVIDER_IN_SERVICE: listener.providerInService(event); break;
            case ProviderEvent.PROVIDER_OUT_OF_SERVICE: listener.providerOutOfService(event); break;
            case ProviderEvent.PROVIDER_SHUTDOWN: listener.providerShutdown(event); break;
            case ProviderEvent.PROVIDER_EVENT_TRANSMISSION_ENDED: listener.providerEventTransmissionEnded(event); break;
            default: throw unknown(event);
        }
    }

    static void toAddressListener(AddressListener listener, AddressEvent event) {
        switch (event.getID()) {
            case AddressEvent.ADDRESS_EVENT_TRANSMISSION_ENDED: listener.addressListenerEnded(event); return;
            default: break;
        }
        if (!(listener instanceof CallControlAddressListener)) {
            return;
        }
        CallControlAddressListener l = (CallControlAddressListener) listener;
        CallControlAddressEvent e = (CallControlAddressEvent) event;
        switch (event.getID()) {
            case CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB: l.addressDoNotDisturb(e); break;
            case CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_FORWARD: l.addressForwarded(e); break;
            case CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING: l.addressMessageWaiting(e); break;
            default: throw unknown(event);
        }
    }

    static void toTerminalListener(TerminalListener listener, TerminalEvent event) {
        if (event.getID() == TerminalEvent.TERMINAL_EVENT_TRANSMISSION_ENDED) {
            listener.terminalListenerEnded(event);
        } else if (event.getID() == CallControlTerminalEvent.CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB) {
            if (listener instanceof CallControlTerminalListener) {
                ((CallControlTerminalListener) listener).terminalDoNotDisturb((CallControlTerminalEvent) event);
            }
        } else {
            throw unknown(event);
        }
    }

    private static void call(CallListener l, CallEvent e) {
        switch (e.getID()) {
            case CallEvent.CALL_ACTIVE: l.callActive(e); break;
            case CallEvent.CALL_INVALID: l.callInvalid(e); break;
            case CallEvent.CALL_EVENT_TRANSMISSION_ENDED: l.callEventTransmissionEnded(e); break;
            default: throw unknown(e);
        }
    }

    private static void meta(CallListener l, MetaEvent e) {
        switch (e.getID()) {
            case SingleCallMetaEvent.SINGLECALL_META_PROGRESS_STARTED: l.singleCallMetaProgressStarted(e); break;
            case SingleCallMetaEvent.SINGLECALL_META_PROGRESS_ENDED: l.singleCallMetaProgressEnded(e); break;
            case SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_STARTED: l.singleCallMetaSnapshotStarted(e); break;
            case SingleCallMetaEvent.SINGLECALL_META_SNAPSHOT_ENDED: l.singleCallMetaSnapshotEnded(e); break;
            case MultiCallMetaEvent.MULTICALL_META_MERGE_STARTED: l.multiCallMetaMergeStarted(e); break;
            case MultiCallMetaEvent.MULTICALL_META_MERGE_ENDED: l.multiCallMetaMergeEnded(e); break;
            case MultiCallMetaEvent.MULTICALL_META_TRANSFER_STARTED: l.multiCallMetaTransferStarted(e); break;
            case MultiCallMetaEvent.MULTICALL_META_TRANSFER_ENDED: l.multiCallMetaTransferEnded(e); break;
            default: throw unknown(e);
        }
    }

    private static void connection(ConnectionListener l, ConnectionEvent e) {
        switch (e.getID()) {
            case ConnectionEvent.CONNECTION_ALERTING: l.connectionAlerting(e); break;
            case ConnectionEvent.CONNECTION_CONNECTED: l.connectionConnected(e); break;
            case ConnectionEvent.CONNECTION_CREATED: l.connectionCreated(e); break;
            case ConnectionEvent.CONNECTION_DISCONNECTED: l.connectionDisconnected(e); break;
            case ConnectionEvent.CONNECTION_FAILED: l.connectionFailed(e); break;
            case ConnectionEvent.CONNECTION_IN_PROGRESS: l.connectionInProgress(e); break;
            default: l.connectionUnknown(e); break;
        }
    }

    private static void terminalConnection(TerminalConnectionListener l, TerminalConnectionEvent e) {
        switch (e.getID()) {
            case TerminalConnectionEvent.TERMINAL_CONNECTION_ACTIVE: l.terminalConnectionActive(e); break;
            case TerminalConnectionEvent.TERMINAL_CONNECTION_CREATED: l.terminalConnectionCreated(e); break;
            case TerminalConnectionEvent.TERMINAL_CONNECTION_DROPPED: l.terminalConnectionDropped(e); break;
            case TerminalConnectionEvent.TERMINAL_CONNECTION_PASSIVE: l.terminalConnectionPassive(e); break;
            case TerminalConnectionEvent.TERMINAL_CONNECTION_RINGING: l.terminalConnectionRinging(e); break;
            default: l.terminalConnectionUnknown(e); break;
        }
    }

    private static void callControlConnection(CallControlConnectionListener l, CallControlConnectionEvent e) {
        switch (e.getID()) {
            case CallControlConnectionEvent.CALLCTL_CONNECTION_ALERTING: l.connectionAlerting(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_DIALING: l.connectionDialing(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_DISCONNECTED: l.connectionDisconnected(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_ESTABLISHED: l.connectionEstablished(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_FAILED: l.connectionFailed(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_INITIATED: l.connectionInitiated(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_NETWORK_ALERTING: l.connectionNetworkAlerting(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_NETWORK_REACHED: l.connectionNetworkReached(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_OFFERED: l.connectionOffered(e); break;
            case CallControlConnectionEvent.CALLCTL_CONNECTION_QUEUED: l.connectionQueued(e); break;
            default: l.connectionUnknown(e); break;
        }
    }

    private static void callControlTerminalConnection(CallControlTerminalConnectionListener l,
            CallControlTerminalConnectionEvent e) {
        switch (e.getID()) {
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_BRIDGED: l.terminalConnectionBridged(e); break;
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_DROPPED: l.terminalConnectionDropped(e); break;
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_HELD: l.terminalConnectionHeld(e); break;
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_IN_USE: l.terminalConnectionInUse(e); break;
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_RINGING: l.terminalConnectionRinging(e); break;
            case CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_TALKING: l.terminalConnectionTalking(e); break;
            default: l.terminalConnectionUnknown(e); break;
        }
    }

    private static IllegalArgumentException unknown(Event e) {
        return new IllegalArgumentException("no listener method for event id " + e.getID());
    }
}
