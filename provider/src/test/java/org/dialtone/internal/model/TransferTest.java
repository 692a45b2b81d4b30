package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.held;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.joinedRinging;
import static org.dialtone.internal.model.Sequences.joinedTalking;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.time.Duration;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Event;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlForwarding;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.capabilities.CallControlCallCapabilities;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.dialtone.ext.SecureCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Transfer: 1001 talks to 1002, consults 1003 and hands 1002 over to it (transfer(Call)), or sends
 * 1002 straight to another number (transfer(String)). The controller 1001 leaves both calls, the
 * parties end up in the first call, and every subscriber hears it as one transfer: observers under
 * META_CALL_TRANSFERRING, listeners inside one MULTICALL_META_TRANSFER bracket. A transfer that
 * cannot happen throws and leaves both calls as they were.
 */
class TransferTest {
    private final SimLab lab = new SimLab();
    /** Observer and listener of the controller's address 1001, which hear both calls. */
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    /** Observer of the first call itself, which stays with it after the transfer. */
    private final Recorder stays = new Recorder();
    private CallControlCall first;
    private Connection[] talking;
    private CallControlCall consultation;
    private Connection[] consulted;

    private static final List<String> FIRST_TALKING = lines(connect("1001", "1002"), ringing("1002", "1002"),
            answered("1002", "1002"));
    private static final List<String> CONSULTING = lines(held("1001", true), connect("1001", "1003"),
            ringing("1003", "1003"));

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private static CallControlTerminalConnection tc(Connection c) {
        return (CallControlTerminalConnection) c.getTerminalConnections()[0];
    }

    /** 1001 talks to 1002, observed from 1001's address and by the call itself. */
    private void talk() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        first = lab.newCall();
        first.addObserver(stays);
        talking = first.connect(lab.terminal("1001"), lab.address("1001"), "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        tc(talking[1]).answer();
        observer.await("CallCtlConnEstablishedEv 1002");
    }

    /** {@link #talk}, then 1001 consults 1003, who answers if {@code answer}. */
    private void consult(boolean answer) throws Exception {
        talk();
        consultation = lab.newCall();
        consulted = consultation.consult(tc(talking[0]), "1003");
        observer.await("CallCtlTermConnRingingEv 1003");
        if (answer) {
            tc(consulted[1]).answer();
            observer.await("CallCtlConnEstablishedEv 1003");
        }
    }

    private void assertHeardByTheController(List<String> expected) throws InterruptedException {
        assertThat(SimLab.awaitTimes(observer, "CallObservationEndedEv", 2)).containsExactlyElementsOf(expected);
        assertThat(SimLab.awaitTimes(listener, "CALL_EVENT_TRANSMISSION_ENDED", 2))
                .containsExactlyElementsOf(asListener(expected));
    }

    // ---- transfer(Call) ---------------------------------------------------------------------------

    @Test
    void consultationTransferLeavesTheOtherPartiesTalkingInTheFirstCall() throws Exception {
        consult(true);
        TerminalConnection controller = talking[0].getTerminalConnections()[0];
        TerminalConnection movedAway = consulted[1].getTerminalConnections()[0];

        first.transfer(consultation);

        assertThat(first.getState()).isEqualTo(Call.ACTIVE);
        assertThat(describe(first)).containsExactly("1002 ESTABLISHED [1002 TALKING]", "1003 ESTABLISHED [1003 TALKING]");
        assertThat(consultation.getState()).isEqualTo(Call.INVALID);
        assertThat(consultation.getConnections()).isNull();
        assertThat(describe(talking[0])).isEqualTo("1001 DISCONNECTED");
        assertThat(describe(controller)).isEqualTo("1001 DROPPED");
        assertThat(describe(consulted[0])).isEqualTo("1001 DISCONNECTED");
        assertThat(describe(consulted[1])).as("1003's connection of the consultation").isEqualTo("1003 DISCONNECTED");
        assertThat(describe(movedAway)).isEqualTo("1003 DROPPED");
        assertThat(lab.provider.getCalls()).containsExactly(first);
        assertThat(lab.party("1002").isHeld()).as("the controller's hold ended with it").isFalse();

        assertHeardByTheController(lines(FIRST_TALKING, CONSULTING, answered("1003", "1003"),
                "-- META_CALL_TRANSFERRING", disconnected("1001", "1001"), joinedTalking("1003", "1003"),
                disconnected("1001", "1001"), disconnected("1003", "1003"), "CallInvalidEv",
                "-- META_UNKNOWN", "CallObservationEndedEv", "-- META_UNKNOWN", "CallObservationEndedEv"));
        first.drop();
        List<String> firstCall = lines(FIRST_TALKING, held("1001", true), "-- META_CALL_TRANSFERRING",
                disconnected("1001", "1001"), joinedTalking("1003", "1003"), "-- META_CALL_ENDING",
                disconnected("1002", "1002"), disconnected("1003", "1003"), invalid());
        assertThat(stays.await("CallObservationEndedEv")).containsExactlyElementsOf(firstCall);
    }

    @Test
    void listenersHearOneTransferBracketNamingTheNewAndTheOldCalls() throws Exception {
        consult(true);
        EventLog events = new EventLog();
        lab.address("1002").addCallListener(events);

        first.transfer(consultation);

        MultiCallMetaEvent started = (MultiCallMetaEvent) events.heard(
                MultiCallMetaEvent.MULTICALL_META_TRANSFER_STARTED, e -> true);
        assertThat(started.getNewCall()).isSameAs(first);
        assertThat(started.getOldCalls()).containsExactly(first, consultation);
        Event disconnected = events.heard(CallControlConnectionEvent.CALLCTL_CONNECTION_DISCONNECTED, e -> true);
        assertThat(disconnected.getMetaEvent()).isSameAs(started);
        assertThat(((CallControlConnectionEvent) disconnected).getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_TRANSFER);
        MultiCallMetaEvent ended = (MultiCallMetaEvent) events.heard(MultiCallMetaEvent.MULTICALL_META_TRANSFER_ENDED,
                e -> true);
        assertThat(ended.getNewCall()).isSameAs(first);
        assertThat(ended.getOldCalls()).containsExactly(first, consultation);
    }

    @Test
    void observersSeeTheTransferMetaCodeAndCauseOnEveryEvent() throws Exception {
        consult(true);
        EventLog events = new EventLog();
        consultation.addObserver(events);

        first.transfer(consultation);

        CallCtlConnDisconnectedEv gone = events.observed(CallCtlConnDisconnectedEv.class);
        assertThat(gone.getMetaCode()).isEqualTo(Ev.META_CALL_TRANSFERRING);
        assertThat(gone.getCallControlCause()).isEqualTo(CallCtlEv.CAUSE_TRANSFER);
        assertThat(gone.getCause()).isEqualTo(Ev.CAUSE_NORMAL);
    }

    @Test
    void transferToAPartyStillRingingMovesItRingingAndItAnswersInTheFirstCall() throws Exception {
        consult(false);

        first.transfer(consultation);

        assertThat(describe(first)).containsExactly("1002 ESTABLISHED [1002 TALKING]", "1003 ALERTING [1003 RINGING]");
        lab.party("1003").answer();
        stays.await("CallCtlConnEstablishedEv 1003");
        assertThat(describe(first)).containsExactly("1002 ESTABLISHED [1002 TALKING]",
                "1003 ESTABLISHED [1003 TALKING]");
        assertHeardByTheController(lines(FIRST_TALKING, CONSULTING, "-- META_CALL_TRANSFERRING",
                disconnected("1001", "1001"), joinedRinging("1003", "1003"), disconnected("1001", "1001"),
                disconnected("1003", "1003"), "CallInvalidEv", "-- META_UNKNOWN", "CallObservationEndedEv",
                "-- META_UNKNOWN", "CallObservationEndedEv"));
        first.drop();
        assertThat(stays.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(FIRST_TALKING,
                held("1001", true), "-- META_CALL_TRANSFERRING", disconnected("1001", "1001"),
                joinedRinging("1003", "1003"), answered("1003", "1003"), "-- META_CALL_ENDING",
                disconnected("1002", "1002"), disconnected("1003", "1003"), invalid()));
    }

    @Test
    void anExternalPartyMovedWhileRingingKeepsItsNoAnswerTimeout() throws Exception {
        talk();
        consultation = lab.newCall();
        consulted = consultation.consult(tc(talking[0]), "5550100");
        observer.await("CallCtlConnNetworkAlertingEv 5550100");

        first.transfer(consultation);
        assertThat(describe(first)).containsExactly("1002 ESTABLISHED [1002 TALKING]", "5550100 NETWORK_ALERTING");
        lab.clock.advance(Duration.ofSeconds(30));

        stays.await("CallCtlConnFailedEv 5550100");
        assertThat(describe(first)).containsExactly("1002 ESTABLISHED [1002 TALKING]", "5550100 FAILED");
    }

    @Test
    void theTransferControllerMayHoldTheConsultationInstead() throws Exception {
        consult(true);
        tc(talking[0]).unhold(); // swapped by hand: the first call talks, the consultation is held
        tc(consulted[0]).hold();

        consultation.transfer(first);

        assertThat(first.getState()).isEqualTo(Call.INVALID);
        assertThat(describe(consultation)).containsExactly("1003 ESTABLISHED [1003 TALKING]",
                "1002 ESTABLISHED [1002 TALKING]");
    }

    @Test
    void theControllerTheApplicationSetIsTheOneThatLeaves() throws Exception {
        consult(true);
        TerminalConnection controller = talking[0].getTerminalConnections()[0];
        first.setTransferController(controller);
        consultation.setTransferController(consulted[0].getTerminalConnections()[0]);

        assertThat(first.getTransferController()).isSameAs(controller);
        first.transfer(consultation);

        assertThat(describe(controller)).isEqualTo("1001 DROPPED");
        assertThat(first.getTransferController()).as("reset once it left the call").isNull();
    }

    // ---- transfer(String) -------------------------------------------------------------------------

    @Test
    void blindTransferRingsTheDestinationAndDropsTheController() throws Exception {
        talk();

        Connection moved = first.transfer("1003");

        assertThat(moved.getAddress()).isSameAs(lab.address("1003"));
        assertThat(moved.getCall()).isSameAs(first);
        assertThat(describe(first)).containsExactly("1002 ESTABLISHED [1002 TALKING]", "1003 ALERTING [1003 RINGING]");
        assertThat(describe(talking[0])).isEqualTo("1001 DISCONNECTED");
        List<String> heard = lines(FIRST_TALKING, "-- META_CALL_TRANSFERRING", disconnected("1001", "1001"),
                joinedRinging("1003", "1003"), "-- META_UNKNOWN", "CallObservationEndedEv");
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(heard);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(heard));

        tc(moved).answer();
        first.drop();
        assertThat(stays.await("CallObservationEndedEv")).containsExactlyElementsOf(lines(FIRST_TALKING,
                "-- META_CALL_TRANSFERRING", disconnected("1001", "1001"), joinedRinging("1003", "1003"),
                answered("1003", "1003"), "-- META_CALL_ENDING", disconnected("1002", "1002"),
                disconnected("1003", "1003"), invalid()));
    }

    @Test
    void blindTransferIsOneBracketWhoseNewAndOldCallAreTheCall() throws Exception {
        talk();
        EventLog events = new EventLog();
        first.addCallListener(events);

        first.transfer("1003");

        MultiCallMetaEvent started = (MultiCallMetaEvent) events.heard(
                MultiCallMetaEvent.MULTICALL_META_TRANSFER_STARTED, e -> true);
        assertThat(started.getNewCall()).isSameAs(first);
        assertThat(started.getOldCalls()).containsExactly(first);
    }

    @Test
    void blindTransferToAnExternalNumberMovesTheCallOutOfTheSwitch() throws Exception {
        lab.party("5550100").willAnswer();
        talk();

        Connection moved = first.transfer("5550100");

        stays.await("CallCtlConnEstablishedEv 5550100");
        assertThat(describe(first)).containsExactly("1002 ESTABLISHED [1002 TALKING]", "5550100 ESTABLISHED");
        assertThat(describe(moved)).isEqualTo("5550100 ESTABLISHED");
    }

    @Test
    void blindTransferToAForwardedAddressEndsWhereItForwards() throws Exception {
        ((CallControlAddress) lab.address("1003")).setForwarding(
                new CallControlForwarding[] {new CallControlForwarding("1004")});
        talk();

        Connection moved = first.transfer("1003");

        assertThat(moved.getAddress()).isSameAs(lab.address("1004"));
        assertThat(describe(first)).containsExactly("1002 ESTABLISHED [1002 TALKING]", "1004 ALERTING [1004 RINGING]");
        assertThat(describe(talking[0])).isEqualTo("1001 DISCONNECTED");
    }

    @Test
    void blindTransferToABusyDestinationThrowsAndLeavesTheCallAsItWas() throws Exception {
        lab.party("1003").willBeBusy();
        talk();

        assertThatThrownBy(() -> first.transfer("1003")).isInstanceOfSatisfying(InvalidPartyException.class, e -> {
            assertThat(e.getType()).isEqualTo(InvalidPartyException.DESTINATION_PARTY);
            assertThat(e.getMessage()).contains("1003", "BUSY", "as it was");
        });

        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ESTABLISHED [1002 TALKING]");
        assertNothingElseHeard();
    }

    @Test
    void blindTransferToAnUnknownOrUndiallableNumberIsRefused() throws Exception {
        lab.party("5550199").willBeUnknown();
        talk();

        assertThatThrownBy(() -> first.transfer("5550199")).isInstanceOf(InvalidPartyException.class)
                .hasMessageContaining("5550199");
        assertThatThrownBy(() -> first.transfer("abc")).isInstanceOf(InvalidPartyException.class)
                .hasMessageContaining("'abc'");
        assertThatThrownBy(() -> first.transfer("1002")).isInstanceOf(InvalidPartyException.class)
                .hasMessageContaining("in it already");

        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ESTABLISHED [1002 TALKING]");
        assertNothingElseHeard();
    }

    @Test
    void blindTransferToAPartyInASecuredCallFindsItBusy() throws Exception {
        Recorder elsewhere = new Recorder();
        lab.address("1003").addCallObserver(elsewhere);
        Connection[] secured = lab.connect("1003", "1004");
        elsewhere.await("CallCtlTermConnRingingEv 1004");
        tc(secured[1]).answer();
        ((SecureCall) secured[0].getCall()).secure();
        talk();

        assertThatThrownBy(() -> first.transfer("1003")).isInstanceOfSatisfying(InvalidPartyException.class,
                e -> assertThat(e.getMessage()).contains("1003", "busy", "secured", "as it was"));

        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ESTABLISHED [1002 TALKING]");
        assertNothingElseHeard();
    }

    @Test
    void blindTransferNeedsATalkingController() throws Exception {
        talk();
        tc(talking[0]).hold();
        tc(talking[1]).hold();

        assertThatThrownBy(() -> first.transfer("1003")).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("needs a TALKING terminal connection");
        first.setTransferController(talking[0].getTerminalConnections()[0]);
        assertThatThrownBy(() -> first.transfer("1003")).isInstanceOfSatisfying(InvalidStateException.class, e -> {
            assertThat(e.getObject()).isSameAs(talking[0].getTerminalConnections()[0]);
            assertThat(e.getMessage()).contains("HELD", "controller TALKING");
        });
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 HELD]", "1002 ESTABLISHED [1002 HELD]");
    }

    /** Drops the first call and checks the controller heard nothing but the call and its end. */
    private void assertNothingElseHeard() throws Exception {
        first.drop();
        List<String> expected = lines(FIRST_TALKING, "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1002", "1002"), invalid());
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    // ---- refusals of transfer(Call) ---------------------------------------------------------------

    @Test
    void transferToAnIdleCallIsRefusedAndChangesNothing() throws Exception {
        talk();
        CallControlCall idle = lab.newCall();

        assertThatThrownBy(() -> first.transfer(idle)).isInstanceOfSatisfying(InvalidStateException.class, e -> {
            assertThat(e.getObject()).isSameAs(idle);
            assertThat(e.getMessage()).contains("IDLE", "transfer needs ACTIVE calls");
        });
        assertThat(idle.getState()).isEqualTo(Call.IDLE);
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ESTABLISHED [1002 TALKING]");
        assertNothingElseHeard();
    }

    @Test
    void transferWithItselfNullOrAForeignCallIsAnInvalidArgument() throws Exception {
        talk();

        assertThatThrownBy(() -> first.transfer(first)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("another call than " + first);
        assertThatThrownBy(() -> first.transfer((Call) null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("got null");
        try (SimLab other = new SimLab()) {
            Call foreign = other.connect("1001", "1002")[0].getCall();
            assertThatThrownBy(() -> first.transfer(foreign)).isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("is not a call of provider " + lab.provider.getName());
        }
        assertNothingElseHeard();
    }

    @Test
    void transferWithACallThatHasNoCommonTerminalIsRefusedAndChangesNothing() throws Exception {
        talk();
        Recorder elsewhere = new Recorder();
        lab.address("1003").addCallObserver(elsewhere);
        Connection[] unrelated = lab.connect("1003", "1004");
        elsewhere.await("CallCtlTermConnRingingEv 1004");
        tc(unrelated[1]).answer();
        elsewhere.await("CallCtlConnEstablishedEv 1004");

        assertThatThrownBy(() -> first.transfer(unrelated[0].getCall())).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("no terminal in common");
        assertThat(describe(unrelated[0].getCall())).containsExactly("1003 ESTABLISHED [1003 TALKING]",
                "1004 ESTABLISHED [1004 TALKING]");
        assertNothingElseHeard();
    }

    @Test
    void transferWhoseCommonTerminalOnlyRingsIsAnInvalidState() throws Exception {
        talk();
        Recorder elsewhere = new Recorder();
        lab.address("1003").addCallObserver(elsewhere);
        Connection[] ringingAtTheController = lab.connect("1003", "1001");
        elsewhere.await("CallCtlTermConnRingingEv 1001");
        TerminalConnection ringing = ringingAtTheController[1].getTerminalConnections()[0];

        assertThatThrownBy(() -> first.transfer(ringingAtTheController[0].getCall()))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(ringing);
                    assertThat(e.getMessage()).contains("RINGING", "transfer needs controllers TALKING or HELD");
                });
        assertThat(describe(ringingAtTheController[0].getCall())).containsExactly("1003 ESTABLISHED [1003 TALKING]",
                "1001 ALERTING [1001 RINGING]");
        ((CallControlCall) ringingAtTheController[0].getCall()).drop();
        assertNothingElseHeardButTheRingingCall();
    }

    /** Like {@link #assertNothingElseHeard}, when a call also rang at the controller and was dropped. */
    private void assertNothingElseHeardButTheRingingCall() throws Exception {
        SimLab.awaitTimes(observer, "CallObservationEndedEv", 1);
        first.drop();
        List<String> all = SimLab.awaitTimes(observer, "CallObservationEndedEv", 2);
        assertThat(all).containsSubsequence(lines(FIRST_TALKING, "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1002", "1002"), invalid()));
        assertThat(all).doesNotContain("-- META_CALL_TRANSFERRING");
    }

    @Test
    void transferOfACallWithTransferDisabledIsRefused() throws Exception {
        talk();
        consultation = lab.newCall();
        consultation.setTransferEnable(false);
        consulted = consultation.consult(tc(talking[0]), "1003");
        observer.await("CallCtlTermConnRingingEv 1003");

        assertThatThrownBy(() -> first.transfer(consultation)).isInstanceOfSatisfying(InvalidStateException.class,
                e -> {
                    assertThat(e.getObject()).isSameAs(consultation);
                    assertThat(e.getMessage()).contains("transfer is disabled");
                });
        assertThat(describe(consultation)).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1003 ALERTING [1003 RINGING]");
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 HELD]", "1002 ESTABLISHED [1002 TALKING]");
    }

    // ---- settings and capabilities ----------------------------------------------------------------

    @Test
    void transferSettingsKeepTheSpecsStateRules() throws Exception {
        CallControlCall idle = lab.newCall();
        assertThat(idle.getTransferEnable()).as("transfer is enabled by default").isTrue();
        assertThat(idle.getTransferController()).isNull();
        idle.setTransferEnable(false);
        assertThat(idle.getTransferEnable()).isFalse();
        idle.setTransferEnable(true);
        talk();

        assertThatThrownBy(() -> first.setTransferEnable(false)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("setTransferEnable needs an IDLE call");
        assertThatThrownBy(() -> idle.setTransferController(talking[0].getTerminalConnections()[0]))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("needs an ACTIVE call");
        Connection elsewhere = lab.newCall().offHook(lab.address("1004"), lab.terminal("1004"));
        assertThatThrownBy(() -> first.setTransferController(elsewhere.getTerminalConnections()[0]))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("is not part of " + first);
        assertThatThrownBy(() -> first.setTransferController(null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("the controller is null");
        assertThat(first.getTransferEnable()).isTrue();
        assertThat(first.getTransferController()).isNull();
    }

    @Test
    void transferCapabilitiesFollowTheCall() throws Exception {
        CallControlCall idle = lab.newCall();
        assertThat(transferCapabilities(idle)).containsExactly(false, false, false, true);
        talk();
        assertThat(transferCapabilities(first)).containsExactly(true, true, true, false);
        tc(talking[0]).hold();
        tc(talking[1]).hold();
        assertThat(transferCapabilities(first)).as("held: to a call yes, blind no").containsExactly(true, false, true,
                false);
        first.drop();
        assertThat(transferCapabilities(first)).containsOnly(false);
    }

    /** canTransfer(Call), canTransfer(String), canSetTransferController, canSetTransferEnable. */
    private List<Boolean> transferCapabilities(CallControlCall call) throws Exception {
        CallControlCallCapabilities now = (CallControlCallCapabilities) call.getCapabilities(lab.terminal("1001"),
                lab.address("1001"));
        return List.of(now.canTransfer(consultation), now.canTransfer("1003"), now.canSetTransferController(),
                now.canSetTransferEnable());
    }
}
