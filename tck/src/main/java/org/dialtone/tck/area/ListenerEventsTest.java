package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.tck.events.Sequences.assertMatches;

import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.events.CallObservationEndedEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.dialtone.tck.events.Seen;
import org.junit.jupiter.api.Test;

/**
 * The JTAPI 1.4 listener model: the callbacks per object, the call-control callbacks, meta events
 * (balanced brackets, events pointing to their meta event), snapshots and the end of transmission.
 */
@Area(value = "Events: listeners", covers = "CallListener, ConnectionListener, TerminalConnectionListener, "
        + "CallControl*Listener, MetaEvent")
@Requires({Feature.CONNECT, Feature.OBSERVE_CALLS})
public class ListenerEventsTest extends TckTest {

    private TwoPartyCall answeredAndDropped(EventLog log) throws Exception {
        TwoPartyCall call = talk(a, b, log);
        hangUpBoth(call, log);
        log.awaitHeard(call.call(), "callEventTransmissionEnded");
        return call;
    }

    @Test
    void callActiveIsTheFirstEventOfACall() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);
        log.awaitHeard(call.calleeTc(), "terminalConnectionRinging");

        assertThat(log.query().listener().ofCall(call.call()).withoutMeta().names()).first().isEqualTo("callActive");
    }

    @Test
    void theCallersConnectionIsCreatedConnectedThenDisconnected() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = answeredAndDropped(log);

        assertMatches("the caller's connection", log.query().listener().about(call.origin()).core().names(),
                "connectionCreated", "connectionConnected", "connectionDisconnected");
    }

    @Test
    void theCalledConnectionIsCreatedAlertsConnectsThenDisconnects() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = answeredAndDropped(log);

        assertMatches("the called connection", log.query().listener().about(call.destination()).core().names(),
                "connectionCreated", "connectionInProgress?", "connectionAlerting", "connectionConnected",
                "connectionDisconnected");
    }

    @Test
    void theTerminalConnectionsAreCreatedRingActiveThenDropped() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = answeredAndDropped(log);

        assertMatches("the caller's terminal connection", log.query().listener().about(call.callerTc()).core().names(),
                "terminalConnectionCreated", "terminalConnectionActive", "terminalConnectionDropped");
        assertMatches("the called terminal connection", log.query().listener().about(call.calleeTc()).core().names(),
                "terminalConnectionCreated", "terminalConnectionRinging", "terminalConnectionActive",
                "terminalConnectionDropped");
    }

    @Test
    void theCallIsActiveThenInvalidThenTransmissionEnds() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = answeredAndDropped(log);

        assertMatches("the call", log.query().listener().about(call.call()).withoutMeta().names(),
                "callActive", "callInvalid", "callEventTransmissionEnded");
    }

    @Test
    void bothEventModelsReportTheSameCoreChanges() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = answeredAndDropped(log);
        log.awaitObserved(call.call(), CallObservationEndedEv.ID);

        for (Object subject : List.of(call.origin(), call.destination(), call.callerTc(), call.calleeTc())) {
            List<Integer> observed = log.query().observer().about(subject).core().list().stream().map(Seen::id).toList();
            List<Integer> heard = log.query().listener().about(subject).core().list().stream().map(Seen::id).toList();
            assertThat(heard).as("listener event ids about %s (observer ids: %s)", subject, observed)
                    .isEqualTo(observed);
        }
    }

    @Test
    void metaEventsAreBalancedBrackets() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = answeredAndDropped(log);

        String open = null;
        for (Seen s : log.query().listener().ofCall(call.call()).list()) {
            if (s.name().endsWith("Started")) {
                assertThat(open).as("%s opened inside %s", s.name(), open).isNull();
                open = s.name();
            } else if (s.name().endsWith("Ended") && s.isMeta()) {
                assertThat(open).as("%s without a start", s.name()).isNotNull();
                assertThat(s.name()).as("the end of %s", open).isEqualTo(open.replace("Started", "Ended"));
                open = null;
            }
        }
        assertThat(open).as("a meta event left open").isNull();
    }

    @Test
    void anEventInsideAMetaBracketPointsToItsMetaEvent() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = answeredAndDropped(log);

        Event open = null;
        for (Seen s : log.query().listener().ofCall(call.call()).list()) {
            if (s.isMeta()) {
                open = s.name().endsWith("Started") ? (Event) s.event() : null;
            } else if (s.metaEvent() != null) {
                assertThat(s.metaEvent()).as("getMetaEvent() of %s", s).isSameAs(open);
            }
        }
    }

    @Test
    void metaEventsNameTheirCall() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = answeredAndDropped(log);

        List<Seen> meta = log.query().listener().where(Seen::isMeta).list();
        assertThat(meta).allSatisfy(s -> assertThat(s.call()).as("call of %s", s).isEqualTo(call.call()));
        assertThat(meta).allSatisfy(s -> assertThat(s.event()).isInstanceOf(MetaEvent.class));
    }

    @Test
    void aPlainCallListenerIsToldOfTheCallThroughItsOwnMethods() throws Exception {
        EventLog log = newLog();
        Call call = provider.createCall();
        call.addCallListener(log.plainCallListener());
        EventLog witness = newLog();
        call.addObserver(witness.callObserver());

        call.connect(a.terminal(), a.address(), b.number());

        awaitTerminalConnection(witness, call, b.terminal(), javax.telephony.events.TermConnRingingEv.ID);
        log.awaitHeard(call, "callActive");
        assertThat(log.query().withoutMeta().names()).as("what a plain CallListener heard").containsOnly("callActive");
    }

    @Test
    void aCoreConnectionListenerHearsConnectionsAndTerminalConnections() throws Exception {
        EventLog log = newLog();
        Call call = provider.createCall();
        call.addCallListener(log.coreCallListener());

        Connection[] connections = call.connect(a.terminal(), a.address(), b.number());

        log.awaitHeard(connections[1], "connectionAlerting");
        log.await("terminalConnectionRinging", s -> s.name().equals("terminalConnectionRinging"));
        assertMatches("the called connection for a core listener", log.query().about(connections[1]).names(),
                "connectionCreated", "connectionInProgress?", "connectionAlerting");
    }

    @Test
    void aListenerAddedToALiveCallGetsASnapshotInsideSnapshotMetaEvents() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());
        EventLog late = newLog();

        call.call().addCallListener(late.callListener());

        late.awaitHeard(call.call(), "singleCallMetaSnapshotEnded");
        List<Seen> heard = late.query().listener().ofCall(call.call()).list();
        assertThat(heard.get(0).name()).isEqualTo("singleCallMetaSnapshotStarted");
        List<Seen> inside = heard.subList(1, heard.stream().map(Seen::name).toList()
                .indexOf("singleCallMetaSnapshotEnded"));
        assertThat(inside.stream().map(Seen::name).toList()).contains("callActive", "connectionConnected");
        assertThat(inside).allSatisfy(s -> assertThat(s.cause()).as("cause of %s", s)
                .isEqualTo(Event.CAUSE_SNAPSHOT));
        assertThat(inside.stream().filter(s -> s.name().equals("connectionConnected")).map(Seen::connection).toList())
                .containsExactlyInAnyOrder(call.origin(), call.destination());
    }

    @Test
    void aRemovedListenerIsToldTransmissionEnded() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        call.call().removeCallListener(log.callListener());

        log.awaitHeard(call.call(), "callEventTransmissionEnded");
        assertThat(listOf(call.call().getCallListeners())).doesNotContain(log.callListener());
    }

    @Test
    void getCallListenersListsAnAddedListener() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);

        assertThat(listOf(call.call().getCallListeners())).contains(log.callListener());
    }

    @Test
    void removingAListenerThatWasNeverAddedIsHarmless() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        call.call().removeCallListener(newLog().callListener());

        assertCallState(call.call(), Call.ACTIVE);
    }

    @Test
    void eventsOfAnOrdinaryCallHaveOrdinaryCauses() throws Exception {
        EventLog log = newLog();
        answeredAndDropped(log);

        assertThat(log.query().listener().list()).allSatisfy(s -> assertThat(s.cause()).as("cause of %s", s)
                .isIn(Event.CAUSE_NORMAL, Event.CAUSE_NEW_CALL, Event.CAUSE_UNKNOWN));
    }

    @Test
    @Requires(Feature.CALL_CONTROL)
    void callControlConnectionCallbacksFollowTheCallControlStates() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = answeredAndDropped(log);

        assertMatches("the caller's call-control callbacks", log.query().listener().about(call.origin())
                .callControl().names(), "cc.connectionInitiated?", "cc.connectionDialing?", "cc.connectionEstablished",
                "cc.connectionDisconnected");
        assertMatches("the called party's call-control callbacks", log.query().listener().about(call.destination())
                .callControl().names(), "cc.connectionOffered?", "cc.connectionAlerting", "cc.connectionEstablished",
                "cc.connectionDisconnected");
    }

    @Test
    @Requires(Feature.CALL_CONTROL)
    void callControlTerminalCallbacksFollowTheCallControlStates() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = answeredAndDropped(log);

        assertMatches("the called terminal's call-control callbacks", log.query().listener().about(call.calleeTc())
                .callControl().names(), "cc.terminalConnectionRinging", "cc.terminalConnectionTalking",
                "cc.terminalConnectionDropped");
        assertMatches("the caller's terminal call-control callbacks", log.query().listener().about(call.callerTc())
                .callControl().names(), "cc.terminalConnectionTalking", "cc.terminalConnectionDropped");
    }
}
