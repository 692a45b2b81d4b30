package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.failed;
import static org.dialtone.internal.model.Sequences.farAnswered;
import static org.dialtone.internal.model.Sequences.farHangsUp;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.localHangsUp;
import static org.dialtone.internal.model.Sequences.reached;
import static org.dialtone.internal.model.SimLab.describe;

import java.time.Duration;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.ext.Digits;
import org.dialtone.ext.Extension;
import org.dialtone.internal.backend.sip.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls from a Dialtone user to a SIPp far end, through the provider's outbound proxy (SIPp
 * itself): the same JTAPI states and event sequences as the same calls to a number beyond the sim
 * switch (see {@link FailedCallTest}), now carried by INVITE, CANCEL, ACK and BYE.
 */
class SipOutboundCallTest {
    private static final String FAR = "5550100";
    private static final Duration SIPP_DONE = Duration.ofSeconds(10);

    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private final EventLog log = new EventLog();
    private Sipp far;
    private SipLab lab;

    @BeforeEach
    void sippIsThere() {
        Sipp.assumeInstalled();
    }

    @AfterEach
    void shutDown() {
        if (lab != null) {
            lab.close();
        }
        if (far != null) {
            far.close();
        }
    }

    /** SIPp plays the far end with {@code scenario}; alice calls it over UDP. */
    private Connection[] call(String scenario) throws Exception {
        return call(scenario, "udp");
    }

    private Connection[] call(String scenario, String transport) throws Exception {
        far = Sipp.server(scenario, Sipp.freePort(), transport);
        lab = new SipLab(far.port(), "noanswer=1", "transport=" + transport);
        assertThat(lab.provider.getState()).isEqualTo(Provider.IN_SERVICE);
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
        lab.address("alice").addCallObserver(log);
        lab.address("alice").addCallListener(log);
        return lab.connect("alice", FAR);
    }

    private void assertBothModelsSaw(List<String> expected) throws Exception {
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
        lab.awaitNothingHeld();
    }

    /** The caller stays with the failed party until it hangs up; then the call ends. */
    private void assertCallerStaysUntilItHangsUp(Connection[] parts) throws Exception {
        Call call = parts[0].getCall();
        assertThat(describe(call)).containsExactly("alice ESTABLISHED [alice TALKING]", FAR + " FAILED");
        parts[0].disconnect();
        assertThat(call.getState()).isEqualTo(Call.INVALID);
        assertThat(describe(parts[1])).isEqualTo(FAR + " DISCONNECTED");
        assertThat(lab.provider.getCalls()).isNull();
    }

    @Test
    void farEndThatAnswersIsReachedAlertedAndEstablishedAndTheCallerHangsUpWithBye() throws Exception {
        Connection[] parts = call("uas-answer.xml");
        observer.await("CallCtlConnEstablishedEv " + FAR);

        assertThat(describe(parts[0].getCall())).containsExactly("alice ESTABLISHED [alice TALKING]",
                FAR + " ESTABLISHED");
        assertThat(parts[1].getTerminalConnections()).as("a party beyond the provider has no terminal").isNull();
        parts[0].disconnect();

        assertBothModelsSaw(lines(connect("alice", FAR), reached(FAR), farAnswered(FAR), localHangsUp("alice", FAR)));
        far.assertSucceeded(SIPP_DONE);
    }

    @Test
    void withoutTelephoneEventInTheFarEndsSdpDigitsGoAsSipInfoInOrderAndTheFarEndsReachTheApplication() throws Exception {
        DigitsLog digits = new DigitsLog();
        Connection[] parts = call("uas-answer-digits.xml");
        parts[0].getCall().addCallListener(digits);
        observer.await("CallCtlConnEstablishedEv " + FAR);

        ((Digits) parts[0].getTerminalConnections()[0]).sendDigits("12#");

        digits.await("digits " + FAR + " 5");
        parts[0].disconnect();
        far.assertSucceeded(SIPP_DONE); // it heard 1, 2 and # in that order
        assertThat(lab.provider.isSupported(Extension.DIGITS)).isTrue();
        assertThat(lab.provider.isSupported(Extension.HANDOFF)).as("handoff between sip providers").isFalse();
    }

    @Test
    void callOverTcpGoesTheSameWay() throws Exception {
        Connection[] parts = call("uas-answer.xml", "tcp");
        observer.await("CallCtlConnEstablishedEv " + FAR);
        parts[0].disconnect();

        assertBothModelsSaw(lines(connect("alice", FAR), reached(FAR), farAnswered(FAR), localHangsUp("alice", FAR)));
        far.assertSucceeded(SIPP_DONE);
    }

    @Test
    void shutdownHangsUpAnAnsweredCallWithBye() throws Exception {
        call("uas-answer.xml");
        observer.await("CallCtlConnEstablishedEv " + FAR);

        lab.close();

        far.assertSucceeded(SIPP_DONE);
        lab = null;
    }

    @Test
    void farEndThatHangsUpEndsTheCall() throws Exception {
        Connection[] parts = call("uas-hangs-up.xml");
        observer.await("CallInvalidEv");

        assertThat(describe(parts[0])).isEqualTo("alice DISCONNECTED");
        assertThat(describe(parts[1])).isEqualTo(FAR + " DISCONNECTED");
        assertBothModelsSaw(lines(connect("alice", FAR), reached(FAR), farAnswered(FAR), farHangsUp("alice", FAR)));
        far.assertSucceeded(SIPP_DONE);
    }

    @Test
    void busyFarEndFailsWithCauseBusy() throws Exception {
        Connection[] parts = call("uas-busy.xml");
        observer.await("CallCtlConnFailedEv " + FAR);

        log.assertFailedWith(Ev.CAUSE_NORMAL, CallCtlEv.CAUSE_BUSY);
        assertCallerStaysUntilItHangsUp(parts);
        assertBothModelsSaw(lines(connect("alice", FAR), failed(FAR), localHangsUp("alice", FAR)));
        far.assertSucceeded(SIPP_DONE);
    }

    @Test
    void unknownFarEndFailsAsNotObtainable() throws Exception {
        Connection[] parts = call("uas-not-found.xml");
        observer.await("CallCtlConnFailedEv " + FAR);

        log.assertFailedWith(Ev.CAUSE_DEST_NOT_OBTAINABLE, Ev.CAUSE_DEST_NOT_OBTAINABLE);
        assertCallerStaysUntilItHangsUp(parts);
        assertBothModelsSaw(lines(connect("alice", FAR), failed(FAR), localHangsUp("alice", FAR)));
        far.assertSucceeded(SIPP_DONE);
    }

    @Test
    void farEndThatDeclinesIsReachedAlertedThenFailsAsCancelled() throws Exception {
        Connection[] parts = call("uas-declines.xml");
        observer.await("CallCtlConnFailedEv " + FAR);

        log.assertFailedWith(Ev.CAUSE_CALL_CANCELLED, Ev.CAUSE_CALL_CANCELLED);
        assertCallerStaysUntilItHangsUp(parts);
        assertBothModelsSaw(lines(connect("alice", FAR), reached(FAR), failed(FAR), localHangsUp("alice", FAR)));
        far.assertSucceeded(SIPP_DONE);
    }

    @Test
    void farEndThatDoesNotAnswerIsCancelledAndFailsWhenTheNoAnswerTimeIsUp() throws Exception {
        Connection[] parts = call("uas-rings-until-cancelled.xml");
        observer.await("CallCtlConnFailedEv " + FAR);

        log.assertFailedWith(Ev.CAUSE_NORMAL, CallCtlEv.CAUSE_CALL_NOT_ANSWERED);
        far.assertSucceeded(SIPP_DONE);
        assertCallerStaysUntilItHangsUp(parts);
        assertBothModelsSaw(lines(connect("alice", FAR), reached(FAR), failed(FAR), localHangsUp("alice", FAR)));
    }

    @Test
    void callerHangingUpWhileTheFarEndRingsCancelsTheInvite() throws Exception {
        Connection[] parts = call("uas-rings-until-cancelled.xml");
        observer.await("CallCtlConnNetworkAlertingEv " + FAR);
        assertThat(describe(parts[1])).isEqualTo(FAR + " NETWORK_ALERTING");

        parts[0].disconnect();

        assertBothModelsSaw(lines(connect("alice", FAR), reached(FAR), localHangsUp("alice", FAR)));
        far.assertSucceeded(SIPP_DONE);
    }
}
