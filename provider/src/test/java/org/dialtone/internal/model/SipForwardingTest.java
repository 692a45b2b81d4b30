package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.diverted;
import static org.dialtone.internal.model.Sequences.farHangsUp;
import static org.dialtone.internal.model.Sequences.incoming;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.localHangsUp;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlForwarding;
import javax.telephony.callcontrol.events.CallCtlConnFailedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import org.dialtone.internal.backend.sip.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Forwarding on sip. An INVITE from beyond the provider that a user's forwarding diverts arrives
 * in the model and is diverted there, as on the sim (see {@link ForwardingTest}); it is answered 302
 * with the destination in Contact and a Diversion header saying why (unconditional,
 * do-not-disturb, no-answer), and the call leaves the provider. A call between two users is
 * diverted inside the provider exactly as on the sim.
 */
class SipForwardingTest {
    private static final Duration SIPP_DONE = Duration.ofSeconds(10);
    private static final String CALLER = "5551234";
    private static final String FAR = "5550100";

    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private final List<Sipp> sipps = new ArrayList<>();
    private SipLab lab;

    @AfterEach
    void shutDown() {
        if (lab != null) {
            lab.close();
        }
        sipps.forEach(Sipp::close);
    }

    /** A provider with alice, bob and carol, alice observed and listened to. */
    private void provider(String... options) throws Exception {
        List<String> all = new ArrayList<>(List.of("users=alice,bob,carol"));
        all.addAll(List.of(options));
        lab = new SipLab("transport=udp", all.toArray(new String[0]));
        lab.address("alice").addCallObserver(observer);
        lab.address("alice").addCallListener(listener);
    }

    private void forward(String address, CallControlForwarding... rules) throws Exception {
        ((CallControlAddress) lab.address(address)).setForwarding(rules);
    }

    /** SIPp calls alice with {@code scenario}, as {@value #CALLER} where the scenario takes a caller. */
    private Sipp sippCallsAlice(String scenario) throws Exception {
        Sipp caller = Sipp.client(scenario, Sipp.freePort(), "udp", "127.0.0.1:" + lab.port, "alice", "caller",
                CALLER);
        sipps.add(caller);
        return caller;
    }

    private void assertBothModelsSaw(List<String> expected) throws Exception {
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    /** alice's subscribers see the call arrive, be diverted from alice, and leave their view. */
    private static List<String> divertedFromAlice(String to, String... ringingTerminals) {
        List<String> out = lines(incoming(CALLER, "alice"));
        if (ringingTerminals.length > 0) {
            out.addAll(ringing("alice", ringingTerminals));
        }
        out.addAll(lines("-- META_CALL_PROGRESS", diverted("alice", to, ringingTerminals), "-- META_UNKNOWN",
                "CallObservationEndedEv"));
        return out;
    }

    private static void assertSent302(Sipp caller, String contact, String reason) {
        assertThat(caller.messages()).contains("SIP/2.0 302 Moved Temporarily", "Contact: <" + contact + ">",
                "Diversion: <sip:alice@127.0.0.1>;reason=" + reason + ";counter=1");
    }

    // ---- INVITEs from beyond the provider -----------------------------------------------------------

    @Test
    void forwardingAllCallsAnswersTheInvite302BeforeItRings() throws Exception {
        Sipp.assumeInstalled();
        provider();
        forward("alice", new CallControlForwarding(FAR));

        Sipp caller = sippCallsAlice("uac-is-redirected.xml");

        caller.assertSucceeded(SIPP_DONE);
        assertSent302(caller, "sip:" + FAR + "@127.0.0.1", "unconditional");
        assertThat(caller.messages()).doesNotContain("180 Ringing");
        assertBothModelsSaw(divertedFromAlice(FAR));
        lab.awaitNothingHeld();
    }

    @Test
    void busyForwardingTakesACallRefusedForDoNotDisturbToAnotherUserWhereItArrivesAnew() throws Exception {
        Sipp.assumeInstalled();
        provider();
        Recorder atBob = new Recorder();
        lab.address("bob").addCallObserver(atBob);
        ((CallControlAddress) lab.address("alice")).setDoNotDisturb(true);
        forward("alice", new CallControlForwarding("bob", CallControlForwarding.FORWARD_ON_BUSY));

        Sipp caller = sippCallsAlice("uac-follows-redirect.xml");
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(divertedFromAlice("bob"));
        SimLab.awaitTimes(atBob, "CallCtlTermConnRingingEv bob", 1);
        Call second = lab.provider.getCalls()[0];
        assertThat(describe(second)).containsExactly(CALLER + " ESTABLISHED", "bob ALERTING [bob RINGING]");
        second.getConnections()[1].getTerminalConnections()[0].answer();

        caller.assertSucceeded(SIPP_DONE);
        assertSent302(caller, "sip:bob@127.0.0.1:" + lab.port, "do-not-disturb");
        assertThat(SimLab.awaitTimes(atBob, "CallObservationEndedEv", 2)).endsWith(lines(incoming(CALLER, "bob"),
                ringing("bob", "bob"), answered("bob", "bob"), farHangsUp("bob", CALLER)).toArray(new String[0]));
        lab.awaitNothingHeld();
    }

    @Test
    void noAnswerForwardingAnswersTheRingingInvite302AfterTheForwardingTime() throws Exception {
        Sipp.assumeInstalled();
        provider("forwardafter=1");
        forward("alice", new CallControlForwarding(FAR, CallControlForwarding.FORWARD_ON_NOANSWER));

        Sipp caller = sippCallsAlice("uac-is-redirected.xml");
        observer.await("CallCtlTermConnRingingEv alice");

        caller.assertSucceeded(SIPP_DONE);
        assertThat(caller.messages()).contains("180 Ringing");
        assertSent302(caller, "sip:" + FAR + "@127.0.0.1", "no-answer");
        assertBothModelsSaw(divertedFromAlice(FAR, "alice"));
        lab.awaitNothingHeld();
    }

    @Test
    void aRuleForOneCallerTakesOnlyThatCallersInvitesAndAnInternalOnlyRuleNone() throws Exception {
        Sipp.assumeInstalled();
        provider();
        forward("alice", new CallControlForwarding("bob", CallControlForwarding.FORWARD_UNCONDITIONALLY, true),
                new CallControlForwarding(FAR, CallControlForwarding.FORWARD_UNCONDITIONALLY, CALLER));

        int port = Sipp.freePort();
        String sipp = "sip:sipp@127.0.0.1:" + port;
        Sipp other = Sipp.client("uac-is-refused.xml", port, "udp", "127.0.0.1:" + lab.port, "alice");
        sipps.add(other);
        observer.await("CallCtlTermConnRingingEv alice");
        Call rings = lab.provider.getCalls()[0];
        assertThat(describe(rings)).containsExactly(sipp + " ESTABLISHED", "alice ALERTING [alice RINGING]");
        rings.getConnections()[1].disconnect();
        other.assertSucceeded(SIPP_DONE);
        assertBothModelsSaw(lines(incoming(sipp, "alice"), ringing("alice", "alice"), localHangsUp("alice", sipp)));
        observer.clear();
        listener.clear();

        Sipp caller = sippCallsAlice("uac-is-redirected.xml");

        caller.assertSucceeded(SIPP_DONE);
        assertSent302(caller, "sip:" + FAR + "@127.0.0.1", "unconditional");
        assertBothModelsSaw(divertedFromAlice(FAR));
        lab.awaitNothingHeld();
    }

    // ---- calls between users: inside the provider, as on the sim --------------------------------------

    @Test
    void aCallBetweenUsersIsForwardedInsideTheProviderAsOnTheSim() throws Exception {
        provider();
        forward("bob", new CallControlForwarding("carol"));

        Connection[] parts = lab.connect("alice", "bob");
        observer.await("CallCtlTermConnRingingEv carol");

        assertThat(describe(parts[0].getCall())).containsExactly("alice ESTABLISHED [alice TALKING]",
                "carol ALERTING [carol RINGING]");
        assertThat(((CallControlCall) parts[0].getCall()).getLastRedirectedAddress()).isSameAs(lab.address("bob"));
        parts[0].disconnect();
        assertBothModelsSaw(lines(connect("alice", "bob"), "-- META_CALL_PROGRESS", diverted("bob", "carol"),
                ringing("carol", "carol"), "-- META_CALL_ENDING", disconnected("alice", "alice"),
                disconnected("carol", "carol"), invalid()));
    }

    @Test
    void aForwardingLoopBetweenUsersStopsWhereItWouldComeBackWithCauseRedirected() throws Exception {
        provider();
        EventLog log = new EventLog();
        lab.address("alice").addCallObserver(log);
        forward("bob", new CallControlForwarding("carol"));
        forward("carol", new CallControlForwarding("bob"));

        Connection[] parts = lab.connect("alice", "bob");
        observer.await("CallCtlConnFailedEv carol");

        assertThat(log.observed(CallCtlConnFailedEv.class).getCallControlCause())
                .isEqualTo(CallCtlEv.CAUSE_REDIRECTED);
        parts[0].disconnect();
        assertBothModelsSaw(lines(connect("alice", "bob"), "-- META_CALL_PROGRESS", diverted("bob", "carol"),
                "-- META_CALL_PROGRESS", "ConnFailedEv carol", "CallCtlConnFailedEv carol", "-- META_CALL_ENDING",
                disconnected("alice", "alice"), disconnected("carol"), invalid()));
    }

    @Test
    void aCallBetweenUsersRingingUnansweredIsForwardedAfterTheForwardingTime() throws Exception {
        provider("forwardafter=1");
        forward("bob", new CallControlForwarding("carol", CallControlForwarding.FORWARD_ON_NOANSWER));

        Connection[] parts = lab.connect("alice", "bob");
        observer.await("CallCtlTermConnRingingEv bob");
        observer.await("CallCtlTermConnRingingEv carol");

        assertThat(describe(parts[1])).isEqualTo("bob DISCONNECTED");
        parts[0].disconnect();
        assertBothModelsSaw(lines(connect("alice", "bob"), ringing("bob", "bob"), "-- META_CALL_PROGRESS",
                diverted("bob", "carol", "bob"), ringing("carol", "carol"), "-- META_CALL_ENDING",
                disconnected("alice", "alice"), disconnected("carol", "carol"), invalid()));
    }

    @Test
    void aCallBetweenUsersIsRedirectedInsideTheProviderAndTheDestinationsForwardingApplies() throws Exception {
        provider();
        ((CallControlAddress) lab.address("carol")).setDoNotDisturb(true);
        forward("carol", new CallControlForwarding("bob", CallControlForwarding.FORWARD_ON_BUSY));

        Connection[] parts = lab.connect("alice", "bob");
        observer.await("CallCtlTermConnRingingEv bob");
        Connection moved = ((CallControlConnection) parts[1]).redirect("carol");
        observer.await("CallCtlConnFailedEv carol");

        assertThat(moved.getAddress()).isSameAs(lab.address("carol"));
        parts[0].disconnect();
        assertBothModelsSaw(lines(connect("alice", "bob"), ringing("bob", "bob"), "-- META_CALL_PROGRESS",
                diverted("bob", "carol", "bob"), "-- META_CALL_PROGRESS", "ConnFailedEv carol",
                "CallCtlConnFailedEv carol", "-- META_CALL_ENDING", disconnected("alice", "alice"),
                disconnected("carol"), invalid()));
    }
}
