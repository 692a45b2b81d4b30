package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.events.AddrObservationEndedEv;
import javax.telephony.events.CallActiveEv;
import javax.telephony.events.CallObservationEndedEv;
import javax.telephony.events.Ev;
import javax.telephony.events.TermConnRingingEv;
import javax.telephony.events.TermObservationEndedEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.dialtone.tck.events.Seen;
import org.junit.jupiter.api.Test;

/**
 * Subscribing through addresses and terminals: their own observers and listeners, and the call
 * observers and listeners they attach to every call they take part in.
 */
@Area(value = "Address and terminal events", covers = "Address/Terminal add/remove Observer, Listener, "
        + "CallObserver, CallListener")
@Requires({Feature.CONNECT, Feature.OBSERVE_CALLS})
public class AddressTerminalTest extends TckTest {

    /** Places a call from a to b with nothing observing the call itself. */
    private Call placeUnobserved() throws Exception {
        Call call = provider.createCall();
        call.connect(a.terminal(), a.address(), b.number());
        return call;
    }

    @Test
    void anAddressCallObserverHearsACallFromTheAddress() throws Exception {
        EventLog log = newLog();
        a.address().addCallObserver(log.callObserver());

        Call call = placeUnobserved();

        log.awaitObserved(call, CallActiveEv.ID);
        assertThat(log.query().observer().ofCall(call).names()).first().isEqualTo("CallActiveEv");
    }

    @Test
    void anAddressCallObserverHearsACallToTheAddress() throws Exception {
        EventLog log = newLog();
        b.address().addCallObserver(log.callObserver());

        Call call = placeUnobserved();

        Seen rings = awaitRinging(log, call);
        assertThat(rings.terminalConnection().getConnection().getAddress()).isEqualTo(b.address());
    }

    @Test
    void anAddressCallListenerHearsACallToTheAddress() throws Exception {
        EventLog log = newLog();
        b.address().addCallListener(log.callListener());

        Call call = placeUnobserved();

        log.await("terminalConnectionRinging at " + b.terminal().getName(), s -> s.name().equals(
                "terminalConnectionRinging") && call.equals(s.call()));
    }

    @Test
    void aTerminalCallObserverHearsACallToTheTerminal() throws Exception {
        EventLog log = newLog();
        b.terminal().addCallObserver(log.callObserver());

        Call call = placeUnobserved();

        awaitRinging(log, call);
    }

    @Test
    void aTerminalCallListenerHearsACallFromTheTerminal() throws Exception {
        EventLog log = newLog();
        a.terminal().addCallListener(log.callListener());

        Call call = placeUnobserved();

        log.awaitHeard(call, "callActive");
    }

    @Test
    void anAddressCallObserverHearsObservationEndWhenTheCallEnds() throws Exception {
        EventLog log = newLog();
        b.address().addCallObserver(log.callObserver());
        EventLog own = newLog();
        TwoPartyCall call = talk(a, b, own);

        hangUpBoth(call, own);

        log.awaitObserved(call.call(), CallObservationEndedEv.ID);
        assertThat(log.query().observer().ofCall(call.call()).names()).endsWith("CallObservationEndedEv");
    }

    @Test
    void anAddressCallObserverStaysRegisteredForTheNextCall() throws Exception {
        EventLog log = newLog();
        b.address().addCallObserver(log.callObserver());
        EventLog own = newLog();
        hangUpBoth(talk(a, b, own), own);

        Call next = placeUnobserved();

        awaitRinging(log, next);
        assertThat(listOf(b.address().getCallObservers())).contains(log.callObserver());
    }

    @Test
    void anAddressCallObserverOfALiveCallGetsASnapshot() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());
        EventLog late = newLog();

        a.address().addCallObserver(late.callObserver());

        Seen active = late.awaitObserved(call.call(), CallActiveEv.ID);
        assertThat(active.cause()).isEqualTo(Ev.CAUSE_SNAPSHOT);
        assertThat(active.metaCode()).isEqualTo(Ev.META_SNAPSHOT);
    }

    @Test
    void getCallObserversAndListenersListWhatWasAddedUntilItIsRemoved() throws Exception {
        EventLog log = newLog();
        a.address().addCallObserver(log.callObserver());
        a.terminal().addCallListener(log.callListener());

        assertThat(listOf(a.address().getCallObservers())).contains(log.callObserver());
        assertThat(listOf(a.terminal().getCallListeners())).contains(log.callListener());

        a.address().removeCallObserver(log.callObserver());
        a.terminal().removeCallListener(log.callListener());

        assertThat(listOf(a.address().getCallObservers())).doesNotContain(log.callObserver());
        assertThat(listOf(a.terminal().getCallListeners())).doesNotContain(log.callListener());
    }

    @Test
    void aRemovedAddressCallObserverHearsNoNewCalls() throws Exception {
        EventLog log = newLog();
        b.address().addCallObserver(log.callObserver());
        b.address().removeCallObserver(log.callObserver());
        EventLog witness = newLog();
        b.address().addCallObserver(witness.callObserver());

        Call call = placeUnobserved();

        awaitRinging(witness, call);
        assertThat(log.query().ofCall(call).list()).as("events for a removed observer").isEmpty();
    }

    @Test
    void aRemovedAddressObserverIsToldObservationEnded() throws Exception {
        EventLog log = newLog();
        a.address().addObserver(log.addressObserver());
        assertThat(listOf(a.address().getObservers())).contains(log.addressObserver());

        a.address().removeObserver(log.addressObserver());

        Seen ended = log.awaitObserved(a.address(), AddrObservationEndedEv.ID);
        assertThat(ended.address()).isEqualTo(a.address());
        assertThat(listOf(a.address().getObservers())).doesNotContain(log.addressObserver());
    }

    @Test
    void aRemovedAddressListenerIsToldItEnded() throws Exception {
        EventLog log = newLog();
        a.address().addAddressListener(log.addressListener());
        assertThat(listOf(a.address().getAddressListeners())).contains(log.addressListener());

        a.address().removeAddressListener(log.addressListener());

        log.awaitHeard(a.address(), "addressListenerEnded");
        assertThat(listOf(a.address().getAddressListeners())).doesNotContain(log.addressListener());
    }

    @Test
    void aRemovedTerminalObserverIsToldObservationEnded() throws Exception {
        EventLog log = newLog();
        a.terminal().addObserver(log.terminalObserver());
        assertThat(listOf(a.terminal().getObservers())).contains(log.terminalObserver());

        a.terminal().removeObserver(log.terminalObserver());

        Seen ended = log.awaitObserved(a.terminal(), TermObservationEndedEv.ID);
        assertThat(ended.terminal()).isEqualTo(a.terminal());
        assertThat(listOf(a.terminal().getObservers())).doesNotContain(log.terminalObserver());
    }

    @Test
    void aRemovedTerminalListenerIsToldItEnded() throws Exception {
        EventLog log = newLog();
        a.terminal().addTerminalListener(log.terminalListener());
        assertThat(listOf(a.terminal().getTerminalListeners())).contains(log.terminalListener());

        a.terminal().removeTerminalListener(log.terminalListener());

        log.awaitHeard(a.terminal(), "terminalListenerEnded");
        assertThat(listOf(a.terminal().getTerminalListeners())).doesNotContain(log.terminalListener());
    }

    @Test
    void addressAndTerminalObservationEndsAtShutdown() throws Exception {
        EventLog log = newLog();
        a.address().addObserver(log.addressObserver());
        a.terminal().addObserver(log.terminalObserver());

        provider.shutdown();

        log.awaitObserved(a.address(), AddrObservationEndedEv.ID);
        log.awaitObserved(a.terminal(), TermObservationEndedEv.ID);
    }

    @Test
    void addressAndTerminalListenersEndAtShutdown() throws Exception {
        EventLog log = newLog();
        a.address().addAddressListener(log.addressListener());
        a.terminal().addTerminalListener(log.terminalListener());

        provider.shutdown();

        log.awaitHeard(a.address(), "addressListenerEnded");
        log.awaitHeard(a.terminal(), "terminalListenerEnded");
    }

    @Test
    void removingSubscribersThatWereNeverAddedIsHarmless() throws Exception {
        EventLog log = newLog();

        a.address().removeObserver(log.addressObserver());
        a.address().removeAddressListener(log.addressListener());
        a.address().removeCallObserver(log.callObserver());
        a.terminal().removeObserver(log.terminalObserver());
        a.terminal().removeTerminalListener(log.terminalListener());
        a.terminal().removeCallListener(log.callListener());

        assertThat(log.all()).isEmpty();
    }

    @Test
    void aCallSeenThroughTwoSourcesIsHeardOnce() throws Exception {
        EventLog log = newLog();
        a.address().addCallObserver(log.callObserver());
        a.terminal().addCallObserver(log.callObserver());

        Call call = placeUnobserved();

        log.awaitObserved(call, CallActiveEv.ID);
        Connection[] connections = call.getConnections();
        assertThat(connections).isNotNull();
        awaitTerminalConnection(log, call, a.terminal(), javax.telephony.events.TermConnActiveEv.ID);
        assertThat(log.query().observer().ofCall(call).names().stream().filter("CallActiveEv"::equals).count())
                .as("CallActiveEv for an observer added to both the address and the terminal").isEqualTo(1);
    }

    private Seen awaitRinging(EventLog log, Call call) {
        return log.await("TermConnRingingEv at " + b.terminal().getName(), s -> s.id() == TermConnRingingEv.ID
                && call.equals(s.call()) && b.terminal().equals(s.terminalConnection().getTerminal()));
    }
}
