package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.telephony.Call;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.CallObservationEndedEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.dialtone.tck.events.Seen;
import org.junit.jupiter.api.Test;

/** The end of a call: it goes INVALID, its observation ends, and the provider forgets it. */
@Area(value = "Terminate", covers = "Call INVALID, CallObservationEndedEv, callEventTransmissionEnded, cleanup")
@Requires({Feature.CONNECT, Feature.DISCONNECT})
public class TerminateTest extends TckTest {

    @Test
    void anEndedCallHasNoConnections() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        hangUpBoth(call, log);

        assertEnded(call.call());
    }

    @Test
    void theProviderForgetsAnEndedCall() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        hangUpBoth(call, log);

        assertThat(listOf(provider.getCalls())).doesNotContain(call.call());
    }

    @Test
    void addressesAndTerminalsForgetAnEndedCall() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        hangUpBoth(call, log);

        assertThat(listOf(a.address().getConnections())).doesNotContain(call.origin());
        assertThat(listOf(b.address().getConnections())).doesNotContain(call.destination());
        assertThat(listOf(a.terminal().getTerminalConnections())).doesNotContain(call.callerTc());
        assertThat(listOf(b.terminal().getTerminalConnections())).doesNotContain(call.calleeTc());
    }

    @Test
    void callInvalidFollowsEveryDisconnectedConnection() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        hangUpBoth(call, log);

        List<String> names = log.query().observer().ofCall(call.call()).core().names();
        assertThat(names.lastIndexOf("ConnDisconnectedEv")).as("last ConnDisconnectedEv in %s", names)
                .isLessThan(names.indexOf("CallInvalidEv"));
        assertThat(names.stream().filter("ConnDisconnectedEv"::equals).count()).isEqualTo(2);
    }

    @Test
    void observationEndsLastForACallObserver() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        hangUpBoth(call, log);
        log.awaitObserved(call.call(), CallObservationEndedEv.ID);

        List<String> names = log.query().observer().ofCall(call.call()).names();
        assertThat(names).as("observer events of the call").endsWith("CallInvalidEv", "CallObservationEndedEv");
        assertThat(names.stream().filter("CallObservationEndedEv"::equals).count()).isEqualTo(1);
    }

    @Test
    void transmissionEndsLastForACallListener() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        hangUpBoth(call, log);
        log.awaitHeard(call.call(), "callEventTransmissionEnded");

        List<String> names = log.query().listener().ofCall(call.call()).withoutMeta().names();
        assertThat(names).as("listener events of the call").endsWith("callInvalid", "callEventTransmissionEnded");
    }

    @Test
    void anEndedCallHasNoObserversOrListenersLeft() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        hangUpBoth(call, log);
        log.awaitObserved(call.call(), CallObservationEndedEv.ID);
        log.awaitHeard(call.call(), "callEventTransmissionEnded");

        assertThat(none(call.call().getObservers())).as("Call.getObservers() of an ended call").isTrue();
        assertThat(none(call.call().getCallListeners())).as("Call.getCallListeners() of an ended call").isTrue();
    }

    @Test
    void anObserverAddedToAnEndedCallIsToldObservationEnded() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);
        hangUpBoth(call, log);
        EventLog late = newLog();

        call.call().addObserver(late.callObserver());

        late.awaitObserved(call.call(), CallObservationEndedEv.ID);
        assertThat(late.query().observer().names()).as("events for an observer of an ended call")
                .containsExactly("CallObservationEndedEv");
    }

    @Test
    void aDisconnectedPartyHearsNoMoreOfTheCall() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        hangUpBoth(call, log);

        Seen invalid = log.awaitObserved(call.call(), CallInvalidEv.ID);
        List<Seen> afterInvalid = log.query().observer().ofCall(call.call())
                .where(s -> s.batch() > invalid.batch() && s.id() != CallObservationEndedEv.ID).list();
        assertThat(afterInvalid).as("observer events after CallInvalidEv").isEmpty();
        assertThat(log.query().observer().about(call.origin()).core().names()).last()
                .isEqualTo("ConnDisconnectedEv");
    }

    @Test
    void anIdleCallThatWasNeverPlacedStaysIdle() throws Exception {
        Call call = provider.createCall();
        EventLog log = newLog();

        observe(call, log);

        assertCallState(call, Call.IDLE);
        assertThat(none(call.getConnections())).isTrue();
    }
}
