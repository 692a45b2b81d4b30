package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.time.Duration;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.Provider;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.CallObservationEndedEv;
import javax.telephony.events.Ev;
import org.dialtone.ext.Extension;
import org.dialtone.ext.SecureCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Handoff between two providers (applications) on one named sim switch: the router, opened first,
 * and the desk, which registers the name "desk". The router's observer and listener follow
 * address 1001; the desk's follow 1001 and 1002 (so both watch 1001, and the router, opened first,
 * takes the calls that come in there).
 */
class HandoffTest {
    private static final String FAR = "5550100";

    private final SimLab lab = new SimLab();
    private final ProviderImpl router = lab.provider;
    private final ProviderImpl desk = lab.openAnother();
    private final Recorder routerObserver = new Recorder();
    private final Recorder routerListener = new Recorder();
    private final Recorder deskObserver = new Recorder();
    private final Recorder deskListener = new Recorder();

    /** What the router saw of an answered call 1001 -> 1002 before it handed it off. */
    private static final List<String> ANSWERED_CALL = lines(connect("1001", "1002"), ringing("1002", "1002"),
            answered("1002", "1002"));

    /** How the call leaves the router: every party goes, the call is INVALID, observation ends. */
    private static final List<String> HANDED_OFF_ANSWERED = lines("-- META_CALL_ENDING",
            disconnected("1001", "1001"), disconnected("1002", "1002"), invalid());

    /** How the desk sees the answered call appear: a snapshot of its present state. */
    private static final List<String> SNAPSHOT_ANSWERED = lines("-- META_SNAPSHOT", "CallActiveEv",
            "ConnConnectedEv 1001", "CallCtlConnEstablishedEv 1001", "TermConnActiveEv 1001",
            "CallCtlTermConnTalkingEv 1001", "ConnConnectedEv 1002", "CallCtlConnEstablishedEv 1002",
            "TermConnActiveEv 1002", "CallCtlTermConnTalkingEv 1002");

    /** An inbound call ringing at 1001, as the router saw it come in. */
    private static final List<String> INBOUND_RINGING = lines("-- META_CALL_STARTING", "CallActiveEv",
            "ConnCreatedEv " + FAR, "ConnConnectedEv " + FAR, "CallCtlConnEstablishedEv " + FAR,
            "ConnCreatedEv 1001", ringing("1001", "1001"));

    /** How the desk sees the ringing inbound call appear. */
    private static final List<String> SNAPSHOT_RINGING = lines("-- META_SNAPSHOT", "CallActiveEv",
            "ConnConnectedEv " + FAR, "CallCtlConnEstablishedEv " + FAR, "ConnAlertingEv 1001",
            "CallCtlConnAlertingEv 1001", "TermConnRingingEv 1001", "CallCtlTermConnRingingEv 1001");

    @BeforeEach
    void observe() throws Exception {
        lab.address("1001").addCallObserver(routerObserver);
        lab.address("1001").addCallListener(routerListener);
        desk.getAddress("1001").addCallObserver(deskObserver);
        desk.getAddress("1002").addCallObserver(deskObserver);
        desk.getTerminal("1001").addCallListener(deskListener);
        desk.getTerminal("1002").addCallListener(deskListener);
        desk.register("desk");
    }

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private Call answeredCall() throws Exception {
        Connection[] c = lab.connect("1001", "1002");
        lab.party("1002").answer();
        routerObserver.await("CallCtlConnEstablishedEv 1002");
        return c[0].getCall();
    }

    private Call ringingInboundCall() throws Exception {
        lab.sim.call(FAR, "1001");
        routerObserver.await("CallCtlTermConnRingingEv 1001");
        return router.getCalls()[0];
    }

    private Call deskCall() throws Exception {
        deskObserver.await("-- META_SNAPSHOT");
        assertThat(desk.getCalls()).hasSize(1);
        return desk.getCalls()[0];
    }

    @Test
    void theHandingProviderSeesTheCallEndAndForgetsIt() throws Exception {
        Call call = answeredCall();
        Connection[] before = call.getConnections();

        router.handoff(call, "desk");

        assertThat(call.getState()).isEqualTo(Call.INVALID);
        assertThat(call.getConnections()).isNull();
        assertThat(before).allSatisfy(c -> assertThat(describe(c)).endsWith("DISCONNECTED"));
        assertThat(router.getCalls()).isNull();
        assertThat(lab.address("1001").getConnections()).isNull();
        assertThat(lab.terminal("1001").getTerminalConnections()).isNull();
        assertThat(routerObserver.await("CallObservationEndedEv"))
                .containsExactlyElementsOf(lines(ANSWERED_CALL, HANDED_OFF_ANSWERED));
        assertThat(routerListener.await("CALL_EVENT_TRANSMISSION_ENDED"))
                .containsExactlyElementsOf(asListener(lines(ANSWERED_CALL, HANDED_OFF_ANSWERED)));
    }

    @Test
    void theHandingSideHearsTheEndWithTheNormalCauseAsTheCallEnding() throws Exception {
        EventLog log = new EventLog();
        lab.address("1001").addCallObserver(log);
        Call call = answeredCall();

        router.handoff(call, "desk");

        CallObservationEndedEv ended = log.observed(CallObservationEndedEv.class);
        assertThat(ended.getCause()).isEqualTo(Ev.CAUSE_NORMAL);
        List<CallEv> ending = log.all().stream().filter(e -> e instanceof CallEv ev
                && ev.getMetaCode() == Ev.META_CALL_ENDING).map(CallEv.class::cast).toList();
        assertThat(ending).hasSize(9).allSatisfy(e -> assertThat(e.getCause()).isEqualTo(Ev.CAUSE_NORMAL));
        assertThat(ending).filteredOn(CallCtlConnDisconnectedEv.class::isInstance)
                .extracting(e -> ((CallCtlConnDisconnectedEv) e).getCallControlCause())
                .containsExactly(Ev.CAUSE_NORMAL, Ev.CAUSE_NORMAL);
    }

    @Test
    void theReceivingProviderSeesTheCallAppearAsASnapshotWithItsPartiesAndStates() throws Exception {
        router.handoff(answeredCall(), "desk");

        CallControlCall call = (CallControlCall) deskCall();
        assertThat(call.getProvider()).isSameAs(desk);
        assertThat(call.getState()).isEqualTo(Call.ACTIVE);
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ESTABLISHED [1002 TALKING]");
        assertThat(call.getCallingAddress()).isSameAs(desk.getAddress("1001"));
        assertThat(call.getCallingTerminal()).isSameAs(desk.getTerminal("1001"));
        assertThat(call.getCalledAddress()).isSameAs(desk.getAddress("1002"));
        assertThat(desk.getAddress("1002").getConnections()).containsExactly(call.getConnections()[1]);
        assertThat(deskObserver.await("CallCtlTermConnTalkingEv 1002")).containsExactlyElementsOf(SNAPSHOT_ANSWERED);
        assertThat(deskListener.await("SINGLECALL_META_SNAPSHOT_ENDED"))
                .containsExactlyElementsOf(asListener(SNAPSHOT_ANSWERED));
    }

    @Test
    void theReceiverOperatesTheCallAndNothingIsLeftInEitherProvider() throws Exception {
        router.handoff(answeredCall(), "desk");
        Call call = deskCall();

        call.getConnections()[1].disconnect();

        List<String> expected = lines(SNAPSHOT_ANSWERED, "-- META_CALL_ENDING", disconnected("1002", "1002"),
                disconnected("1001", "1001"), invalid());
        assertThat(deskObserver.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(deskListener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
        assertThat(call.getState()).isEqualTo(Call.INVALID);
        assertThat(router.holdings()).isEqualTo("calls=0 legs=0 subscribers=2");
        assertThat(desk.holdings()).isEqualTo("calls=0 legs=0 subscribers=2");
    }

    @Test
    void aRingingInboundCallIsAnsweredByTheReceiverThenTheUserHangsUp() throws Exception {
        Call routed = ringingInboundCall();

        router.handoff(routed, "desk");
        Call call = deskCall();
        assertThat(describe(call)).containsExactly(FAR + " ESTABLISHED", "1001 ALERTING [1001 RINGING]");
        assertThat(((CallControlCall) call).getCallingAddress().getName()).isEqualTo(FAR);
        TerminalConnection ringing = call.getConnections()[1].getTerminalConnections()[0];
        ringing.answer();
        assertThat(describe(call)).containsExactly(FAR + " ESTABLISHED", "1001 ESTABLISHED [1001 TALKING]");
        lab.party("1001").hangUp();

        List<String> expected = lines(SNAPSHOT_RINGING, answered("1001", "1001"), "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected(FAR), invalid());
        assertThat(deskObserver.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(routerObserver.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(INBOUND_RINGING,
                "-- META_CALL_ENDING", disconnected(FAR), disconnected("1001", "1001"), invalid()));
        assertThat(router.holdings()).isEqualTo("calls=0 legs=0 subscribers=2");
        assertThat(desk.holdings()).isEqualTo("calls=0 legs=0 subscribers=2");
    }

    @Test
    void aUserAnsweringAfterTheHandoffIsHeardByTheReceiver() throws Exception {
        router.handoff(ringingInboundCall(), "desk");
        Call call = deskCall();

        lab.party("1001").answer();

        assertThat(deskObserver.await("CallCtlConnEstablishedEv 1001"))
                .containsExactlyElementsOf(lines(SNAPSHOT_RINGING, answered("1001", "1001")));
        assertThat(describe(call)).containsExactly(FAR + " ESTABLISHED", "1001 ESTABLISHED [1001 TALKING]");
    }

    @Test
    void aFarEndThatAnswersLaterAnswersTheReceiver() throws Exception {
        lab.party(FAR).willAnswerAfter(Duration.ofSeconds(5));
        Connection[] c = lab.connect("1001", FAR);
        routerObserver.await("CallCtlConnNetworkAlertingEv " + FAR);

        router.handoff(c[0].getCall(), "desk");
        Call call = deskCall();
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", FAR + " NETWORK_ALERTING");
        lab.clock.advance(Duration.ofSeconds(5));

        assertThat(deskObserver.await("CallCtlConnEstablishedEv " + FAR)).containsExactly("-- META_SNAPSHOT",
                "CallActiveEv", "ConnConnectedEv 1001", "CallCtlConnEstablishedEv 1001", "TermConnActiveEv 1001",
                "CallCtlTermConnTalkingEv 1001", "ConnAlertingEv " + FAR, "CallCtlConnNetworkAlertingEv " + FAR,
                "-- META_CALL_PROGRESS", "ConnConnectedEv " + FAR, "CallCtlConnEstablishedEv " + FAR);
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", FAR + " ESTABLISHED");
        assertThat(routerObserver.await("CallObservationEndedEv")).doesNotContain("ConnConnectedEv " + FAR)
                .endsWith(invalid().toArray(new String[0]));
    }

    @Test
    void aHandedCallCanBeHandedOnAgain() throws Exception {
        router.register("router");
        router.handoff(answeredCall(), "desk");
        Call atDesk = deskCall();
        routerObserver.await("CallObservationEndedEv");
        routerObserver.clear();

        desk.handoff(atDesk, "router");

        assertThat(routerObserver.await("CallCtlTermConnTalkingEv 1002")).containsExactlyElementsOf(SNAPSHOT_ANSWERED);
        assertThat(atDesk.getState()).isEqualTo(Call.INVALID);
        assertThat(describe(router.getCalls()[0]))
                .containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ESTABLISHED [1002 TALKING]");
        assertThat(deskObserver.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(SNAPSHOT_ANSWERED,
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()));
    }

    @Test
    void aSecuredCallArrivesSecured() throws Exception {
        Call call = answeredCall();
        ((SecureCall) call).secure();

        router.handoff(call, "desk");

        SecureCall atDesk = (SecureCall) deskCall();
        assertThat(atDesk.isSecure()).isTrue();
        List<String> expected = lines(SNAPSHOT_ANSWERED);
        expected.add(2, "PrivateCallEv"); // the snapshot says it is secured right after it is active
        assertThat(deskObserver.await("CallCtlTermConnTalkingEv 1002")).containsExactlyElementsOf(expected);
    }

    @Test
    void aParkedCallHandedOffRingsItsParkerAgainAtTheReceiver() throws Exception {
        try (SimLab parking = new SimLab(ParkTest.PLAN)) {
            ProviderImpl attendant = parking.openAnother();
            attendant.register("attendant");
            Recorder atAttendant = new Recorder();
            attendant.getAddress("1002").addCallObserver(atAttendant);
            Recorder atRouter = new Recorder();
            parking.address("1002").addCallObserver(atRouter);
            Connection[] parts = parking.connect("1001", "1002");
            atRouter.await("CallCtlTermConnRingingEv 1002");
            parts[1].getTerminalConnections()[0].answer();
            ((CallControlConnection) parts[0]).park("7001");

            parking.provider.handoff(parts[1].getCall(), "attendant");
            atAttendant.await("CallCtlConnQueuedEv 7001");
            Call call = attendant.getCalls()[0];
            assertThat(describe(call)).containsExactly("1002 ESTABLISHED [1002 TALKING]", "7001 QUEUED");
            parking.clock.advance(ParkTest.PLAN.parkRecall());

            atAttendant.await("CallCtlConnDisconnectedEv 7001");
            // The parker rings in the switch's next signal, after the recall's batch: wait for it.
            atAttendant.await("CallCtlTermConnRingingEv 1001");
            assertThat(describe(call)).containsExactly("1002 ESTABLISHED [1002 TALKING]", "1001 ALERTING [1001 RINGING]");
        }
    }

    @Test
    void aCallHandedOffWhileDiallingGoesOnWithTheDigitsDialledSoFar() throws Exception {
        CallControlCall call = (CallControlCall) router.createCall();
        CallControlConnection dialling = (CallControlConnection) call.offHook(lab.address("1001"),
                lab.terminal("1001"));
        dialling.addToAddress("555");

        router.handoff(call, "desk");
        CallControlCall atDesk = (CallControlCall) deskCall();
        assertThat(describe(atDesk)).containsExactly("1001 DIALING [1001 TALKING]");
        ((CallControlConnection) atDesk.getConnections()[0]).addToAddress("0100#");

        deskObserver.await("CallCtlConnNetworkAlertingEv " + FAR);
        assertThat(atDesk.getCalledAddress().getName()).isEqualTo(FAR);
        assertThat(describe(atDesk)).containsExactly("1001 ESTABLISHED [1001 TALKING]", FAR + " NETWORK_ALERTING");
    }

    // ---- which provider a call that starts at the switch goes to --------------------------------

    @Test
    void aCallComingInGoesToTheFirstProviderWatchingTheAddress() throws Exception {
        Recorder atDesk = new Recorder();
        desk.getAddress("1003").addCallObserver(atDesk);

        lab.sim.call(FAR, "1003");

        atDesk.await("CallCtlTermConnRingingEv 1003");
        assertThat(desk.getCalls()).hasSize(1);
        assertThat(router.getCalls()).isNull();
    }

    @Test
    void aCallNobodyWatchesGoesToTheFirstProvider() throws Exception {
        Recorder atRouter = new Recorder();
        lab.address("1005").addCallObserver(atRouter);

        lab.party("1004").dial("1005"); // nobody watches 1004, where this call starts

        atRouter.await("CallCtlTermConnRingingEv 1005");
        assertThat(router.getCalls()).hasSize(1);
        assertThat(desk.getCalls()).isNull();
    }

    @Test
    void aUserDiallingAtAWatchedPhoneGoesToTheProviderWatchingIt() throws Exception {
        Recorder atDesk = new Recorder();
        desk.getTerminal("1003").addCallObserver(atDesk);

        lab.party("1003").dial("1004");

        atDesk.await("CallCtlConnAlertingEv 1004");
        assertThat(desk.getCalls()).hasSize(1);
        assertThat(router.getCalls()).isNull();
    }

    // ---- refusals: nothing changes ----------------------------------------------------------------

    /** The call is as it was and the router heard nothing since: its next events are the drop's. */
    private void assertUntouched(Call call) throws Exception {
        assertThat(describe(call)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ESTABLISHED [1002 TALKING]");
        ((CallControlCall) call).drop();
        assertThat(routerObserver.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(ANSWERED_CALL,
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("1002", "1002"), invalid()));
        if (desk.getState() != Provider.SHUTDOWN) {
            assertThat(desk.holdings()).isEqualTo("calls=0 legs=0 subscribers=2"); // after anything posted to it
        }
        assertThat(deskObserver.lines()).isEmpty();
    }

    @Test
    void handingToANameNobodyRegisteredIsRefused() throws Exception {
        Call call = answeredCall();

        assertThatThrownBy(() -> router.handoff(call, "nobody")).isInstanceOf(InvalidPartyException.class)
                .hasMessage("no running application named 'nobody' on the switch of provider " + router.getName())
                .satisfies(e -> assertThat(((InvalidPartyException) e).getType())
                        .isEqualTo(InvalidPartyException.DESTINATION_PARTY));
        assertUntouched(call);
    }

    @Test
    void handingToAProviderThatShutDownIsRefused() throws Exception {
        Call call = answeredCall();
        desk.shutdown();

        assertThatThrownBy(() -> router.handoff(call, "desk")).isInstanceOf(InvalidPartyException.class)
                .hasMessageContaining("no running application named 'desk'");
        assertThat(desk.getApplications()).isEmpty();
        assertUntouched(call);
    }

    @Test
    void handingToANameGivenUpIsRefused() throws Exception {
        Call call = answeredCall();
        desk.unregister("desk");

        assertThatThrownBy(() -> router.handoff(call, "desk")).isInstanceOf(InvalidPartyException.class);
        assertUntouched(call);
    }

    @Test
    void handingToItsOwnNameIsRefused() throws Exception {
        router.register("router");
        Call call = answeredCall();

        assertThatThrownBy(() -> router.handoff(call, "router")).isInstanceOf(InvalidPartyException.class)
                .hasMessage("application 'router' is this provider's own; the call is already there");
        assertUntouched(call);
    }

    @Test
    void badArgumentsAreRefused() throws Exception {
        Call call = answeredCall();
        Call foreign = desk.createCall();

        assertThatThrownBy(() -> router.handoff(null, "desk")).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("the call to hand off is null");
        assertThatThrownBy(() -> router.handoff(foreign, "desk")).isInstanceOf(InvalidArgumentException.class)
                .hasMessage(foreign + " is not a call of provider " + router.getName());
        assertThatThrownBy(() -> router.handoff(call, null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("the application name is null");
        assertThatThrownBy(() -> router.handoff(call, "")).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("the application name is empty");
        assertThatThrownBy(() -> router.handoff(call, "desk ")).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("application name 'desk ' has whitespace at an end");
        assertUntouched(call);
    }

    @Test
    void onlyAnActiveCallCanBeHandedOff() throws Exception {
        Call idle = router.createCall();
        Call call = answeredCall();
        ((CallControlCall) call).drop();

        assertThatThrownBy(() -> router.handoff(idle, "desk")).isInstanceOf(InvalidStateException.class)
                .hasMessage(idle + " is IDLE; handoff needs an ACTIVE call");
        assertThatThrownBy(() -> router.handoff(call, "desk")).isInstanceOf(InvalidStateException.class)
                .hasMessage(call + " is INVALID; handoff needs an ACTIVE call");
        assertThat(desk.getCalls()).isNull();
    }

    @Test
    void aShutDownProviderHandsNothingOffAndRegistersNothing() throws Exception {
        Call call = answeredCall();
        router.shutdown();

        assertThatThrownBy(() -> router.handoff(call, "desk")).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> router.register("router")).isInstanceOf(InvalidStateException.class);
        router.unregister("router"); // harmless
        assertThat(desk.getCalls()).isNull();
    }

    // ---- names ------------------------------------------------------------------------------------

    @Test
    void aNameBelongsToOneProviderUntilItIsGivenUpOrItsProviderShutsDown() throws Exception {
        assertThatThrownBy(() -> router.register("desk")).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("application name 'desk' is registered by another provider of the switch");

        desk.register("desk"); // again: harmless
        desk.register("desk-2");
        assertThat(desk.getApplications()).containsExactly("desk", "desk-2");
        assertThat(router.getApplications()).isEmpty();

        desk.unregister("desk");
        router.register("desk");
        assertThat(router.getApplications()).containsExactly("desk");
        desk.shutdown();
        router.register("desk-2");
        assertThat(router.getApplications()).containsExactly("desk", "desk-2");
    }

    @Test
    void badNamesAreRefused() {
        assertThatThrownBy(() -> router.register(null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("the application name is null");
        assertThatThrownBy(() -> router.register("")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> router.register(" x")).isInstanceOf(InvalidArgumentException.class);
        router.unregister(null); // harmless
        assertThat(router.getApplications()).isEmpty();
    }

    @Test
    void theProviderSaysItOffersHandoff() {
        assertThat(router.isSupported(Extension.HANDOFF)).isTrue();
    }
}
