package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.telephony.AddressEvent;
import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalEvent;
import javax.telephony.callcontrol.CallControlAddressEvent;
import javax.telephony.callcontrol.CallControlAddressListener;
import javax.telephony.callcontrol.CallControlAddressObserver;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;
import javax.telephony.callcontrol.CallControlTerminalEvent;
import javax.telephony.callcontrol.CallControlTerminalListener;
import javax.telephony.callcontrol.CallControlTerminalObserver;
import javax.telephony.callcontrol.events.CallCtlConnFailedEv;
import javax.telephony.events.AddrEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.ConnFailedEv;
import javax.telephony.events.Ev;
import javax.telephony.events.TermEv;
import javax.telephony.privatedata.PrivateDataCallListener;
import javax.telephony.privatedata.PrivateDataEvent;

/**
 * Keeps the event objects themselves, observer and listener alike, for tests that look inside
 * them (causes, sources, feature states); {@link Recorder} is for sequences. Waits at most 5 s
 * for an event.
 */
final class EventLog implements CallControlCallObserver, CallControlTerminalConnectionListener,
        CallControlAddressObserver, CallControlAddressListener, CallControlTerminalObserver,
        CallControlTerminalListener, PrivateDataCallListener {
    private final List<Object> events = new ArrayList<>();

    /** The first observer event of {@code type}, waiting for it. */
    <T extends Ev> T observed(Class<T> type) throws InterruptedException {
        return type.cast(await(type::isInstance, type.getSimpleName()));
    }

    /** The first listener event with {@code id} that {@code also} accepts, waiting for it. */
    Event heard(int id, Predicate<Event> also) throws InterruptedException {
        return (Event) await(e -> e instanceof Event && ((Event) e).getID() == id && also.test((Event) e),
                "listener event " + id);
    }

    /**
     * Asserts the causes of the first FAILED events of both models (core and call-control observer
     * events, core and call-control listener events), waiting for them.
     */
    void assertFailedWith(int coreCause, int callControlCause) throws InterruptedException {
        ConnFailedEv core = observed(ConnFailedEv.class);
        assertThat(core.getCause()).as("core cause of ConnFailedEv").isEqualTo(coreCause);
        CallCtlConnFailedEv callControl = observed(CallCtlConnFailedEv.class);
        assertThat(callControl.getCause()).as("core cause of CallCtlConnFailedEv").isEqualTo(coreCause);
        assertThat(callControl.getCallControlCause()).as("call-control cause of CallCtlConnFailedEv")
                .isEqualTo(callControlCause);
        ConnectionEvent heardCore = (ConnectionEvent) heard(ConnectionEvent.CONNECTION_FAILED, e -> true);
        assertThat(heardCore.getCause()).as("cause of CONNECTION_FAILED").isEqualTo(coreCause);
        CallControlConnectionEvent heard = (CallControlConnectionEvent) heard(
                CallControlConnectionEvent.CALLCTL_CONNECTION_FAILED, e -> true);
        assertThat(heard.getCause()).as("cause of CALLCTL_CONNECTION_FAILED").isEqualTo(coreCause);
        assertThat(heard.getCallControlCause()).as("call-control cause of CALLCTL_CONNECTION_FAILED")
                .isEqualTo(callControlCause);
    }

    synchronized List<Object> all() {
        return new ArrayList<>(events);
    }

    private synchronized Object await(Predicate<Object> wanted, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            for (Object e : events) {
                if (wanted.test(e)) {
                    return e;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + what + " within 5 s; got " + events);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private synchronized void add(Object event) {
        events.add(event);
        notifyAll();
    }

    @Override
    public void callChangedEvent(CallEv[] evs) {
        for (CallEv ev : evs) {
            add(ev);
        }
    }

    @Override
    public void addressChangedEvent(AddrEv[] evs) {
        for (AddrEv ev : evs) {
            add(ev);
        }
    }

    @Override
    public void terminalChangedEvent(TermEv[] evs) {
        for (TermEv ev : evs) {
            add(ev);
        }
    }

    @Override public void addressListenerEnded(AddressEvent event) { add(event); }
    @Override public void addressDoNotDisturb(CallControlAddressEvent event) { add(event); }
    @Override public void addressForwarded(CallControlAddressEvent event) { add(event); }
    @Override public void addressMessageWaiting(CallControlAddressEvent event) { add(event); }
    @Override public void terminalListenerEnded(TerminalEvent event) { add(event); }
    @Override public void terminalDoNotDisturb(CallControlTerminalEvent event) { add(event); }
    @Override public void callActive(CallEvent event) { add(event); }
    @Override public void callInvalid(CallEvent event) { add(event); }
    @Override public void callEventTransmissionEnded(CallEvent event) { add(event); }
    @Override public void singleCallMetaProgressStarted(MetaEvent event) { add(event); }
    @Override public void singleCallMetaProgressEnded(MetaEvent event) { add(event); }
    @Override public void singleCallMetaSnapshotStarted(MetaEvent event) { add(event); }
    @Override public void singleCallMetaSnapshotEnded(MetaEvent event) { add(event); }
    @Override public void multiCallMetaMergeStarted(MetaEvent event) { add(event); }
    @Override public void multiCallMetaMergeEnded(MetaEvent event) { add(event); }
    @Override public void multiCallMetaTransferStarted(MetaEvent event) { add(event); }
    @Override public void multiCallMetaTransferEnded(MetaEvent event) { add(event); }
    @Override public void connectionAlerting(ConnectionEvent event) { add(event); }
    @Override public void connectionConnected(ConnectionEvent event) { add(event); }
    @Override public void connectionCreated(ConnectionEvent event) { add(event); }
    @Override public void connectionDisconnected(ConnectionEvent event) { add(event); }
    @Override public void connectionFailed(ConnectionEvent event) { add(event); }
    @Override public void connectionInProgress(ConnectionEvent event) { add(event); }
    @Override public void connectionUnknown(ConnectionEvent event) { add(event); }
    @Override public void terminalConnectionActive(TerminalConnectionEvent event) { add(event); }
    @Override public void terminalConnectionCreated(TerminalConnectionEvent event) { add(event); }
    @Override public void terminalConnectionDropped(TerminalConnectionEvent event) { add(event); }
    @Override public void terminalConnectionPassive(TerminalConnectionEvent event) { add(event); }
    @Override public void terminalConnectionRinging(TerminalConnectionEvent event) { add(event); }
    @Override public void terminalConnectionUnknown(TerminalConnectionEvent event) { add(event); }
    @Override public void connectionAlerting(CallControlConnectionEvent event) { add(event); }
    @Override public void connectionDialing(CallControlConnectionEvent event) { add(event); }
    @Override public void connectionDisconnected(CallControlConnectionEvent event) { add(event); }
    @Override public void connectionEstablished(CallControlConnectionEvent event) { add(event); }
    @Override public void connectionFailed(CallControlConnectionEvent event) { add(event); }
    @Override public void connectionInitiated(CallControlConnectionEvent event) { add(event); }
    @Override public void connectionNetworkAlerting(CallControlConnectionEvent event) { add(event); }
    @Override public void connectionNetworkReached(CallControlConnectionEvent event) { add(event); }
    @Override public void connectionOffered(CallControlConnectionEvent event) { add(event); }
    @Override public void connectionQueued(CallControlConnectionEvent event) { add(event); }
    @Override public void connectionUnknown(CallControlConnectionEvent event) { add(event); }
    @Override public void terminalConnectionBridged(CallControlTerminalConnectionEvent event) { add(event); }
    @Override public void terminalConnectionDropped(CallControlTerminalConnectionEvent event) { add(event); }
    @Override public void terminalConnectionHeld(CallControlTerminalConnectionEvent event) { add(event); }
    @Override public void terminalConnectionInUse(CallControlTerminalConnectionEvent event) { add(event); }
    @Override public void terminalConnectionRinging(CallControlTerminalConnectionEvent event) { add(event); }
    @Override public void terminalConnectionTalking(CallControlTerminalConnectionEvent event) { add(event); }
    @Override public void terminalConnectionUnknown(CallControlTerminalConnectionEvent event) { add(event); }
    @Override public void callPrivateData(PrivateDataEvent event) { add(event); }
}
