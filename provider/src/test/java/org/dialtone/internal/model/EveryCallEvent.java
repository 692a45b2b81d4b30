package org.dialtone.internal.model;

import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlConnectionListener;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;

/**
 * A call-control call listener (connections and terminal connections included) that hands every
 * event it hears to one method, so that a test listener says only what it does with an event.
 */
abstract class EveryCallEvent implements CallControlConnectionListener, CallControlTerminalConnectionListener {

    /** Every call, connection, terminal connection and meta event, as it is delivered. */
    abstract void heard(Event event);

    @Override public void callActive(CallEvent event) { heard(event); }
    @Override public void callInvalid(CallEvent event) { heard(event); }
    @Override public void callEventTransmissionEnded(CallEvent event) { heard(event); }
    @Override public void singleCallMetaProgressStarted(MetaEvent event) { heard(event); }
    @Override public void singleCallMetaProgressEnded(MetaEvent event) { heard(event); }
    @Override public void singleCallMetaSnapshotStarted(MetaEvent event) { heard(event); }
    @Override public void singleCallMetaSnapshotEnded(MetaEvent event) { heard(event); }
    @Override public void multiCallMetaMergeStarted(MetaEvent event) { heard(event); }
    @Override public void multiCallMetaMergeEnded(MetaEvent event) { heard(event); }
    @Override public void multiCallMetaTransferStarted(MetaEvent event) { heard(event); }
    @Override public void multiCallMetaTransferEnded(MetaEvent event) { heard(event); }
    @Override public void connectionAlerting(ConnectionEvent event) { heard(event); }
    @Override public void connectionConnected(ConnectionEvent event) { heard(event); }
    @Override public void connectionCreated(ConnectionEvent event) { heard(event); }
    @Override public void connectionDisconnected(ConnectionEvent event) { heard(event); }
    @Override public void connectionFailed(ConnectionEvent event) { heard(event); }
    @Override public void connectionInProgress(ConnectionEvent event) { heard(event); }
    @Override public void connectionUnknown(ConnectionEvent event) { heard(event); }
    @Override public void terminalConnectionActive(TerminalConnectionEvent event) { heard(event); }
    @Override public void terminalConnectionCreated(TerminalConnectionEvent event) { heard(event); }
    @Override public void terminalConnectionDropped(TerminalConnectionEvent event) { heard(event); }
    @Override public void terminalConnectionPassive(TerminalConnectionEvent event) { heard(event); }
    @Override public void terminalConnectionRinging(TerminalConnectionEvent event) { heard(event); }
    @Override public void terminalConnectionUnknown(TerminalConnectionEvent event) { heard(event); }
    @Override public void connectionAlerting(CallControlConnectionEvent event) { heard(event); }
    @Override public void connectionDialing(CallControlConnectionEvent event) { heard(event); }
    @Override public void connectionDisconnected(CallControlConnectionEvent event) { heard(event); }
    @Override public void connectionEstablished(CallControlConnectionEvent event) { heard(event); }
    @Override public void connectionFailed(CallControlConnectionEvent event) { heard(event); }
    @Override public void connectionInitiated(CallControlConnectionEvent event) { heard(event); }
    @Override public void connectionNetworkAlerting(CallControlConnectionEvent event) { heard(event); }
    @Override public void connectionNetworkReached(CallControlConnectionEvent event) { heard(event); }
    @Override public void connectionOffered(CallControlConnectionEvent event) { heard(event); }
    @Override public void connectionQueued(CallControlConnectionEvent event) { heard(event); }
    @Override public void connectionUnknown(CallControlConnectionEvent event) { heard(event); }
    @Override public void terminalConnectionBridged(CallControlTerminalConnectionEvent event) { heard(event); }
    @Override public void terminalConnectionDropped(CallControlTerminalConnectionEvent event) { heard(event); }
    @Override public void terminalConnectionHeld(CallControlTerminalConnectionEvent event) { heard(event); }
    @Override public void terminalConnectionInUse(CallControlTerminalConnectionEvent event) { heard(event); }
    @Override public void terminalConnectionRinging(CallControlTerminalConnectionEvent event) { heard(event); }
    @Override public void terminalConnectionTalking(CallControlTerminalConnectionEvent event) { heard(event); }
    @Override public void terminalConnectionUnknown(CallControlTerminalConnectionEvent event) { heard(event); }
}
