package org.dialtone.samples;

import javax.telephony.AddressEvent;
import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.ProviderEvent;
import javax.telephony.ProviderListener;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalEvent;
import javax.telephony.callcontrol.CallControlAddressEvent;
import javax.telephony.callcontrol.CallControlAddressListener;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;
import javax.telephony.callcontrol.CallControlTerminalEvent;
import javax.telephony.callcontrol.CallControlTerminalListener;

/**
 * Every JTAPI 1.4 listener a sample needs, in one object whose every callback calls
 * {@link #onEvent(Event)}: call, connection and terminal connection events (core and call-control),
 * meta events, address, terminal and provider events. A sample adds one funnel wherever it listens
 * (provider, addresses, terminals, calls) and handles events in one method. JTAPI has no listener
 * adapter classes outside media, so this is the sample's own.
 *
 * <p>A provider calls a listener on its own threads, one event at a time per listener object.
 */
public abstract class EventFunnel implements CallControlTerminalConnectionListener, CallControlAddressListener,
        CallControlTerminalListener, ProviderListener {

    /** Called for every event this listener receives, on the provider's delivery thread. */
    protected abstract void onEvent(Event event);

    @Override
    public final void callActive(CallEvent event) {
        onEvent(event);
    }

    @Override
    public final void callEventTransmissionEnded(CallEvent event) {
        onEvent(event);
    }

    @Override
    public final void callInvalid(CallEvent event) {
        onEvent(event);
    }

    @Override
    public final void multiCallMetaMergeEnded(MetaEvent event) {
        onEvent(event);
    }

    @Override
    public final void multiCallMetaMergeStarted(MetaEvent event) {
        onEvent(event);
    }

    @Override
    public final void multiCallMetaTransferEnded(MetaEvent event) {
        onEvent(event);
    }

    @Override
    public final void multiCallMetaTransferStarted(MetaEvent event) {
        onEvent(event);
    }

    @Override
    public final void singleCallMetaProgressEnded(MetaEvent event) {
        onEvent(event);
    }

    @Override
    public final void singleCallMetaProgressStarted(MetaEvent event) {
        onEvent(event);
    }

    @Override
    public final void singleCallMetaSnapshotEnded(MetaEvent event) {
        onEvent(event);
    }

    @Override
    public final void singleCallMetaSnapshotStarted(MetaEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionAlerting(ConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionConnected(ConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionCreated(ConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionDisconnected(ConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionFailed(ConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionInProgress(ConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionUnknown(ConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalConnectionActive(TerminalConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalConnectionCreated(TerminalConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalConnectionDropped(TerminalConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalConnectionPassive(TerminalConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalConnectionRinging(TerminalConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalConnectionUnknown(TerminalConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionAlerting(CallControlConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionDialing(CallControlConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionDisconnected(CallControlConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionEstablished(CallControlConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionFailed(CallControlConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionInitiated(CallControlConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionNetworkAlerting(CallControlConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionNetworkReached(CallControlConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionOffered(CallControlConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionQueued(CallControlConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void connectionUnknown(CallControlConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalConnectionBridged(CallControlTerminalConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalConnectionDropped(CallControlTerminalConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalConnectionHeld(CallControlTerminalConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalConnectionInUse(CallControlTerminalConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalConnectionRinging(CallControlTerminalConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalConnectionTalking(CallControlTerminalConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalConnectionUnknown(CallControlTerminalConnectionEvent event) {
        onEvent(event);
    }

    @Override
    public final void addressListenerEnded(AddressEvent event) {
        onEvent(event);
    }

    @Override
    public final void addressDoNotDisturb(CallControlAddressEvent event) {
        onEvent(event);
    }

    @Override
    public final void addressForwarded(CallControlAddressEvent event) {
        onEvent(event);
    }

    @Override
    public final void addressMessageWaiting(CallControlAddressEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalListenerEnded(TerminalEvent event) {
        onEvent(event);
    }

    @Override
    public final void terminalDoNotDisturb(CallControlTerminalEvent event) {
        onEvent(event);
    }

    @Override
    public final void providerEventTransmissionEnded(ProviderEvent event) {
        onEvent(event);
    }

    @Override
    public final void providerInService(ProviderEvent event) {
        onEvent(event);
    }

    @Override
    public final void providerOutOfService(ProviderEvent event) {
        onEvent(event);
    }

    @Override
    public final void providerShutdown(ProviderEvent event) {
        onEvent(event);
    }
}
