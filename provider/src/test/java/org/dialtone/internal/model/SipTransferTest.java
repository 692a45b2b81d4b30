package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.farAnswered;
import static org.dialtone.internal.model.Sequences.incoming;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.joinedRinging;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.localHangsUp;
import static org.dialtone.internal.model.Sequences.reached;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.time.Duration;
import java.util.List;
import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.callcontrol.CallControlCall;
import org.dialtone.internal.backend.sip.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Blind transfer on sip: {@code transfer(String)} asks the far end to call the destination
 * itself (REFER), whose NOTIFYs drive the destination's connection; the controller leaves under
 * the same bracket as on sim (see {@link TransferTest}), and once the destination answered
 * Dialtone hangs up its dialog: the call is then beyond the provider's sight and ends in the model.
 */
class SipTransferTest {
    private static final String FAR = "5550100";
    private static final String TARGET = "5550199";
    private static final Duration SIPP_DONE = Duration.ofSeconds(10);

    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private final Recorder stays = new Recorder();
    private Sipp sipp;
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
        if (sipp != null) {
            sipp.close();
        }
    }

    @Test
    void blindTransferGoesAsReferAndTheControllerLeavesAsOnSim() throws Exception {
        sipp = Sipp.server("uas-answer-referred.xml", Sipp.freePort(), "udp");
        lab = new SipLab(sipp.port());
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
        CallControlCall call = (CallControlCall) lab.provider.createCall();
        call.addObserver(stays);
        Connection[] parts = call.connect(lab.terminal("alice"), lab.address("alice"), FAR);
        observer.await("CallCtlConnEstablishedEv " + FAR);

        Connection moved = call.transfer(TARGET);

        assertThat(moved.getAddress().getName()).isEqualTo(TARGET);
        assertThat(describe(parts[0])).isEqualTo("alice DISCONNECTED");
        List<String> talking = lines(connect("alice", FAR), reached(FAR), farAnswered(FAR));
        List<String> transferred = lines(talking, "-- META_CALL_TRANSFERRING", disconnected("alice", "alice"),
                "ConnCreatedEv " + TARGET, "ConnInProgressEv " + TARGET, "CallCtlConnNetworkReachedEv " + TARGET);
        List<String> heard = lines(transferred, "-- META_UNKNOWN", "CallObservationEndedEv");
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(heard);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(heard));
        // The target's answer (NOTIFY 200) is the last Dialtone hears: it hangs up, and the call,
        // now wholly beyond the provider, ends in the model.
        assertThat(stays.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(transferred,
                farAnswered(TARGET), "-- META_CALL_ENDING", disconnected(TARGET), disconnected(FAR), invalid()));
        lab.awaitNothingHeld();
        sipp.assertSucceeded(SIPP_DONE); // REFER to the target, two NOTIFYs answered, then our BYE
    }

    @Test
    void transferToABusyTargetThrowsAndLeavesTheCallAsItWas() throws Exception {
        sipp = Sipp.server("uas-answer-referred-busy.xml", Sipp.freePort(), "udp");
        lab = new SipLab(sipp.port());
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
        Connection[] parts = lab.connect("alice", FAR);
        CallControlCall call = (CallControlCall) parts[0].getCall();
        observer.await("CallCtlConnEstablishedEv " + FAR);

        assertThatThrownBy(() -> call.transfer(TARGET)).isInstanceOf(InvalidPartyException.class)
                .hasMessageContaining(TARGET).hasMessageContaining("as it was");

        assertThat(describe(call)).containsExactly("alice ESTABLISHED [alice TALKING]", FAR + " ESTABLISHED");
        parts[0].disconnect();
        List<String> heard = lines(connect("alice", FAR), reached(FAR), farAnswered(FAR),
                localHangsUp("alice", FAR));
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(heard);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(heard));
        lab.awaitNothingHeld();
        sipp.assertSucceeded(SIPP_DONE); // REFER, NOTIFYs trying and busy, then the caller's BYE
    }

    @Test
    void blindTransferOfOneOfTwoCallsWithTheSameFarPartyRefersOnlyThatCall() throws Exception {
        sipp = Sipp.server("uas-two-calls-one-referred.xml", Sipp.freePort(), "udp", 2);
        lab = new SipLab(sipp.port());
        lab.address("bob").addCallObserver(observer);
        Recorder aliceHears = new Recorder();
        lab.address("alice").addCallObserver(aliceHears);
        Connection[] alices = lab.connect("alice", FAR);
        aliceHears.await("CallCtlConnEstablishedEv " + FAR);
        CallControlCall call = (CallControlCall) lab.provider.createCall();
        call.addObserver(stays);
        call.connect(lab.terminal("bob"), lab.address("bob"), FAR);
        observer.await("CallCtlConnEstablishedEv " + FAR);

        Connection moved = call.transfer(TARGET);

        assertThat(moved.getAddress().getName()).isEqualTo(TARGET);
        List<String> transferred = lines(connect("bob", FAR), reached(FAR), farAnswered(FAR),
                "-- META_CALL_TRANSFERRING", disconnected("bob", "bob"), "ConnCreatedEv " + TARGET,
                "ConnInProgressEv " + TARGET, "CallCtlConnNetworkReachedEv " + TARGET);
        assertThat(stays.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(transferred,
                farAnswered(TARGET), "-- META_CALL_ENDING", disconnected(TARGET), disconnected(FAR), invalid()));
        assertThat(describe(alices[0].getCall())).as("alice's call with the same far party")
                .containsExactly("alice ESTABLISHED [alice TALKING]", FAR + " ESTABLISHED");
        alices[0].disconnect();
        assertThat(aliceHears.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(connect("alice", FAR),
                reached(FAR), farAnswered(FAR), localHangsUp("alice", FAR)));
        lab.awaitNothingHeld();
        sipp.assertSucceeded(SIPP_DONE); // one REFER, on bob's dialog only; both BYEs
    }

    @Test
    void farCallerTransferredToAnotherUserStaysOnItsDialogAndHangsUpThere() throws Exception {
        lab = new SipLab("transport=udp");
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
        lab.address("bob").addCallObserver(stays);
        int port = Sipp.freePort();
        String caller = "sip:sipp@127.0.0.1:" + port;
        sipp = Sipp.client("uac-calls-talks.xml", port, "udp", "127.0.0.1:" + lab.port, "alice");
        observer.await("CallCtlTermConnRingingEv alice");
        CallControlCall call = (CallControlCall) lab.provider.getCalls()[0];
        call.getConnections()[1].getTerminalConnections()[0].answer();

        Connection moved = call.transfer("bob");

        assertThat(describe(call)).containsExactly(caller + " ESTABLISHED", "bob ALERTING [bob RINGING]");
        List<String> heard = lines(incoming(caller, "alice"), ringing("alice", "alice"), answered("alice", "alice"),
                "-- META_CALL_TRANSFERRING", disconnected("alice", "alice"), joinedRinging("bob", "bob"),
                "-- META_UNKNOWN", "CallObservationEndedEv");
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(heard);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(heard));
        moved.getTerminalConnections()[0].answer();
        assertThat(describe(call)).containsExactly(caller + " ESTABLISHED", "bob ESTABLISHED [bob TALKING]");
        stays.await("CallInvalidEv"); // the caller hangs up on bob, not on the transfer
        assertThat(describe(moved)).isEqualTo("bob DISCONNECTED");
        lab.awaitNothingHeld();
        sipp.assertSucceeded(SIPP_DONE);
    }
}
