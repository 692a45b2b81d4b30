package org.dialtone.bench;

import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.MetaEvent;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlConnectionListener;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;

/**
 * A call-control connection and terminal connection listener that ignores every event, so that a
 * benchmark's listener overrides only the few it waits for. Being a call-control listener, it is
 * handed every event the provider makes for a call: the most work a listener can cause.
 */
abstract class SilentCallListener implements CallControlConnectionListener, CallControlTerminalConnectionListener {
    @Override public void callActive(CallEvent event) { }
    @Override public void callInvalid(CallEvent event) { }
    @Override public void callEventTransmissionEnded(CallEvent event) { }
    @Override public void singleCallMetaProgressStarted(MetaEvent event) { }
    @Override public void singleCallMetaProgressEnded(MetaEvent event) { }
    @Override public void singleCallMetaSnapshotStarted(MetaEvent event) { }
    @Override public void singleCallMetaSnapshotEnded(MetaEvent event) { }
    @Override public void multiCallMetaMergeStarted(MetaEvent event) { }
    @Override public void multiCallMetaMergeEnded(MetaEvent event) { }
    @Override public void multiCallMetaTransferStarted(MetaEvent event) { }
    @Override public void multiCallMetaTransferEnded(MetaEvent event) { }
    @Override public void connectionAlerting(ConnectionEvent event) { }
    @Override public void connectionConnected(ConnectionEvent event) { }
    @Override public void connectionCreated(ConnectionEvent event) { }
    @Override public void connectionDisconnected(ConnectionEvent event) { }
    @Override public void connectionFailed(ConnectionEvent event) { }
    @Override public void connectionInProgress(ConnectionEvent event) { }
    @Override public void connectionUnknown(ConnectionEvent event) { }
    @Override public void terminalConnectionActive(TerminalConnectionEvent event) { }
    @Override public void terminalConnectionCreated(TerminalConnectionEvent event) { }
    @Override public void terminalConnectionDropped(TerminalConnectionEvent event) { }
    @Override public void terminalConnectionPassive(TerminalConnectionEvent event) { }
    @Override public void terminalConnectionRinging(TerminalConnectionEvent event) { }
    @Override public void terminalConnectionUnknown(TerminalConnectionEvent event) { }
    @Override public void connectionAlerting(CallControlConnectionEvent event) { }
    @Override public void connectionDialing(CallControlConnectionEvent event) { }
    @Override public void connectionDisconnected(CallControlConnectionEvent event) { }
    @Override public void connectionEstablished(CallControlConnectionEvent event) { }
    @Override public void connectionFailed(CallControlConnectionEvent event) { }
    @Override public void connectionInitiated(CallControlConnectionEvent event) { }
    @Override public void connectionNetworkAlerting(CallControlConnectionEvent event) { }
    @Override public void connectionNetworkReached(CallControlConnectionEvent event) { }
    @Override public void connectionOffered(CallControlConnectionEvent event) { }
    @Override public void connectionQueued(CallControlConnectionEvent event) { }
    @Override public void connectionUnknown(CallControlConnectionEvent event) { }
    @Override public void terminalConnectionBridged(CallControlTerminalConnectionEvent event) { }
    @Override public void terminalConnectionDropped(CallControlTerminalConnectionEvent event) { }
    @Override public void terminalConnectionHeld(CallControlTerminalConnectionEvent event) { }
    @Override public void terminalConnectionInUse(CallControlTerminalConnectionEvent event) { }
    @Override public void terminalConnectionRinging(CallControlTerminalConnectionEvent event) { }
    @Override public void terminalConnectionTalking(CallControlTerminalConnectionEvent event) { }
    @Override public void terminalConnectionUnknown(CallControlTerminalConnectionEvent event) { }
}
