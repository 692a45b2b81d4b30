package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.farHangsUp;
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
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlTerminal;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.sip.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SIPp calls a Dialtone user: the same JTAPI states and event sequences as a call from beyond the
 * sim switch (see {@link InboundCallTest}); answering sends 200 with an SDP answer, hanging up a
 * ringing call refuses the INVITE with 486, and the caller's CANCEL or BYE ends the call.
 */
class SipInboundCallTest {
    private static final Duration SIPP_DONE = Duration.ofSeconds(10);

    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private Sipp caller;
    private SipLab lab;
    private String callerName;

    @BeforeEach
    void sippIsThere() {
        Sipp.assumeInstalled();
    }

    @AfterEach
    void shutDown() {
        if (lab != null) {
            lab.close();
        }
        if (caller != null) {
            caller.close();
        }
    }

    /** SIPp calls alice with {@code scenario} over UDP; returns the call once alice's terminal rings. */
    private Call ringingCall(String scenario) throws Exception {
        return ringingCall(scenario, "udp");
    }

    private Call ringingCall(String scenario, String transport) throws Exception {
        lab = new SipLab("transport=" + transport);
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
        int port = Sipp.freePort();
        callerName = "sip:sipp@127.0.0.1:" + port;
        caller = Sipp.client(scenario, port, transport, "127.0.0.1:" + lab.port, "alice");
        observer.await("CallCtlTermConnRingingEv alice");
        return lab.provider.getCalls()[0];
    }

    private void assertBothModelsSaw(List<String> expected) throws Exception {
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
        lab.awaitNothingHeld();
    }

    @Test
    void incomingInviteRingsTheUserWithTheCallerAlreadyConnected() throws Exception {
        CallControlCall call = (CallControlCall) ringingCall("uac-is-refused.xml");

        assertThat(describe(call)).containsExactly(callerName + " ESTABLISHED", "alice ALERTING [alice RINGING]");
        assertThat(call.getCallingAddress().getName()).isEqualTo(callerName);
        assertThat(call.getCallingAddress().getTerminals()).isNull();
        assertThat(call.getCalledAddress()).isSameAs(lab.address("alice"));
        assertThat(observer.lines()).containsExactlyElementsOf(lines(incoming(callerName, "alice"),
                ringing("alice", "alice")));
    }

    @Test
    void applicationAnswersAndTheCallerHangsUp() throws Exception {
        Call call = ringingCall("uac-calls.xml");
        TerminalConnection tc = call.getConnections()[1].getTerminalConnections()[0];

        tc.answer();

        assertThat(describe(call)).containsExactly(callerName + " ESTABLISHED", "alice ESTABLISHED [alice TALKING]");
        assertBothModelsSaw(lines(incoming(callerName, "alice"), ringing("alice", "alice"),
                answered("alice", "alice"), farHangsUp("alice", callerName)));
        assertThat(describe(tc)).isEqualTo("alice DROPPED");
        caller.assertSucceeded(SIPP_DONE);
    }

    @Test
    void anotherUserPicksUpTheRingingCallWhichIsAnsweredOnItsBehalf() throws Exception {
        Call call = ringingCall("uac-calls.xml");
        lab.address("bob").addCallObserver(observer); // the same recorder: it keeps hearing once alice leaves
        lab.address("bob").addCallListener(listener);

        TerminalConnection picked = ((CallControlTerminal) lab.terminal("bob")).pickup(call.getConnections()[1],
                lab.address("bob"));

        assertThat(picked.getConnection().getAddress()).isSameAs(lab.address("bob"));
        assertBothModelsSaw(lines(incoming(callerName, "alice"), ringing("alice", "alice"),
                PickupTest.pickedUp("alice", "bob", "alice"), farHangsUp("bob", callerName)));
        caller.assertSucceeded(SIPP_DONE);
    }

    @Test
    void inviteForSomeoneWhoIsNotAUserIsAnsweredNotFound() throws Exception {
        lab = new SipLab("transport=udp");
        lab.address("alice").addCallObserver(observer);
        caller = Sipp.client("uac-calls-nobody.xml", Sipp.freePort(), "udp", "127.0.0.1:" + lab.port, "carol");

        caller.assertSucceeded(SIPP_DONE);
        assertThat(lab.provider.getCalls()).isNull();
        assertThat(observer.lines()).isEmpty();
    }

    @Test
    void userWhoDoesNotWantToBeDisturbedRefusesTheCallAsBusy() throws Exception {
        lab = new SipLab("transport=udp");
        EventLog log = new EventLog();
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallObserver(log);
        lab.address("alice").addCallListener(log);
        ((CallControlAddress) lab.address("alice")).setDoNotDisturb(true);
        int port = Sipp.freePort();
        callerName = "sip:sipp@127.0.0.1:" + port;
        caller = Sipp.client("uac-is-busy.xml", port, "udp", "127.0.0.1:" + lab.port, "alice");

        caller.assertSucceeded(SIPP_DONE); // it got 486 without ringing
        log.assertFailedWith(Ev.CAUSE_NORMAL, CallCtlEv.CAUSE_DO_NOT_DISTURB);
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(
                incoming(callerName, "alice"), "-- META_CALL_ENDING", "ConnFailedEv alice", "CallCtlConnFailedEv alice",
                disconnected(callerName), disconnected("alice"), invalid()));
        lab.awaitNothingHeld();
    }

    @Test
    void callOverTcpGoesTheSameWay() throws Exception {
        Call call = ringingCall("uac-calls.xml", "tcp");
        call.getConnections()[1].getTerminalConnections()[0].answer();

        assertBothModelsSaw(lines(incoming(callerName, "alice"), ringing("alice", "alice"),
                answered("alice", "alice"), farHangsUp("alice", callerName)));
        caller.assertSucceeded(SIPP_DONE);
    }

    @Test
    void applicationHangingUpTheRingingCallRefusesItAsBusy() throws Exception {
        Call call = ringingCall("uac-is-refused.xml");
        Connection local = call.getConnections()[1];

        local.disconnect();

        assertThat(call.getState()).isEqualTo(Call.INVALID);
        assertBothModelsSaw(lines(incoming(callerName, "alice"), ringing("alice", "alice"),
                localHangsUp("alice", callerName)));
        caller.assertSucceeded(SIPP_DONE);
    }

    @Test
    void callerGivingUpWhileItRingsEndsTheCall() throws Exception {
        Call call = ringingCall("uac-cancels.xml");
        Connection[] parts = call.getConnections();

        assertBothModelsSaw(lines(incoming(callerName, "alice"), ringing("alice", "alice"),
                farHangsUp("alice", callerName)));
        assertThat(describe(parts[0])).isEqualTo(callerName + " DISCONNECTED");
        assertThat(describe(parts[1])).isEqualTo("alice DISCONNECTED");
        assertThat(lab.provider.getCalls()).isNull();
        caller.assertSucceeded(SIPP_DONE);
    }
}
