package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.telephony.AddressEvent;
import javax.telephony.AddressListener;
import javax.telephony.AddressObserver;
import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.ProviderEvent;
import javax.telephony.ProviderListener;
import javax.telephony.ProviderObserver;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalEvent;
import javax.telephony.TerminalListener;
import javax.telephony.TerminalObserver;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;
import javax.telephony.events.AddrEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.ConnEv;
import javax.telephony.events.Ev;
import javax.telephony.events.ProvEv;
import javax.telephony.events.TermConnEv;
import javax.telephony.events.TermEv;
import javax.telephony.privatedata.PrivateDataCallListener;
import javax.telephony.privatedata.PrivateDataEvent;
import org.dialtone.internal.event.EventNames;

/**
 * Records every event it hears, as one readable line each, so that tests can assert exact
 * sequences and wait for a line to arrive. Observer events read {@code ConnAlertingEv 1002};
 * a new observer meta group adds a line {@code -- META_CALL_PROGRESS}; listener events read
 * {@code CONNECTION_ALERTING 1002}; meta events read by their id.
 */
final class Recorder implements CallControlCallObserver, CallControlTerminalConnectionListener, ProviderObserver,
        ProviderListener, AddressObserver, AddressListener, TerminalObserver, TerminalListener,
        PrivateDataCallListener {
    private final List<String> lines = new ArrayList<>();
    private final boolean withMetaLines;

    Recorder() {
        this(true);
    }

    Recorder(boolean withMetaLines) {
        this.withMetaLines = withMetaLines;
    }

    synchronized List<String> lines() {
        return new ArrayList<>(lines);
    }

    synchronized void clear() {
        lines.clear();
    }

    /** Waits up to 5 s until {@code line} has been recorded, and returns everything so far. */
    synchronized List<String> await(String line) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!lines.contains(line)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no '" + line + "' within 5 s; got " + lines);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return new ArrayList<>(lines);
    }

    private synchronized void add(String line) {
        lines.add(line);
        notifyAll();
    }

    // ---- observers ----

    @Override
    public void callChangedEvent(CallEv[] events) {
        observed(events);
    }

    @Override
    public void providerChangedEvent(ProvEv[] events) {
        observed(events);
    }

    @Override
    public void addressChangedEvent(AddrEv[] events) {
        observed(events);
    }

    @Override
    public void terminalChangedEvent(TermEv[] events) {
        observed(events);
    }

    private void observed(Ev[] events) {
        for (Ev ev : events) {
            if (withMetaLines && ev.isNewMetaEvent()) {
                add("-- " + EventNames.metaCode(ev.getMetaCode()));
            }
            String subject = ev instanceof TermConnEv ? ((TermConnEv) ev).getTerminalConnection().getTerminal().getName()
                    : ev instanceof ConnEv ? ((ConnEv) ev).getConnection().getAddress().getName() : null;
            add(EventNames.observerId(ev.getID()) + (subject == null ? "" : " " + subject));
        }
    }

    // ---- listeners ----

    private void heard(Event event) {
        String subject = event instanceof TerminalConnectionEvent
                ? ((TerminalConnectionEvent) event).getTerminalConnection().getTerminal().getName()
                : event instanceof ConnectionEvent ? ((ConnectionEvent) event).getConnection().getAddress().getName()
                : null;
        add(EventNames.id(event.getID()) + (subject == null ? "" : " " + subject));
    }

    @Override public void callActive(CallEvent event) { heard(event); }
    @Override public void callInvalid(CallEvent event) { heard(event); }
    @Override public void callEventTransmissionEnded(CallEvent event) { heard(event); }
    @Override public void singleCallMetaProgressStarted(MetaEvent event) { if (withMetaLines) heard(event); }
    @Override public void singleCallMetaProgressEnded(MetaEvent event) { if (withMetaLines) heard(event); }
    @Override public void singleCallMetaSnapshotStarted(MetaEvent event) { if (withMetaLines) heard(event); }
    @Override public void singleCallMetaSnapshotEnded(MetaEvent event) { if (withMetaLines) heard(event); }
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
    @Override public void providerInService(ProviderEvent event) { heard(event); }
    @Override public void providerEventTransmissionEnded(ProviderEvent event) { heard(event); }
    @Override public void providerOutOfService(ProviderEvent event) { heard(event); }
    @Override public void providerShutdown(ProviderEvent event) { heard(event); }
    @Override public void addressListenerEnded(AddressEvent event) { heard(event); }
    @Override public void terminalListenerEnded(TerminalEvent event) { heard(event); }
    @Override public void callPrivateData(PrivateDataEvent event) { heard(event); }
}
