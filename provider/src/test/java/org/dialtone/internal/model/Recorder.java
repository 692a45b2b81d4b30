package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.telephony.AddressEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.ProviderEvent;
import javax.telephony.ProviderListener;
import javax.telephony.ProviderObserver;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalEvent;
import javax.telephony.callcontrol.CallControlAddressEvent;
import javax.telephony.callcontrol.CallControlAddressListener;
import javax.telephony.callcontrol.CallControlAddressObserver;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.callcontrol.CallControlForwarding;
import javax.telephony.callcontrol.CallControlTerminalEvent;
import javax.telephony.callcontrol.CallControlTerminalListener;
import javax.telephony.callcontrol.CallControlTerminalObserver;
import javax.telephony.callcontrol.events.CallCtlAddrDoNotDisturbEv;
import javax.telephony.callcontrol.events.CallCtlAddrEv;
import javax.telephony.callcontrol.events.CallCtlAddrForwardEv;
import javax.telephony.callcontrol.events.CallCtlAddrMessageWaitingEv;
import javax.telephony.callcontrol.events.CallCtlTermDoNotDisturbEv;
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
 * {@code CONNECTION_ALERTING 1002}; meta events read by their id. Address and terminal feature events
 * add their subject and new state: {@code CallCtlAddrDoNotDisturbEv 1002 true},
 * {@code CALLCTL_ADDRESS_EVENT_FORWARD 1002 [1003]} (the forwarding destinations).
 */
final class Recorder extends EveryCallEvent implements CallControlCallObserver, ProviderObserver,
        ProviderListener, CallControlAddressObserver, CallControlAddressListener, CallControlTerminalObserver,
        CallControlTerminalListener, PrivateDataCallListener {
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
                    : ev instanceof ConnEv ? ((ConnEv) ev).getConnection().getAddress().getName()
                    : ev instanceof CallCtlAddrEv a ? a.getAddress().getName() + " " + feature(a)
                    : ev instanceof CallCtlTermDoNotDisturbEv t ? t.getTerminal().getName() + " "
                            + t.getDoNotDisturbState() : null;
            add(EventNames.observerId(ev.getID()) + (subject == null ? "" : " " + subject));
        }
    }

    private static String feature(CallCtlAddrEv ev) {
        return ev instanceof CallCtlAddrDoNotDisturbEv d ? Boolean.toString(d.getDoNotDisturbState())
                : ev instanceof CallCtlAddrMessageWaitingEv m ? Boolean.toString(m.getMessageWaitingState())
                : destinations(((CallCtlAddrForwardEv) ev).getForwarding());
    }

    private static String feature(CallControlAddressEvent event) {
        switch (event.getID()) {
            case CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB:
                return Boolean.toString(event.getDoNotDisturbState());
            case CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING:
                return Boolean.toString(event.getMessageWaitingState());
            default:
                return destinations(event.getForwarding());
        }
    }

    private static String destinations(CallControlForwarding[] rules) {
        List<String> out = new ArrayList<>();
        for (CallControlForwarding f : rules == null ? new CallControlForwarding[0] : rules) {
            out.add(f.getDestinationAddress());
        }
        return out.toString().replace(" ", "");
    }

    // ---- listeners ----

    @Override
    void heard(Event event) {
        String subject = event instanceof TerminalConnectionEvent
                ? ((TerminalConnectionEvent) event).getTerminalConnection().getTerminal().getName()
                : event instanceof ConnectionEvent ? ((ConnectionEvent) event).getConnection().getAddress().getName()
                : null;
        add(EventNames.id(event.getID()) + (subject == null ? "" : " " + subject));
    }

    @Override public void singleCallMetaProgressStarted(MetaEvent event) { if (withMetaLines) heard(event); }
    @Override public void singleCallMetaProgressEnded(MetaEvent event) { if (withMetaLines) heard(event); }
    @Override public void singleCallMetaSnapshotStarted(MetaEvent event) { if (withMetaLines) heard(event); }
    @Override public void singleCallMetaSnapshotEnded(MetaEvent event) { if (withMetaLines) heard(event); }
    @Override public void providerInService(ProviderEvent event) { heard(event); }
    @Override public void providerEventTransmissionEnded(ProviderEvent event) { heard(event); }
    @Override public void providerOutOfService(ProviderEvent event) { heard(event); }
    @Override public void providerShutdown(ProviderEvent event) { heard(event); }
    @Override public void addressListenerEnded(AddressEvent event) { heard(event); }
    @Override public void terminalListenerEnded(TerminalEvent event) { heard(event); }
    @Override public void callPrivateData(PrivateDataEvent event) { heard(event); }
    @Override public void addressDoNotDisturb(CallControlAddressEvent event) { heardFeature(event); }
    @Override public void addressForwarded(CallControlAddressEvent event) { heardFeature(event); }
    @Override public void addressMessageWaiting(CallControlAddressEvent event) { heardFeature(event); }

    @Override
    public void terminalDoNotDisturb(CallControlTerminalEvent event) {
        add(EventNames.id(event.getID()) + " " + event.getTerminal().getName() + " " + event.getDoNotDisturbState());
    }

    private void heardFeature(CallControlAddressEvent event) {
        add(EventNames.id(event.getID()) + " " + event.getAddress().getName() + " " + feature(event));
    }
}
