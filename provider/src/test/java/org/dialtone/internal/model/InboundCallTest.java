package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.incoming;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.localHangsUp;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.time.Duration;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.events.CallActiveEv;
import javax.telephony.events.ConnConnectedEv;
import javax.telephony.events.Ev;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls that start at the switch: a number beyond it calls a local address, or a phone dials. */
class InboundCallTest {
    private static final String FAR = "5550100";

    private final SimLab lab = new SimLab();
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();

    /** The switch offers the call: the caller's side is up, the local address is about to ring. */
    private static final List<String> OFFERED = incoming(FAR, "1001");

    private static final List<String> ANSWERED = lines(OFFERED, ringing("1001", "1001"), answered("1001", "1001"));

    private static final List<String> LOCAL_SIDE_HANGS_UP = localHangsUp("1001", FAR);

    @BeforeEach
    void observe() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
    }

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private Call ringingCall() throws Exception {
        lab.sim.call(FAR, "1001");
        observer.await("CallCtlTermConnRingingEv 1001");
        return lab.provider.getCalls()[0];
    }

    private void assertBothModelsSaw(List<String> expected) throws Exception {
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    @Test
    void incomingCallRingsTheLocalAddressWithTheCallerAlreadyConnected() throws Exception {
        Call call = ringingCall();

        assertThat(call.getState()).isEqualTo(Call.ACTIVE);
        assertThat(describe(call)).containsExactly(FAR + " ESTABLISHED", "1001 ALERTING [1001 RINGING]");
        assertThat(observer.lines()).containsExactlyElementsOf(lines(OFFERED, ringing("1001", "1001")));
    }

    @Test
    void incomingCallNamesTheRemoteCallerAndTheLocalCalledAddress() throws Exception {
        CallControlCall call = (CallControlCall) ringingCall();

        assertThat(call.getCallingAddress().getName()).isEqualTo(FAR);
        assertThat(call.getCallingAddress().getProvider()).isSameAs(lab.provider);
        assertThat(call.getCallingAddress().getTerminals()).isNull();
        assertThat(call.getCallingTerminal()).isNull();
        assertThat(call.getCalledAddress()).isSameAs(lab.address("1001"));
        assertThat(call.getConnections()[0].getAddress()).isSameAs(call.getCallingAddress());
    }

    @Test
    void newCallEventsCarryTheNewCallCause() throws Exception {
        EventLog log = new EventLog();
        lab.address("1001").addCallObserver(log);
        ringingCall();

        assertThat(log.observed(CallActiveEv.class).getCause()).isEqualTo(Ev.CAUSE_NEW_CALL);
        ConnConnectedEv caller = log.observed(ConnConnectedEv.class);
        assertThat(caller.getConnection().getAddress().getName()).isEqualTo(FAR);
        assertThat(caller.getCause()).isEqualTo(Ev.CAUSE_NEW_CALL);
    }

    @Test
    void applicationAnswersThenHangsUp() throws Exception {
        Call call = ringingCall();
        Connection local = call.getConnections()[1];
        TerminalConnection tc = local.getTerminalConnections()[0];

        tc.answer();

        assertThat(describe(call)).containsExactly(FAR + " ESTABLISHED", "1001 ESTABLISHED [1001 TALKING]");
        local.disconnect();
        assertThat(call.getState()).isEqualTo(Call.INVALID);
        assertThat(describe(tc)).isEqualTo("1001 DROPPED");
        assertBothModelsSaw(lines(ANSWERED, LOCAL_SIDE_HANGS_UP));
    }

    @Test
    void userAnswersAtThePhoneAndHangsUpThere() throws Exception {
        Call call = ringingCall();
        Connection[] parts = call.getConnections();

        lab.party("1001").answer();
        observer.await("CallCtlConnEstablishedEv 1001");
        assertThat(describe(call)).containsExactly(FAR + " ESTABLISHED", "1001 ESTABLISHED [1001 TALKING]");

        lab.party("1001").hangUp();
        observer.await("CallInvalidEv");
        assertThat(call.getState()).isEqualTo(Call.INVALID);
        assertThat(describe(parts[0])).isEqualTo(FAR + " DISCONNECTED");
        assertThat(describe(parts[1])).isEqualTo("1001 DISCONNECTED");
        assertThat(lab.provider.getCalls()).isNull();
        assertBothModelsSaw(lines(ANSWERED, LOCAL_SIDE_HANGS_UP));
    }

    @Test
    void userHangingUpAnAnsweredCallTheApplicationAnsweredEndsItToo() throws Exception {
        Call call = ringingCall();
        call.getConnections()[1].getTerminalConnections()[0].answer();

        lab.party("1001").hangUp();

        assertBothModelsSaw(lines(ANSWERED, LOCAL_SIDE_HANGS_UP));
    }

    @Test
    void partyScriptedToAnswerAfterADelayAnswersWhenTheClockGetsThere() throws Exception {
        lab.party("1001").willAnswerAfter(Duration.ofSeconds(3));
        Call call = ringingCall();

        lab.clock.advance(Duration.ofSeconds(2));
        assertThat(lab.clock.pending()).isEqualTo(1);
        assertThat(describe(call.getConnections()[1])).isEqualTo("1001 ALERTING [1001 RINGING]");
        lab.clock.advance(Duration.ofSeconds(1));
        observer.await("CallCtlConnEstablishedEv 1001");

        assertThat(describe(call)).containsExactly(FAR + " ESTABLISHED", "1001 ESTABLISHED [1001 TALKING]");
        call.getConnections()[1].disconnect();
        assertBothModelsSaw(lines(ANSWERED, LOCAL_SIDE_HANGS_UP));
    }

    @Test
    void applicationAnsweringFirstCancelsTheScriptedAnswer() throws Exception {
        lab.party("1001").willAnswerAfter(Duration.ofSeconds(3));
        Call call = ringingCall();

        call.getConnections()[1].getTerminalConnections()[0].answer();

        assertThat(lab.clock.pending()).isZero();
        lab.clock.advance(Duration.ofSeconds(3));
        call.getConnections()[1].disconnect();
        assertBothModelsSaw(lines(ANSWERED, LOCAL_SIDE_HANGS_UP));
    }

    @Test
    void phoneDiallingStartsACallAsIfTheApplicationHadConnectedIt() throws Exception {
        lab.party("1001").dial("1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        CallControlCall call = (CallControlCall) lab.provider.getCalls()[0];

        assertThat(call.getCallingAddress()).isSameAs(lab.address("1001"));
        assertThat(call.getCallingTerminal()).isSameAs(lab.terminal("1001"));
        assertThat(call.getCalledAddress()).isSameAs(lab.address("1002"));
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ALERTING [1002 RINGING]");

        lab.party("1001").hangUp();
        assertBothModelsSaw(lines(connect("1001", "1002"), ringing("1002", "1002"), "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()));
    }

    @Test
    void phoneDiallingAnUnknownNumberStartsNoCall() throws Exception {
        lab.party("1001").dial("12ab");
        lab.party("1001").dial("1002");
        observer.await("CallCtlTermConnRingingEv 1002");

        assertThat(lab.provider.getCalls()).hasSize(1);
        assertThat(observer.lines()).containsExactlyElementsOf(lines(connect("1001", "1002"),
                ringing("1002", "1002")));
    }
}
