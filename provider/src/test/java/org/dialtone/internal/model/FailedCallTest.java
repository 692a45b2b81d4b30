package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.failed;
import static org.dialtone.internal.model.Sequences.farAnswered;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.localHangsUp;
import static org.dialtone.internal.model.Sequences.reached;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.time.Duration;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Calls whose destination cannot be reached or does not take the call, and calls to numbers
 * beyond the switch that do: the destination fails with a cause that says why, while the caller
 * stays ESTABLISHED until it hangs up.
 */
class FailedCallTest {
    private static final String FAR = "5550100";

    private final SimLab lab = new SimLab();
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private final EventLog log = new EventLog();

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private Connection[] call(String destination) throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        lab.address("1001").addCallObserver(log);
        lab.address("1001").addCallListener(log);
        return lab.connect("1001", destination);
    }

    /** The caller stays in the call with the failed party until it hangs up; then the call ends. */
    private void assertCallerStaysUntilItHangsUp(Connection[] parts, String failedParty) throws Exception {
        Call call = parts[0].getCall();
        assertThat(call.getState()).isEqualTo(Call.ACTIVE);
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", failedParty + " FAILED");
        assertThat(lab.provider.getCalls()).containsExactly(call);

        parts[0].disconnect();

        assertThat(call.getState()).isEqualTo(Call.INVALID);
        assertThat(describe(parts[0])).isEqualTo("1001 DISCONNECTED");
        assertThat(describe(parts[1])).isEqualTo(failedParty + " DISCONNECTED");
        assertThat(lab.provider.getCalls()).isNull();
    }

    private void assertBothModelsSaw(List<String> expected) throws Exception {
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    @Test
    void externalNumberScriptedBusyFailsWithCauseBusy() throws Exception {
        lab.party(FAR).willBeBusy();
        Connection[] parts = call(FAR);
        observer.await("CallCtlConnFailedEv " + FAR);

        log.assertFailedWith(Ev.CAUSE_NORMAL, CallCtlEv.CAUSE_BUSY);
        assertCallerStaysUntilItHangsUp(parts, FAR);
        assertBothModelsSaw(lines(connect("1001", FAR), failed(FAR), localHangsUp("1001", FAR)));
    }

    @Test
    void unknownExternalNumberFailsAsNotObtainable() throws Exception {
        lab.party(FAR).willBeUnknown();
        Connection[] parts = call(FAR);
        observer.await("CallCtlConnFailedEv " + FAR);

        log.assertFailedWith(Ev.CAUSE_DEST_NOT_OBTAINABLE, Ev.CAUSE_DEST_NOT_OBTAINABLE);
        assertCallerStaysUntilItHangsUp(parts, FAR);
        assertBothModelsSaw(lines(connect("1001", FAR), failed(FAR), localHangsUp("1001", FAR)));
    }

    @Test
    void externalNumberThatRejectsIsReachedAlertedThenFailsAsCancelled() throws Exception {
        lab.party(FAR).willReject();
        Connection[] parts = call(FAR);
        observer.await("CallCtlConnFailedEv " + FAR);

        log.assertFailedWith(Ev.CAUSE_CALL_CANCELLED, Ev.CAUSE_CALL_CANCELLED);
        assertCallerStaysUntilItHangsUp(parts, FAR);
        assertBothModelsSaw(lines(connect("1001", FAR), reached(FAR), failed(FAR), localHangsUp("1001", FAR)));
    }

    @Test
    void externalNumberThatDoesNotAnswerFailsWhenTheThirtySecondsAreUp() throws Exception {
        lab.party(FAR).willNotAnswer();
        Connection[] parts = call(FAR);
        observer.await("CallCtlConnNetworkAlertingEv " + FAR);

        lab.clock.advance(Duration.ofSeconds(29));
        assertThat(lab.clock.pending()).as("the no-answer timer still runs after 29 s").isEqualTo(1);
        assertThat(describe(parts[1])).isEqualTo(FAR + " NETWORK_ALERTING");
        lab.clock.advance(Duration.ofSeconds(1));
        observer.await("CallCtlConnFailedEv " + FAR);

        log.assertFailedWith(Ev.CAUSE_NORMAL, CallCtlEv.CAUSE_CALL_NOT_ANSWERED);
        assertCallerStaysUntilItHangsUp(parts, FAR);
        assertBothModelsSaw(lines(connect("1001", FAR), reached(FAR), failed(FAR), localHangsUp("1001", FAR)));
    }

    @Test
    void shorterNoAnswerTimeoutEndsTheRingingSooner() throws Exception {
        lab.sim.setNoAnswerTimeout(Duration.ofSeconds(5));
        lab.party(FAR).willNotAnswer();
        Connection[] parts = call(FAR);
        observer.await("CallCtlConnNetworkAlertingEv " + FAR);

        lab.clock.advance(Duration.ofSeconds(5));
        observer.await("CallCtlConnFailedEv " + FAR);

        log.assertFailedWith(Ev.CAUSE_NORMAL, CallCtlEv.CAUSE_CALL_NOT_ANSWERED);
        assertCallerStaysUntilItHangsUp(parts, FAR);
    }

    @Test
    void localPartyScriptedBusyFailsWithoutRinging() throws Exception {
        lab.party("1002").willBeBusy();
        Connection[] parts = call("1002");
        observer.await("CallCtlConnFailedEv 1002");

        log.assertFailedWith(Ev.CAUSE_NORMAL, CallCtlEv.CAUSE_BUSY);
        assertCallerStaysUntilItHangsUp(parts, "1002");
        assertBothModelsSaw(lines(connect("1001", "1002"), failed("1002"), localHangsUp("1001", "1002")));
    }

    @Test
    void localPartyThatDoesNotAnswerStopsRingingAndFails() throws Exception {
        lab.party("1002").willNotAnswer();
        Connection[] parts = call("1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        var ringingTc = parts[1].getTerminalConnections()[0];

        lab.clock.advance(Duration.ofSeconds(30));
        observer.await("CallCtlConnFailedEv 1002");

        log.assertFailedWith(Ev.CAUSE_NORMAL, CallCtlEv.CAUSE_CALL_NOT_ANSWERED);
        assertThat(describe(ringingTc)).isEqualTo("1002 DROPPED");
        assertCallerStaysUntilItHangsUp(parts, "1002");
        assertBothModelsSaw(lines(connect("1001", "1002"), ringing("1002", "1002"), "-- META_CALL_PROGRESS",
                "TermConnDroppedEv 1002", "CallCtlTermConnDroppedEv 1002", "ConnFailedEv 1002",
                "CallCtlConnFailedEv 1002", localHangsUp("1001", "1002")));
    }

    @Test
    void externalNumberThatAnswersIsReachedAlertedAndEstablished() throws Exception {
        lab.party(FAR).willAnswer();
        Connection[] parts = call(FAR);
        observer.await("CallCtlConnEstablishedEv " + FAR);

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                FAR + " ESTABLISHED");
        assertThat(parts[1].getTerminalConnections()).as("a party beyond the switch has no terminal").isNull();
        assertThat(parts[1].getAddress().getTerminals()).isNull();
        parts[0].disconnect();

        assertBothModelsSaw(lines(connect("1001", FAR), reached(FAR), farAnswered(FAR), localHangsUp("1001", FAR)));
    }

    @Test
    void externalNumberAnsweringAfterADelayAnswersWhenTheClockGetsThere() throws Exception {
        lab.party(FAR).willAnswerAfter(Duration.ofSeconds(4));
        Connection[] parts = call(FAR);
        observer.await("CallCtlConnNetworkAlertingEv " + FAR);
        assertThat(describe(parts[1])).isEqualTo(FAR + " NETWORK_ALERTING");

        lab.clock.advance(Duration.ofSeconds(4));
        observer.await("CallCtlConnEstablishedEv " + FAR);

        assertThat(describe(parts[1])).isEqualTo(FAR + " ESTABLISHED");
    }

    @Test
    void callerHangingUpWhileTheFarEndRingsCancelsItsNoAnswerTimer() throws Exception {
        lab.party(FAR).willNotAnswer();
        Connection[] parts = call(FAR);
        observer.await("CallCtlConnNetworkAlertingEv " + FAR);
        assertThat(lab.clock.pending()).isEqualTo(1);

        parts[0].disconnect();

        assertThat(lab.clock.pending()).isZero();
        assertBothModelsSaw(lines(connect("1001", FAR), reached(FAR), localHangsUp("1001", FAR)));
    }
}
