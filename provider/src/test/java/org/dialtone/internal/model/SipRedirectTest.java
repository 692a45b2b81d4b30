package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.diverted;
import static org.dialtone.internal.model.Sequences.farAnswered;
import static org.dialtone.internal.model.Sequences.failed;
import static org.dialtone.internal.model.Sequences.farHangsUp;
import static org.dialtone.internal.model.Sequences.incoming;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.localHangsUp;
import static org.dialtone.internal.model.Sequences.reached;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.time.Duration;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.Ev;
import org.dialtone.internal.backend.sip.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CallControlConnection.redirect on sip: a ringing INVITE is answered 302 with the destination in
 * its Contact and an RFC 5806 Diversion header naming the user; the caller calls the destination
 * itself, so the call leaves the provider (the redirecting address's observers hear what they hear
 * on the sim, see {@link RedirectTest}). A Dialtone caller that gets a 302 follows it, and sees the
 * called party replaced by the new one, as a caller does on the sim.
 */
class SipRedirectTest {
    private static final Duration SIPP_DONE = Duration.ofSeconds(10);
    private static final String CALLER = "5551234";
    private static final String FAR = "5550100";

    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private final EventLog log = new EventLog();
    private final List<Sipp> sipps = new java.util.ArrayList<>();
    private SipLab lab;
    /** The caller's name in JTAPI when a stock scenario calls: SIPp's own URI. */
    private String sippName;

    @BeforeEach
    void sippIsThere() {
        Sipp.assumeInstalled();
    }

    @AfterEach
    void shutDown() {
        if (lab != null) {
            lab.close();
        }
        sipps.forEach(Sipp::close);
    }

    /**
     * SIPp calls alice with {@code scenario} (as {@value #CALLER} if it takes the key
     * {@code caller}); returns the call once alice rings.
     */
    private Call ringingAtAlice(String scenario) throws Exception {
        lab = new SipLab("transport=udp", "users=alice,bob");
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
        lab.address("alice").addCallObserver(log);
        int port = Sipp.freePort();
        sippName = "sip:sipp@127.0.0.1:" + port;
        Sipp caller = Sipp.client(scenario, port, "udp", "127.0.0.1:" + lab.port, "alice", "caller", CALLER);
        sipps.add(caller);
        observer.await("CallCtlTermConnRingingEv alice");
        return lab.provider.getCalls()[0];
    }

    private Sipp caller() {
        return sipps.get(0);
    }

    private void assertBothModelsSaw(Recorder observer, Recorder listener, List<String> expected) throws Exception {
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    /** The redirecting address's subscribers hear what they hear on the sim: the call leaves it. */
    private static List<String> redirectedFromAlice(String to) {
        return lines(incoming(CALLER, "alice"), ringing("alice", "alice"), "-- META_CALL_PROGRESS",
                diverted("alice", to, "alice"), "-- META_UNKNOWN", "CallObservationEndedEv");
    }

    /**
     * The 302 took the call out of the provider: the destination's connection leaves (with
     * CAUSE_REDIRECTED), then the caller's, and the call ends.
     */
    private static List<String> wentOut(String destination) {
        return lines("-- META_CALL_ENDING", disconnected(destination), disconnected(CALLER), invalid());
    }

    @Test
    void redirectingARingingInviteAnswers302WithTheDestinationAndADiversionAndTheCallLeavesTheProvider()
            throws Exception {
        Call call = ringingAtAlice("uac-is-redirected.xml");
        Connection alice = call.getConnections()[1];

        Connection moved = ((CallControlConnection) alice).redirect(FAR);

        assertThat(moved.getAddress().getName()).isEqualTo(FAR);
        assertThat(moved.getCall()).isSameAs(call);
        assertThat(describe(alice)).isEqualTo("alice DISCONNECTED");
        assertThat(((CallControlCall) call).getLastRedirectedAddress()).isSameAs(lab.address("alice"));
        caller().assertSucceeded(SIPP_DONE);
        String messages = caller().messages();
        assertThat(messages).contains("SIP/2.0 302 Moved Temporarily", "Contact: <sip:" + FAR + "@127.0.0.1>",
                "Diversion: <sip:alice@127.0.0.1>;reason=deflection;counter=1");
        assertBothModelsSaw(observer, listener, redirectedFromAlice(FAR));
        CallCtlConnDisconnectedEv gone = log.observed(CallCtlConnDisconnectedEv.class);
        assertThat(gone.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_REDIRECTED);
        lab.awaitNothingHeld();
        assertThat(call.getState()).isEqualTo(Call.INVALID);
        assertThat(describe(moved)).isEqualTo(FAR + " DISCONNECTED");
    }

    @Test
    void theDestinationsConnectionLeavesWithCauseRedirectedWhenTheCallGoesOut() throws Exception {
        Call call = ringingAtAlice("uac-is-redirected.xml");
        Recorder whole = new Recorder();
        EventLog wholeLog = new EventLog();
        call.addObserver(whole);
        call.addObserver(wholeLog);
        whole.clear();

        Connection moved = ((CallControlConnection) call.getConnections()[1]).redirect(FAR);

        assertThat(whole.await("CallObservationEndedEv")).endsWith(lines("-- META_CALL_PROGRESS",
                diverted("alice", FAR, "alice"), wentOut(FAR)).toArray(new String[0]));
        wholeLog.observed(CallInvalidEv.class); // each observer has its own delivery: wait for this one's end
        assertThat(wholeLog.all()).filteredOn(e -> e instanceof CallCtlConnDisconnectedEv
                && ((CallCtlConnDisconnectedEv) e).getConnection() == moved)
                .singleElement().extracting(e -> ((CallCtlConnDisconnectedEv) e).getCallControlCause())
                .isEqualTo(CallCtlEv.CAUSE_REDIRECTED);
        caller().assertSucceeded(SIPP_DONE);
    }

    @Test
    void aCallerRedirectedToAnotherUserCallsItAndTheCallArrivesThereAsANewCall() throws Exception {
        Recorder atBob = new Recorder();
        Recorder heardAtBob = new Recorder();
        Call call = ringingAtAlice("uac-follows-redirect.xml");
        lab.address("bob").addCallObserver(atBob);
        lab.address("bob").addCallListener(heardAtBob);

        ((CallControlConnection) call.getConnections()[1]).redirect("bob");
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(redirectedFromAlice("bob"));
        atBob.await("CallCtlTermConnRingingEv bob");
        Call second = lab.provider.getCalls()[0];
        assertThat(second).isNotSameAs(call);
        second.getConnections()[1].getTerminalConnections()[0].answer();

        caller().assertSucceeded(SIPP_DONE);
        assertThat(caller().messages()).contains("Contact: <sip:bob@127.0.0.1:" + lab.port + ">",
                "Diversion: <sip:alice@127.0.0.1>;reason=deflection;counter=1");
        // bob's subscribers join with the redirect, see the first call leave, then get the new one
        List<String> expected = lines("-- META_CALL_PROGRESS", diverted("alice", "bob", "alice"),
                wentOut("bob"),
                incoming(CALLER, "bob"), ringing("bob", "bob"), answered("bob", "bob"), farHangsUp("bob", CALLER));
        assertThat(SimLab.awaitTimes(atBob, "CallObservationEndedEv", 2)).containsExactlyElementsOf(expected);
        assertThat(SimLab.awaitTimes(heardAtBob, "CALL_EVENT_TRANSMISSION_ENDED", 2))
                .containsExactlyElementsOf(asListener(expected));
        lab.awaitNothingHeld();
    }

    // ---- refusals: the spec's exception, a message, and nothing changed ------------------------

    @Test
    void redirectingToAnEmptyOrUndiallableDestinationIsRefusedAndTheCallStillRings() throws Exception {
        Call call = ringingAtAlice("uac-is-refused.xml");
        CallControlConnection alice = (CallControlConnection) call.getConnections()[1];

        assertThatThrownBy(() -> alice.redirect("")).isInstanceOf(InvalidPartyException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> alice.redirect("not a number")).isInstanceOfSatisfying(InvalidPartyException.class,
                e -> {
                    assertThat(e.getType()).isEqualTo(InvalidPartyException.DESTINATION_PARTY);
                    assertThat(e.getMessage()).contains("'not a number'");
                });
        assertThatThrownBy(() -> alice.redirect("alice")).isInstanceOf(InvalidPartyException.class)
                .hasMessageContaining("its own address alice");

        assertThat(describe(call)).containsExactly(sippName + " ESTABLISHED", "alice ALERTING [alice RINGING]");
        assertThat(((CallControlCall) call).getLastRedirectedAddress()).isNull();
        alice.disconnect();
        assertBothModelsSaw(observer, listener, lines(incoming(sippName, "alice"), ringing("alice", "alice"),
                localHangsUp("alice", sippName)));
        caller().assertSucceeded(SIPP_DONE);
        assertThat(caller().messages()).doesNotContain("302 Moved");
    }

    @Test
    void redirectingAnAnsweredCallIsRefused() throws Exception {
        Call call = ringingAtAlice("uac-calls.xml");
        Connection alice = call.getConnections()[1];
        alice.getTerminalConnections()[0].answer();

        assertThatThrownBy(() -> ((CallControlConnection) alice).redirect(FAR))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(alice);
                    assertThat(e.getMessage()).contains("redirect needs an ALERTING or OFFERED connection");
                });

        assertBothModelsSaw(observer, listener, lines(incoming(sippName, "alice"), ringing("alice", "alice"),
                answered("alice", "alice"), farHangsUp("alice", sippName)));
        caller().assertSucceeded(SIPP_DONE);
    }

    // ---- a Dialtone caller that is redirected ------------------------------------------------------

    @Test
    void aDialtoneCallerFollowsA302ToTheContactAndSeesTheCalledPartyReplaced() throws Exception {
        int answererPort = Sipp.freePort();
        int redirectorPort = Sipp.freePort();
        String answerer = "sip:far@127.0.0.1:" + answererPort;
        String redirector = "sip:someone@127.0.0.1:" + redirectorPort;
        sipps.add(Sipp.server("uas-answer-diverted.xml", answererPort, "udp"));
        sipps.add(Sipp.server("uas-redirects.xml", redirectorPort, "udp", "target", answerer));
        lab = new SipLab("transport=udp", "users=alice");
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);

        Connection[] parts = lab.connect("alice", redirector);
        observer.await("CallCtlConnEstablishedEv " + answerer);

        assertThat(describe(parts[0].getCall())).containsExactly("alice ESTABLISHED [alice TALKING]",
                answerer + " ESTABLISHED");
        assertThat(describe(parts[1])).isEqualTo(redirector + " DISCONNECTED");
        parts[0].disconnect();
        assertBothModelsSaw(observer, listener, lines(connect("alice", redirector), reached(redirector),
                "-- META_CALL_PROGRESS", diverted(redirector, answerer), reached(answerer), farAnswered(answerer),
                localHangsUp("alice", answerer)));
        sipps.get(1).assertSucceeded(SIPP_DONE);
        sipps.get(0).assertSucceeded(SIPP_DONE); // it found the 302's Diversion in the new INVITE
        lab.awaitNothingHeld();
    }

    @Test
    void aDialtoneCallerFollowsTheContactWithTheHighestQValueFirst() throws Exception {
        int answererPort = Sipp.freePort();
        int redirectorPort = Sipp.freePort();
        String answerer = "sip:far@127.0.0.1:" + answererPort;
        String decoy = "sip:decoy@127.0.0.1:" + Sipp.freePort(); // nobody there: following it fails the call
        String redirector = "sip:someone@127.0.0.1:" + redirectorPort;
        sipps.add(Sipp.server("uas-answer-diverted.xml", answererPort, "udp"));
        sipps.add(Sipp.server("uas-redirects-to-several.xml", redirectorPort, "udp", "target", answerer, "decoy",
                decoy));
        lab = new SipLab("transport=udp", "users=alice");
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);

        Connection[] parts = lab.connect("alice", redirector);
        observer.await("CallCtlConnEstablishedEv " + answerer);

        assertThat(describe(parts[0].getCall())).containsExactly("alice ESTABLISHED [alice TALKING]",
                answerer + " ESTABLISHED");
        parts[0].disconnect();
        assertBothModelsSaw(observer, listener, lines(connect("alice", redirector), reached(redirector),
                "-- META_CALL_PROGRESS", diverted(redirector, answerer), reached(answerer), farAnswered(answerer),
                localHangsUp("alice", answerer)));
        sipps.get(1).assertSucceeded(SIPP_DONE);
        sipps.get(0).assertSucceeded(SIPP_DONE);
        lab.awaitNothingHeld();
    }

    @Test
    void aDialtoneCallerDoesNotFollowA305ItsContactIsAProxyNotTheCallee() throws Exception {
        int redirectorPort = Sipp.freePort();
        String proxy = "sip:proxy@127.0.0.1:" + Sipp.freePort();
        String redirector = "sip:someone@127.0.0.1:" + redirectorPort;
        sipps.add(Sipp.server("uas-uses-proxy.xml", redirectorPort, "udp", "target", proxy));
        lab = new SipLab("transport=udp", "users=alice");
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
        lab.address("alice").addCallObserver(log);
        lab.address("alice").addCallListener(log);

        Connection[] parts = lab.connect("alice", redirector);
        observer.await("CallCtlConnFailedEv " + redirector);

        log.assertFailedWith(Ev.CAUSE_DEST_NOT_OBTAINABLE, Ev.CAUSE_DEST_NOT_OBTAINABLE);
        assertThat(describe(parts[0].getCall())).containsExactly("alice ESTABLISHED [alice TALKING]",
                redirector + " FAILED");
        parts[0].disconnect();
        assertBothModelsSaw(observer, listener, lines(connect("alice", redirector), reached(redirector),
                failed(redirector), localHangsUp("alice", redirector)));
        sipps.get(0).assertSucceeded(SIPP_DONE);
        lab.awaitNothingHeld();
    }
}
