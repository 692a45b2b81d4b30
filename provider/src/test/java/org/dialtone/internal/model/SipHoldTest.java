package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.farAnswered;
import static org.dialtone.internal.model.Sequences.farHangsUp;
import static org.dialtone.internal.model.Sequences.held;
import static org.dialtone.internal.model.Sequences.incoming;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.localHangsUp;
import static org.dialtone.internal.model.Sequences.reached;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.time.Duration;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Event;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.capabilities.CallControlTerminalConnectionCapabilities;
import javax.telephony.callcontrol.events.CallCtlEv;
import org.dialtone.ext.Extension;
import org.dialtone.ext.SwapHold;
import org.dialtone.internal.backend.sip.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hold on sip: the application's hold and unhold go to the far end as re-INVITEs offering
 * sendonly and sendrecv, with the observer and listener sequences of the same hold on sim (see
 * {@link HoldTest}); a far end that holds the user gets its re-INVITE answered recvonly and the
 * call goes on with no JTAPI state changed (the spec has none for being held from beyond).
 */
class SipHoldTest {
    private static final String FAR = "5550100";
    private static final Duration SIPP_DONE = Duration.ofSeconds(10);

    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
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

    private void assertBothModelsSaw(List<String> expected) throws Exception {
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
        lab.awaitNothingHeld();
    }

    /** Alice calls a SIPp far end playing {@code scenario}; returns the parts once it answered. */
    private Connection[] answeredOutboundCall(String scenario) throws Exception {
        sipp = Sipp.server(scenario, Sipp.freePort(), "udp");
        lab = new SipLab(sipp.port());
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
        Connection[] parts = lab.connect("alice", FAR);
        observer.await("CallCtlConnEstablishedEv " + FAR);
        return parts;
    }

    private static CallControlTerminalConnection tc(Connection c) {
        return (CallControlTerminalConnection) c.getTerminalConnections()[0];
    }

    @Test
    void holdAndUnholdGoAsReInvitesWithTheSequencesOfSim() throws Exception {
        Connection[] parts = answeredOutboundCall("uas-answer-held.xml");
        EventLog events = new EventLog();
        parts[0].getCall().addCallListener(events);
        CallControlTerminalConnection alice = tc(parts[0]);
        assertThat(((CallControlTerminalConnectionCapabilities) alice.getCapabilities()).canHold()).isTrue();

        alice.hold();

        assertThat(describe(parts[0].getCall())).containsExactly("alice ESTABLISHED [alice HELD]",
                FAR + " ESTABLISHED");
        assertThat(alice.getState()).isEqualTo(TerminalConnection.ACTIVE);
        sipp.awaitReceived("INVITE ", 2, SIPP_DONE);

        alice.unhold();

        assertThat(describe(parts[0].getCall())).containsExactly("alice ESTABLISHED [alice TALKING]",
                FAR + " ESTABLISHED");
        Event talking = events.heard(CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_TALKING,
                e -> e.getMetaEvent().getID() == SingleCallMetaEvent.SINGLECALL_META_PROGRESS_STARTED
                        && ((CallControlTerminalConnectionEvent) e).getTerminalConnection() == alice);
        assertThat(((CallControlTerminalConnectionEvent) talking).getCallControlCause())
                .isEqualTo(CallCtlEv.CAUSE_UNHOLD);
        sipp.awaitReceived("INVITE ", 3, SIPP_DONE);
        parts[0].disconnect();

        assertBothModelsSaw(lines(connect("alice", FAR), reached(FAR), farAnswered(FAR), held("alice", true),
                held("alice", false), localHangsUp("alice", FAR)));
        sipp.assertSucceeded(SIPP_DONE); // it heard sendonly, then sendrecv, each from our Contact
    }

    @Test
    void hangUpWhileTheHoldReInviteIsUnansweredSendsByeAfterItsAck() throws Exception {
        Connection[] parts = answeredOutboundCall("uas-answer-held-slowly.xml");

        tc(parts[0]).hold();
        parts[0].disconnect(); // the far end answers the re-INVITE 300 ms later

        assertBothModelsSaw(lines(connect("alice", FAR), reached(FAR), farAnswered(FAR), held("alice", true),
                localHangsUp("alice", FAR)));
        sipp.assertSucceeded(SIPP_DONE); // it got the ACK before the BYE
    }

    @Test
    void unholdRightAfterHoldWaitsForTheFirstReInviteAndEndsTalking() throws Exception {
        Connection[] parts = answeredOutboundCall("uas-answer-held.xml");
        CallControlTerminalConnection alice = tc(parts[0]);

        alice.hold();
        alice.unhold(); // the second re-INVITE goes once the first is answered

        sipp.awaitReceived("INVITE ", 3, SIPP_DONE);
        assertThat(describe(alice)).isEqualTo("alice TALKING");
        parts[0].disconnect();
        assertBothModelsSaw(lines(connect("alice", FAR), reached(FAR), farAnswered(FAR), held("alice", true),
                held("alice", false), localHangsUp("alice", FAR)));
        sipp.assertSucceeded(SIPP_DONE);
    }

    @Test
    void farEndThatHoldsTheUserIsAnsweredRecvonlyAndNoStateChanges() throws Exception {
        lab = new SipLab("transport=udp");
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
        int port = Sipp.freePort();
        String caller = "sip:sipp@127.0.0.1:" + port;
        sipp = Sipp.client("uac-holds.xml", port, "udp", "127.0.0.1:" + lab.port, "alice");
        observer.await("CallCtlTermConnRingingEv alice");
        Call call = lab.provider.getCalls()[0];

        call.getConnections()[1].getTerminalConnections()[0].answer();

        sipp.awaitReceived("SIP/2.0 200", 2, SIPP_DONE); // the answer to the call, then to the hold
        assertThat(describe(call)).containsExactly(caller + " ESTABLISHED", "alice ESTABLISHED [alice TALKING]");
        assertBothModelsSaw(lines(incoming(caller, "alice"), ringing("alice", "alice"), answered("alice", "alice"),
                farHangsUp("alice", caller)));
        sipp.assertSucceeded(SIPP_DONE); // our answers were recvonly to its hold, sendrecv to its retrieve
    }

    @Test
    void holdOfAnAnsweredCallBeforeTheCallersAckGoesOnceTheAckCame() throws Exception {
        lab = new SipLab("transport=udp");
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
        int port = Sipp.freePort();
        String caller = "sip:sipp@127.0.0.1:" + port;
        sipp = Sipp.client("uac-acks-late-is-held.xml", port, "udp", "127.0.0.1:" + lab.port, "alice");
        observer.await("CallCtlTermConnRingingEv alice");
        CallControlTerminalConnection alice = tc(lab.provider.getCalls()[0].getConnections()[1]);

        alice.answer();
        alice.hold(); // the caller ACKs our 200 only 300 ms later

        assertBothModelsSaw(lines(incoming(caller, "alice"), ringing("alice", "alice"), answered("alice", "alice"),
                held("alice", true), farHangsUp("alice", caller)));
        sipp.assertSucceeded(SIPP_DONE); // it was held by a re-INVITE offering sendonly
    }

    @Test
    void swapHoldHoldsTheTalkingCallAndRetrievesTheHeldOneByTwoReInvites() throws Exception {
        String far2 = "5550101";
        sipp = Sipp.server("uas-answer-held.xml", Sipp.freePort(), "udp", 2);
        lab = new SipLab(sipp.port());
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
        Connection[] first = lab.connect("alice", FAR);
        observer.await("CallCtlConnEstablishedEv " + FAR);
        tc(first[0]).hold();
        Connection[] second = lab.connect("alice", far2);
        observer.await("CallCtlConnEstablishedEv " + far2);
        assertThat(lab.provider.isSupported(Extension.SWAP_HOLD)).isTrue();

        ((SwapHold) tc(first[0])).swapHold(tc(second[0]));

        assertThat(describe(first[0].getCall())).containsExactly("alice ESTABLISHED [alice TALKING]",
                FAR + " ESTABLISHED");
        assertThat(describe(second[0].getCall())).containsExactly("alice ESTABLISHED [alice HELD]",
                far2 + " ESTABLISHED");
        tc(second[0]).unhold();
        sipp.awaitReceived("ACK ", 6, SIPP_DONE); // each call: answer, hold and retrieve, all acknowledged
        second[0].disconnect();
        first[0].disconnect();

        List<String> expected = lines(connect("alice", FAR), reached(FAR), farAnswered(FAR), held("alice", true),
                connect("alice", far2), reached(far2), farAnswered(far2), held("alice", true), held("alice", false),
                held("alice", false), localHangsUp("alice", far2), localHangsUp("alice", FAR));
        assertThat(SimLab.awaitTimes(observer, "CallObservationEndedEv", 2)).containsExactlyElementsOf(expected);
        assertThat(SimLab.awaitTimes(listener, "CALL_EVENT_TRANSMISSION_ENDED", 2))
                .containsExactlyElementsOf(asListener(expected));
        lab.awaitNothingHeld();
        sipp.assertSucceeded(SIPP_DONE); // both calls heard sendonly, then sendrecv
    }
}
