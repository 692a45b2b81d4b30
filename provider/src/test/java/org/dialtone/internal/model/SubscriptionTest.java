package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.MetaEvent;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalConnectionListener;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.events.CallActiveEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.CallObservationEndedEv;
import javax.telephony.events.ConnEv;
import javax.telephony.events.Ev;
import javax.telephony.events.TermConnEv;
import javax.telephony.events.TermConnRingingEv;
import org.dialtone.internal.event.EventNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who hears what: subscribers added to live calls, removed from them, added to addresses and
 * terminals, added twice, of the core package only, and subscribers that call back into the API.
 */
class SubscriptionTest {
    private final SimLab lab = new SimLab();
    private final Recorder observer = new Recorder();

    private static final List<String> ANSWERED = lines(connect("1001", "1002"), ringing("1002", "1002"),
            answered("1002", "1002"));
    private static final List<String> DROPPED = lines("-- META_CALL_ENDING", disconnected("1001", "1001"),
            disconnected("1002", "1002"), invalid());

    /** The present state of an answered 1001-1002 call, as a snapshot. */
    private static final List<String> ANSWERED_SNAPSHOT = lines("-- META_SNAPSHOT", "CallActiveEv",
            "ConnConnectedEv 1001", "CallCtlConnEstablishedEv 1001", "TermConnActiveEv 1001",
            "CallCtlTermConnTalkingEv 1001", "ConnConnectedEv 1002", "CallCtlConnEstablishedEv 1002",
            "TermConnActiveEv 1002", "CallCtlTermConnTalkingEv 1002");

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private CallControlCall answeredCall() throws Exception {
        lab.address("1001").addCallObserver(observer);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        parts[1].getTerminalConnections()[0].answer();
        return (CallControlCall) parts[0].getCall();
    }

    @Test
    void observerAddedToALiveCallGetsASnapshotThenTheChanges() throws Exception {
        CallControlCall call = answeredCall();
        Recorder late = new Recorder();
        EventLog log = new EventLog();

        call.addObserver(late);
        call.addObserver(log);
        call.drop();

        assertThat(late.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(ANSWERED_SNAPSHOT, DROPPED));
        CallActiveEv snapshot = log.observed(CallActiveEv.class);
        assertThat(snapshot.getCause()).isEqualTo(Ev.CAUSE_SNAPSHOT);
        assertThat(snapshot.getMetaCode()).isEqualTo(Ev.META_SNAPSHOT);
    }

    @Test
    void listenerAddedToALiveCallGetsASnapshotBracket() throws Exception {
        CallControlCall call = answeredCall();
        Recorder late = new Recorder();

        call.addCallListener(late);
        call.drop();

        assertThat(late.await("CALL_EVENT_TRANSMISSION_ENDED"))
                .containsExactlyElementsOf(asListener(lines(ANSWERED_SNAPSHOT, DROPPED)));
        assertThat(late.lines()).startsWith("SINGLECALL_META_SNAPSHOT_STARTED", "CALL_ACTIVE");
    }

    @Test
    void snapshotOfARingingCallShowsItRinging() throws Exception {
        lab.address("1001").addCallObserver(observer);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        Recorder late = new Recorder();

        parts[0].getCall().addObserver(late);

        assertThat(late.await("CallCtlTermConnRingingEv 1002")).containsExactly("-- META_SNAPSHOT", "CallActiveEv",
                "ConnConnectedEv 1001", "CallCtlConnEstablishedEv 1001", "TermConnActiveEv 1001",
                "CallCtlTermConnTalkingEv 1001", "ConnAlertingEv 1002", "CallCtlConnAlertingEv 1002",
                "TermConnRingingEv 1002", "CallCtlTermConnRingingEv 1002");
    }

    @Test
    void observerAddedToAnIdleCallHearsItFromTheStart() throws Exception {
        CallControlCall call = lab.newCall();
        call.addObserver(observer);

        Connection[] parts = call.connect(lab.terminal("1001"), lab.address("1001"), "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        parts[0].disconnect();

        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(connect("1001", "1002"),
                ringing("1002", "1002"), DROPPED));
    }

    @Test
    void observerAddedToAnEndedCallIsToldAtOnceThatObservationEnded() throws Exception {
        Connection[] parts = lab.connect("1001", "1002");
        parts[0].disconnect();

        parts[0].getCall().addObserver(observer);
        Recorder listener = new Recorder();
        parts[0].getCall().addCallListener(listener);

        assertThat(observer.await("CallObservationEndedEv")).containsExactly("-- META_UNKNOWN", "CallObservationEndedEv");
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactly("CALL_EVENT_TRANSMISSION_ENDED");
        assertThat(parts[0].getCall().getObservers()).isNull();
    }

    @Test
    void addressObserverAddedDuringACallGetsItsSnapshotThenFollowsIt() throws Exception {
        CallControlCall call = answeredCall();
        Recorder late = new Recorder();
        Recorder lateListener = new Recorder();

        lab.address("1002").addCallObserver(late);
        lab.address("1002").addCallListener(lateListener);
        call.drop();

        List<String> expected = lines(ANSWERED_SNAPSHOT, DROPPED);
        assertThat(late.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(lateListener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    @Test
    void removingACallObserverEndsItsObservationAndItHearsNothingMore() throws Exception {
        CallControlCall call = answeredCall();
        Recorder late = new Recorder();
        call.addObserver(late);
        call.addCallListener(late);

        call.removeObserver(late);
        call.removeCallListener(late);
        call.drop();
        observer.await("CallObservationEndedEv");

        assertThat(late.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(lines(ANSWERED_SNAPSHOT,
                asListener(ANSWERED_SNAPSHOT), "-- META_UNKNOWN", "CallObservationEndedEv",
                "CALL_EVENT_TRANSMISSION_ENDED"));
        assertThat(call.getObservers()).isNull();
    }

    @Test
    void addressObserverRemovedFromOneCallStaysOffItButFollowsTheNextCall() throws Exception {
        Recorder listener = new Recorder();
        lab.address("1001").addCallListener(listener);
        CallControlCall call = answeredCall();
        List<String> removed = lines(ANSWERED, "-- META_UNKNOWN", "CallObservationEndedEv");

        call.removeObserver(observer);
        call.removeCallListener(listener);
        call.drop();
        Connection[] next = lab.connect("1001", "1003");
        observer.await("CallCtlTermConnRingingEv 1003");
        next[0].disconnect();

        assertThat(SimLab.awaitTimes(observer, "CallObservationEndedEv", 2)).containsExactlyElementsOf(lines(removed,
                connect("1001", "1003"), ringing("1003", "1003"), "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("1003", "1003"), invalid()));
        assertThat(SimLab.awaitTimes(listener, "CALL_EVENT_TRANSMISSION_ENDED", 2)).containsExactlyElementsOf(
                lines(asListener(removed), asListener(lines(connect("1001", "1003"), ringing("1003", "1003"),
                        "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1003", "1003"),
                        invalid()))));
    }

    @Test
    void observerRemovedAndAddedAgainHearsTheEndBeforeTheNewSnapshotAndNeverTwoAtOnce() throws Exception {
        CallControlCall call = answeredCall();
        CountDownLatch readded = new CountDownLatch(1);
        SlowOnEnd slow = new SlowOnEnd(readded);

        call.addObserver(slow);
        call.removeObserver(slow);
        call.addObserver(slow);
        readded.countDown();
        call.removeObserver(slow);

        assertThat(slow.until(2)).containsExactly("snapshot", "ended", "snapshot", "ended");
        assertThat(slow.overlapped).as("two callbacks of one observer ran at once").isFalse();
    }

    /** Holds up its first end-of-observation callback until the test says so; notes any overlap. */
    private static final class SlowOnEnd implements CallObserver {
        private final CountDownLatch release;
        private final LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
        private final AtomicInteger inside = new AtomicInteger();
        private volatile boolean overlapped;

        SlowOnEnd(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public void callChangedEvent(CallEv[] events) {
            if (inside.incrementAndGet() > 1) {
                overlapped = true;
            }
            try {
                boolean ended = events[events.length - 1] instanceof CallObservationEndedEv;
                heard.add(ended ? "ended" : "snapshot");
                if (ended) {
                    release.await(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.decrementAndGet();
            }
        }

        /** What it heard until its observation ended {@code times} times, waiting at most 5 s per batch. */
        List<String> until(int times) throws InterruptedException {
            List<String> out = new ArrayList<>();
            while (out.stream().filter("ended"::equals).count() < times) {
                String next = heard.poll(5, TimeUnit.SECONDS);
                if (next == null) {
                    throw new AssertionError("observation did not end " + times + " times within 5 s; got " + out);
                }
                out.add(next);
            }
            return out;
        }
    }

    @Test
    void removingAnAddressCallObserverEndsItsCallsAndItFollowsNoNewOnes() throws Exception {
        CallControlCall call = answeredCall();

        lab.address("1001").removeCallObserver(observer);
        assertThat(observer.await("CallObservationEndedEv"))
                .containsExactlyElementsOf(lines(ANSWERED, "-- META_UNKNOWN", "CallObservationEndedEv"));
        assertThat(lab.address("1001").getCallObservers()).isNull();
        call.drop();
        Recorder witness = new Recorder();
        lab.address("1001").addCallObserver(witness);
        lab.connect("1001", "1003")[0].disconnect();
        witness.await("CallObservationEndedEv");

        assertThat(observer.lines()).containsExactlyElementsOf(lines(ANSWERED, "-- META_UNKNOWN",
                "CallObservationEndedEv"));
        assertThat(lab.provider.holdings()).isEqualTo("calls=0 legs=0 subscribers=1");
    }

    @Test
    void terminalCallObserverHearsTheCallsOfItsTerminal() throws Exception {
        Recorder atCaller = new Recorder();
        Recorder atCalled = new Recorder();
        lab.terminal("1001").addCallObserver(atCaller);
        lab.terminal("1002").addCallObserver(atCalled);
        Connection[] parts = lab.connect("1001", "1002");
        atCalled.await("CallCtlTermConnRingingEv 1002");
        parts[1].getTerminalConnections()[0].answer();
        parts[0].disconnect();

        List<String> whole = lines(ANSWERED, DROPPED);
        assertThat(atCaller.await("CallObservationEndedEv")).containsExactlyElementsOf(whole);
        // The called terminal joins the call when it starts to ring.
        assertThat(atCalled.await("CallObservationEndedEv")).containsExactlyElementsOf(
                whole.subList(connect("1001", "1002").size(), whole.size()));
    }

    @Test
    void calledAddressObserverHearsTheCallFromItsCreation() throws Exception {
        lab.address("1002").addCallObserver(observer);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        parts[1].getTerminalConnections()[0].answer();
        parts[1].disconnect();

        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(ANSWERED,
                "-- META_CALL_ENDING", disconnected("1002", "1002"), disconnected("1001", "1001"), invalid()));
    }

    @Test
    void sameObjectOnBothAddressesOfACallHearsEachEventOnce() throws Exception {
        Recorder listener = new Recorder();
        for (String a : List.of("1001", "1002")) {
            lab.address(a).addCallObserver(observer);
            lab.address(a).addCallListener(listener);
        }
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        parts[1].getTerminalConnections()[0].answer();
        ((CallControlCall) parts[0].getCall()).drop();

        List<String> expected = lines(ANSWERED, DROPPED);
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    @Test
    void sameObjectAddedTwiceToAnAddressIsOneSubscription() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallObserver(observer);

        assertThat(lab.address("1001").getCallObservers()).containsExactly(observer);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        parts[0].disconnect();
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(connect("1001", "1002"),
                ringing("1002", "1002"), DROPPED));
    }

    @Test
    void providerObserverAndListenerAddedLateStillHearTheProviderIsInService() throws Exception {
        Recorder recorder = new Recorder();

        lab.provider.addObserver(recorder);
        lab.provider.addProviderListener(recorder);
        lab.provider.addObserver(recorder);

        assertThat(recorder.await("PROVIDER_IN_SERVICE")).containsExactlyInAnyOrder("ProvInServiceEv",
                "PROVIDER_IN_SERVICE");
        assertThat(lab.provider.getObservers()).containsExactly(recorder);
        assertThat(lab.provider.getProviderListeners()).containsExactly(recorder);

        lab.provider.removeObserver(recorder);
        lab.provider.removeProviderListener(recorder);
        assertThat(recorder.await("PROVIDER_EVENT_TRANSMISSION_ENDED")).containsExactlyInAnyOrder("ProvInServiceEv",
                "PROVIDER_IN_SERVICE", "ProvObservationEndedEv", "PROVIDER_EVENT_TRANSMISSION_ENDED");
        assertThat(lab.provider.getObservers()).isNull();
    }

    @Test
    void objectThatIsBothObserverAndListenerHearsOnlyOfTheRegistrationRemoved() throws Exception {
        Recorder both = new Recorder();
        lab.terminal("1002").addObserver(both); // stays, so that all its events share one queue
        lab.address("1001").addObserver(both);
        lab.terminal("1001").addObserver(both);

        lab.address("1001").removeObserver(both);
        lab.terminal("1001").removeObserver(both);
        lab.address("1001").addAddressListener(both);
        lab.address("1001").removeAddressListener(both);

        assertThat(both.await("ADDRESS_EVENT_TRANSMISSION_ENDED")).containsExactly("AddrObservationEndedEv",
                "TermObservationEndedEv", "ADDRESS_EVENT_TRANSMISSION_ENDED");
    }

    @Test
    void coreOnlyCallObserverGetsNoCallControlEvents() throws Exception {
        Lines core = new Lines();
        lab.address("1001").addCallObserver(core::observed);
        answeredCall().drop();

        List<String> coreLines = new ArrayList<>();
        for (String line : lines(ANSWERED, DROPPED)) {
            if (!line.startsWith("CallCtl")) {
                coreLines.add(line);
            }
        }
        assertThat(core.until("CallObservationEndedEv")).containsExactlyElementsOf(coreLines);
    }

    @Test
    void plainCallListenerHearsOnlyCallEvents() throws Exception {
        Lines plain = new Lines();
        lab.address("1001").addCallListener(plain.callListener());
        answeredCall().drop();

        // Meta brackets are left out here: whether a bracket with only connection events in it
        // reaches a plain CallListener empty is not this test's question.
        List<String> heard = plain.until("CALL_EVENT_TRANSMISSION_ENDED");
        assertThat(heard).filteredOn(line -> !line.startsWith("SINGLECALL_META"))
                .containsExactly("CALL_ACTIVE", "CALL_INVALID", "CALL_EVENT_TRANSMISSION_ENDED");
    }

    @Test
    void listenerMayAnswerFromItsRingingCallback() throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        lab.address("1002").addCallListener(new AnsweringListener(failure));
        lab.address("1001").addCallObserver(observer);

        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlConnEstablishedEv 1002");

        assertThat(failure.get()).isNull();
        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 TALKING]");
    }

    @Test
    void observerMayAnswerFromItsCallback() throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        lab.address("1002").addCallObserver(events -> {
            for (CallEv ev : events) {
                if (ev instanceof TermConnRingingEv ringing) {
                    try {
                        ringing.getTerminalConnection().answer();
                    } catch (Exception e) {
                        failure.set(e);
                    }
                }
            }
        });
        lab.address("1001").addCallObserver(observer);

        lab.connect("1001", "1002");

        assertThat(observer.await("CallCtlConnEstablishedEv 1002")).containsExactlyElementsOf(ANSWERED);
        assertThat(failure.get()).isNull();
    }

    @Test
    void callGetObserversIncludesObserversThatCameThroughItsAddresses() throws Exception {
        CallControlCall call = answeredCall();
        Call sameCall = lab.address("1002").getConnections()[0].getCall();

        assertThat(sameCall).isSameAs(call);
        assertThat(call.getObservers()).containsExactly(observer);
    }

    /** Answers every call that rings at it, from the callback. */
    private static final class AnsweringListener implements TerminalConnectionListener {
        private final AtomicReference<Exception> failure;

        AnsweringListener(AtomicReference<Exception> failure) {
            this.failure = failure;
        }

        @Override
        public void terminalConnectionRinging(TerminalConnectionEvent event) {
            try {
                event.getTerminalConnection().answer();
            } catch (Exception e) {
                failure.set(e);
            }
        }

        @Override public void terminalConnectionActive(TerminalConnectionEvent event) { }
        @Override public void terminalConnectionCreated(TerminalConnectionEvent event) { }
        @Override public void terminalConnectionDropped(TerminalConnectionEvent event) { }
        @Override public void terminalConnectionPassive(TerminalConnectionEvent event) { }
        @Override public void terminalConnectionUnknown(TerminalConnectionEvent event) { }
        @Override public void connectionAlerting(ConnectionEvent event) { }
        @Override public void connectionConnected(ConnectionEvent event) { }
        @Override public void connectionCreated(ConnectionEvent event) { }
        @Override public void connectionDisconnected(ConnectionEvent event) { }
        @Override public void connectionFailed(ConnectionEvent event) { }
        @Override public void connectionInProgress(ConnectionEvent event) { }
        @Override public void connectionUnknown(ConnectionEvent event) { }
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
    }

    /** Lines in Recorder's format from subscribers of the core package only. */
    private static final class Lines {
        private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();

        void observed(CallEv[] events) {
            for (CallEv ev : events) {
                if (ev.isNewMetaEvent()) {
                    queue.add("-- " + EventNames.metaCode(ev.getMetaCode()));
                }
                String subject = ev instanceof TermConnEv tc ? " " + tc.getTerminalConnection().getTerminal().getName()
                        : ev instanceof ConnEv c ? " " + c.getConnection().getAddress().getName() : "";
                queue.add(EventNames.observerId(ev.getID()) + subject);
            }
        }

        CallListener callListener() {
            return new CallListener() {
                @Override public void callActive(CallEvent event) { heard(event.getID()); }
                @Override public void callInvalid(CallEvent event) { heard(event.getID()); }
                @Override public void callEventTransmissionEnded(CallEvent event) { heard(event.getID()); }
                @Override public void singleCallMetaProgressStarted(MetaEvent event) { heard(event.getID()); }
                @Override public void singleCallMetaProgressEnded(MetaEvent event) { heard(event.getID()); }
                @Override public void singleCallMetaSnapshotStarted(MetaEvent event) { heard(event.getID()); }
                @Override public void singleCallMetaSnapshotEnded(MetaEvent event) { heard(event.getID()); }
                @Override public void multiCallMetaMergeStarted(MetaEvent event) { heard(event.getID()); }
                @Override public void multiCallMetaMergeEnded(MetaEvent event) { heard(event.getID()); }
                @Override public void multiCallMetaTransferStarted(MetaEvent event) { heard(event.getID()); }
                @Override public void multiCallMetaTransferEnded(MetaEvent event) { heard(event.getID()); }
            };
        }

        private void heard(int id) {
            queue.add(EventNames.id(id));
        }

        /** Every line up to and including {@code last}, waiting at most 5 s for each. */
        List<String> until(String last) throws InterruptedException {
            List<String> out = new ArrayList<>();
            while (out.isEmpty() || !out.get(out.size() - 1).equals(last)) {
                String next = queue.poll(5, TimeUnit.SECONDS);
                if (next == null) {
                    throw new AssertionError("no '" + last + "' within 5 s; got " + out);
                }
                out.add(next);
            }
            return out;
        }
    }
}
