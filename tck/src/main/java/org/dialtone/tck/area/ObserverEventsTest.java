package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.tck.events.Sequences.assertMatches;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.events.CallCtlCallEv;
import javax.telephony.events.CallActiveEv;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.CallObservationEndedEv;
import javax.telephony.events.ConnConnectedEv;
import javax.telephony.events.Ev;
import javax.telephony.events.TermConnActiveEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.dialtone.tck.events.Seen;
import org.junit.jupiter.api.Test;

/**
 * The JTAPI 1.2 observer model: the {@code Ev} sequences per object, meta codes and their groups,
 * causes, snapshots for a late observer, and the call-control events for a CallControlCallObserver.
 */
@Area(value = "Events: observers", covers = "CallObserver, CallControlCallObserver, Ev meta codes, snapshots")
@Requires({Feature.CONNECT, Feature.OBSERVE_CALLS})
public class ObserverEventsTest extends TckTest {

    private EventLog answeredAndDropped(TwoPartyCall[] out) throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);
        hangUpBoth(call, log);
        log.awaitObserved(call.call(), CallObservationEndedEv.ID);
        out[0] = call;
        return log;
    }

    @Test
    void callActiveIsTheFirstEventOfACall() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);

        assertThat(log.query().observer().ofCall(call.call()).names()).first().isEqualTo("CallActiveEv");
    }

    @Test
    void theCallersConnectionIsCreatedConnectedThenDisconnected() throws Exception {
        TwoPartyCall[] call = new TwoPartyCall[1];
        EventLog log = answeredAndDropped(call);

        assertMatches("the caller's connection", log.query().observer().about(call[0].origin()).core().names(),
                "ConnCreatedEv", "ConnConnectedEv", "ConnDisconnectedEv");
    }

    @Test
    void theCalledConnectionIsCreatedAlertsConnectsThenDisconnects() throws Exception {
        TwoPartyCall[] call = new TwoPartyCall[1];
        EventLog log = answeredAndDropped(call);

        assertMatches("the called connection", log.query().observer().about(call[0].destination()).core().names(),
                "ConnCreatedEv", "ConnInProgressEv?", "ConnAlertingEv", "ConnConnectedEv", "ConnDisconnectedEv");
    }

    @Test
    void theCallersTerminalConnectionIsCreatedActiveThenDropped() throws Exception {
        TwoPartyCall[] call = new TwoPartyCall[1];
        EventLog log = answeredAndDropped(call);

        assertMatches("the caller's terminal connection", log.query().observer().about(call[0].callerTc()).core()
                .names(), "TermConnCreatedEv", "TermConnActiveEv", "TermConnDroppedEv");
    }

    @Test
    void theCalledTerminalConnectionIsCreatedRingsIsActiveThenDropped() throws Exception {
        TwoPartyCall[] call = new TwoPartyCall[1];
        EventLog log = answeredAndDropped(call);

        assertMatches("the called terminal connection", log.query().observer().about(call[0].calleeTc()).core()
                .names(), "TermConnCreatedEv", "TermConnRingingEv", "TermConnActiveEv", "TermConnDroppedEv");
    }

    @Test
    void theCallIsActiveThenInvalidThenItsObservationEnds() throws Exception {
        TwoPartyCall[] call = new TwoPartyCall[1];
        EventLog log = answeredAndDropped(call);

        assertMatches("the call", log.query().observer().about(call[0].call()).names(),
                "CallActiveEv", "CallInvalidEv", "CallObservationEndedEv");
    }

    @Test
    void aConnectionIsCreatedBeforeItsTerminalConnections() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        List<String> names = log.query().observer().ofCall(call.call()).where(s -> s.connection() != null
                && s.connection().equals(call.destination())).core().names();
        assertThat(names.indexOf("ConnCreatedEv")).as("ConnCreatedEv in %s", names).isNotNegative()
                .isLessThan(names.indexOf("TermConnCreatedEv"));
    }

    @Test
    void everyEventOfACallNamesThatCall() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        assertThat(log.query().observer().list()).allSatisfy(s -> assertThat(s.call()).isEqualTo(call.call()));
    }

    @Test
    void eventsReferToTheObjectsTheApplicationHolds() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        Seen connected = log.awaitObserved(call.destination(), ConnConnectedEv.ID);
        assertThat(connected.connection()).isEqualTo(call.destination());
        assertThat(connected.connection().getAddress()).isEqualTo(b.address());
        Seen active = log.awaitObserved(call.calleeTc(), TermConnActiveEv.ID);
        assertThat(active.terminalConnection().getTerminal()).isEqualTo(b.terminal());
    }

    @Test
    void getObservedIsTheCallTheObserverWasAddedTo() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        assertThat(log.query().observer().list()).allSatisfy(s -> assertThat(((Ev) s.event()).getObserved())
                .as("getObserved() of %s", s).isEqualTo(call.call()));
    }

    @Test
    void eachDeliveryStartsANewMetaGroup() throws Exception {
        TwoPartyCall[] call = new TwoPartyCall[1];
        EventLog log = answeredAndDropped(call);

        Map<Integer, List<Seen>> batches = log.query().observer().list().stream()
                .collect(Collectors.groupingBy(Seen::batch));
        assertThat(batches.values()).allSatisfy(batch -> assertThat(batch.get(0).newMetaEvent())
                .as("isNewMetaEvent() of the first event of delivery %s", batch).isTrue());
    }

    @Test
    void eventsOfOneMetaGroupShareItsMetaCode() throws Exception {
        TwoPartyCall[] call = new TwoPartyCall[1];
        EventLog log = answeredAndDropped(call);

        int groupCode = -1;
        for (Seen s : log.query().observer().where(s -> s.id() != CallObservationEndedEv.ID).list()) {
            if (s.newMetaEvent()) {
                groupCode = s.metaCode();
            }
            assertThat(s.metaCode()).as("meta code of %s in a group that started with %d", s, groupCode)
                    .isEqualTo(groupCode);
        }
    }

    @Test
    void connectIsReportedAsACallStarting() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);

        Seen active = log.awaitObserved(call.call(), CallActiveEv.ID);
        assertThat(active.metaCode()).as("meta code of CallActiveEv").isEqualTo(Ev.META_CALL_STARTING);
    }

    @Test
    void answerIsReportedAsCallProgress() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        Seen active = log.awaitObserved(call.calleeTc(), TermConnActiveEv.ID);
        assertThat(active.metaCode()).as("meta code of the answering TermConnActiveEv")
                .isEqualTo(Ev.META_CALL_PROGRESS);
    }

    @Test
    @Requires(Feature.DROP)
    void dropIsReportedAsTheCallEnding() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        ((CallControlCall) call.call()).drop();

        Seen invalid = log.awaitObserved(call.call(), CallInvalidEv.ID);
        assertThat(invalid.metaCode()).as("meta code of CallInvalidEv after drop").isEqualTo(Ev.META_CALL_ENDING);
    }

    @Test
    void disconnectIsReportedAsAPartyLeavingOrTheCallEnding() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);
        int mark = log.mark();

        call.destination().disconnect();

        Seen disconnected = log.awaitObserved(call.destination(), javax.telephony.events.ConnDisconnectedEv.ID);
        assertThat(log.since(mark)).isNotEmpty();
        assertThat(disconnected.metaCode()).as("meta code of the ConnDisconnectedEv")
                .isIn(Ev.META_CALL_REMOVING_PARTY, Ev.META_CALL_ENDING);
    }

    @Test
    void eventsOfAnOrdinaryCallHaveOrdinaryCauses() throws Exception {
        TwoPartyCall[] call = new TwoPartyCall[1];
        EventLog log = answeredAndDropped(call);

        assertThat(log.query().observer().list()).allSatisfy(s -> assertThat(s.cause()).as("cause of %s", s)
                .isIn(Ev.CAUSE_NORMAL, Ev.CAUSE_NEW_CALL, Ev.CAUSE_UNKNOWN));
    }

    @Test
    void aCoreObserverHearsNoCallControlEvents() throws Exception {
        EventLog log = newLog();
        Call call = provider.createCall();
        call.addObserver(log.coreCallObserver());
        Connection[] connections = call.connect(a.terminal(), a.address(), b.number());
        awaitTerminalConnection(log, call, b.terminal(), javax.telephony.events.TermConnRingingEv.ID);

        assertThat(connections).hasSize(2);
        assertThat(log.query().callControl().list()).as("call-control events for a plain CallObserver").isEmpty();
    }

    @Test
    void anObserverAddedToALiveCallGetsASnapshot() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());
        EventLog late = newLog();

        call.call().addObserver(late.callObserver());

        Seen active = late.awaitObserved(call.call(), CallActiveEv.ID);
        Seen origin = late.awaitObserved(call.origin(), ConnConnectedEv.ID);
        Seen destination = late.awaitObserved(call.destination(), ConnConnectedEv.ID);
        for (Seen s : List.of(active, origin, destination)) {
            assertThat(s.cause()).as("cause of snapshot event %s", s).isEqualTo(Ev.CAUSE_SNAPSHOT);
            assertThat(s.metaCode()).as("meta code of snapshot event %s", s).isEqualTo(Ev.META_SNAPSHOT);
        }
    }

    @Test
    void aRemovedObserverIsToldObservationEnded() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        call.call().removeObserver(log.callObserver());

        log.awaitObserved(call.call(), CallObservationEndedEv.ID);
        assertThat(listOf(call.call().getObservers())).doesNotContain(log.callObserver());
    }

    @Test
    void getObserversListsAnAddedObserver() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);

        assertThat(listOf(call.call().getObservers())).contains(log.callObserver());
    }

    @Test
    void removingAnObserverThatWasNeverAddedIsHarmless() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        call.call().removeObserver(newLog().callObserver());

        assertCallState(call.call(), Call.ACTIVE);
    }

    @Test
    @Requires(Feature.CALL_CONTROL)
    void theCallersCallControlStatesAreInitiatedDialingThenEstablished() throws Exception {
        TwoPartyCall[] call = new TwoPartyCall[1];
        EventLog log = answeredAndDropped(call);

        assertMatches("the caller's call-control events", log.query().observer().about(call[0].origin())
                .callControl().names(), "CallCtlConnInitiatedEv?", "CallCtlConnDialingEv?", "CallCtlConnEstablishedEv",
                "CallCtlConnDisconnectedEv");
    }

    @Test
    @Requires(Feature.CALL_CONTROL)
    void theCalledCallControlStatesAreOfferedAlertingThenEstablished() throws Exception {
        TwoPartyCall[] call = new TwoPartyCall[1];
        EventLog log = answeredAndDropped(call);

        assertMatches("the called party's call-control events", log.query().observer().about(call[0].destination())
                .callControl().names(), "CallCtlConnOfferedEv?", "CallCtlConnAlertingEv", "CallCtlConnEstablishedEv",
                "CallCtlConnDisconnectedEv");
    }

    @Test
    @Requires(Feature.CALL_CONTROL)
    void theTerminalsCallControlStatesAreRingingTalkingDropped() throws Exception {
        TwoPartyCall[] call = new TwoPartyCall[1];
        EventLog log = answeredAndDropped(call);

        assertMatches("the called terminal's call-control events", log.query().observer().about(call[0].calleeTc())
                .callControl().names(), "CallCtlTermConnRingingEv", "CallCtlTermConnTalkingEv",
                "CallCtlTermConnDroppedEv");
        assertMatches("the caller's terminal call-control events", log.query().observer().about(call[0].callerTc())
                .callControl().names(), "CallCtlTermConnTalkingEv", "CallCtlTermConnDroppedEv");
    }

    @Test
    @Requires(Feature.CALL_CONTROL)
    void callControlEventsCarryTheCallingAndCalledParties() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        List<Seen> callControl = log.query().observer().callControl().list();
        assertThat(callControl).isNotEmpty();
        assertThat(callControl).allSatisfy(s -> assertThat(((CallCtlCallEv) s.event()).getCallingAddress())
                .as("calling address in %s", s).isEqualTo(a.address()));
        assertThat(log.query().observer().callControl().about(call.destination()).list()).allSatisfy(s ->
                assertThat(((CallCtlCallEv) s.event()).getCalledAddress()).as("called address in %s", s)
                        .isEqualTo(b.address()));
    }
}
