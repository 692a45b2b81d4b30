package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.held;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.joinedTalking;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Event;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.capabilities.CallControlCallCapabilities;
import javax.telephony.callcontrol.events.CallCtlEv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Conference: 1001 talks to 1002, consults 1003 and merges the consultation into the first call
 * (conference(Call)), or adds 1003 directly (addParty). The controller's two terminal connections
 * become one, talking; the other call's parties move in; observers hear META_CALL_MERGING,
 * listeners one MULTICALL_META_MERGE bracket. A party leaving a conference leaves the others
 * talking; the call ends when fewer than two are left.
 */
class ConferenceTest {
    private final SimLab lab = new SimLab();
    /** Observer and listener of the controller's address 1001. */
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private CallControlCall first;
    private Connection[] talking;
    private CallControlCall consultation;
    private Connection[] consulted;

    private static final List<String> FIRST_TALKING = lines(connect("1001", "1002"), ringing("1002", "1002"),
            answered("1002", "1002"));
    private static final List<String> CONSULTED = lines(held("1001", true), connect("1001", "1003"),
            ringing("1003", "1003"), answered("1003", "1003"));
    private static final List<String> MERGED = lines("-- META_CALL_MERGING", "CallCtlTermConnTalkingEv 1001",
            joinedTalking("1003", "1003"), disconnected("1001", "1001"), disconnected("1003", "1003"), "CallInvalidEv",
            "-- META_UNKNOWN", "CallObservationEndedEv");

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private static CallControlTerminalConnection tc(Connection c) {
        return (CallControlTerminalConnection) c.getTerminalConnections()[0];
    }

    private void talk() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        talking = lab.connect("1001", "1002");
        first = (CallControlCall) talking[0].getCall();
        observer.await("CallCtlTermConnRingingEv 1002");
        tc(talking[1]).answer();
        observer.await("CallCtlConnEstablishedEv 1002");
    }

    /** {@link #talk}, then 1001 consults 1003, who answers. */
    private void consult() throws Exception {
        talk();
        consultation = lab.newCall();
        consulted = consultation.consult(tc(talking[0]), "1003");
        observer.await("CallCtlTermConnRingingEv 1003");
        tc(consulted[1]).answer();
        observer.await("CallCtlConnEstablishedEv 1003");
    }

    /** Drops the first call and checks all the controller heard: before, then each party leaving in turn. */
    private void dropAndExpect(List<String> beforeDrop, int callsHeard) throws Exception {
        List<String> leaving = describe(first).stream().map(line -> line.substring(0, 4))
                .flatMap(a -> disconnected(a, a).stream()).toList();
        first.drop();
        List<String> expected = lines(beforeDrop, "-- META_CALL_ENDING", leaving, invalid());
        assertThat(SimLab.awaitTimes(observer, "CallObservationEndedEv", callsHeard)).containsExactlyElementsOf(expected);
        assertThat(SimLab.awaitTimes(listener, "CALL_EVENT_TRANSMISSION_ENDED", callsHeard))
                .containsExactlyElementsOf(asListener(expected));
    }

    // ---- conference(Call) -------------------------------------------------------------------------

    @Test
    void conferenceMergesTheConsultationAndTheControllerTalksToEveryone() throws Exception {
        consult();
        Connection oldThird = consulted[1];

        first.conference(consultation);

        assertThat(first.getState()).isEqualTo(Call.ACTIVE);
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 TALKING]", "1003 ESTABLISHED [1003 TALKING]");
        assertThat(consultation.getState()).isEqualTo(Call.INVALID);
        assertThat(describe(consulted[0])).isEqualTo("1001 DISCONNECTED");
        assertThat(describe(oldThird)).isEqualTo("1003 DISCONNECTED");
        assertThat(lab.party("1002").isHeld()).as("the controller took the conference off hold").isFalse();
        assertThat(lab.provider.getCalls()).containsExactly(first);
        SimLab.awaitTimes(observer, "CallObservationEndedEv", 1);
        dropAndExpect(lines(FIRST_TALKING, CONSULTED, MERGED), 2);
    }

    @Test
    void listenersHearOneMergeBracketWithTheConferenceCause() throws Exception {
        consult();
        EventLog events = new EventLog();
        lab.address("1003").addCallListener(events);

        first.conference(consultation);

        MultiCallMetaEvent started = (MultiCallMetaEvent) events.heard(MultiCallMetaEvent.MULTICALL_META_MERGE_STARTED,
                e -> true);
        assertThat(started.getNewCall()).isSameAs(first);
        assertThat(started.getOldCalls()).containsExactly(first, consultation);
        Event established = events.heard(CallControlConnectionEvent.CALLCTL_CONNECTION_ESTABLISHED,
                e -> e.getMetaEvent() == started);
        assertThat(((CallControlConnectionEvent) established).getCallControlCause())
                .isEqualTo(CallCtlEv.CAUSE_CONFERENCE);
        assertThat(((CallControlConnectionEvent) established).getCall()).isSameAs(first);
        events.heard(MultiCallMetaEvent.MULTICALL_META_MERGE_ENDED, e -> true);
    }

    @Test
    void theConsultationMayBeTheCallThatStays() throws Exception {
        consult();

        consultation.conference(first);

        assertThat(first.getState()).isEqualTo(Call.INVALID);
        assertThat(describe(consultation)).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1003 ESTABLISHED [1003 TALKING]", "1002 ESTABLISHED [1002 TALKING]");
        assertThat(lab.party("1002").isHeld()).as("1001's hold of 1002 ended with its leg").isFalse();
    }

    @Test
    void aPartyLeavingTheConferenceLeavesTheOthersTalkingUntilFewerThanTwoAreLeft() throws Exception {
        consult();
        first.conference(consultation);
        Connection third = first.getConnections()[2];

        third.disconnect();

        assertThat(first.getState()).isEqualTo(Call.ACTIVE);
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ESTABLISHED [1002 TALKING]");
        lab.party("1002").hangUp();
        List<String> heard = SimLab.awaitTimes(observer, "CallObservationEndedEv", 2);
        assertThat(heard).containsExactlyElementsOf(lines(FIRST_TALKING, CONSULTED, MERGED,
                "-- META_CALL_REMOVING_PARTY", disconnected("1003", "1003"), "-- META_CALL_ENDING",
                disconnected("1002", "1002"), disconnected("1001", "1001"), invalid()));
        assertThat(first.getState()).isEqualTo(Call.INVALID);
    }

    @Test
    void theControllerMayLeaveAndTheOthersGoOn() throws Exception {
        consult();
        first.conference(consultation);

        first.getConnections()[0].disconnect();

        assertThat(describe(first)).containsExactly("1002 ESTABLISHED [1002 TALKING]", "1003 ESTABLISHED [1003 TALKING]");
    }

    // ---- addParty ---------------------------------------------------------------------------------

    @Test
    void addPartyCallsAThirdPartyIntoTheCall() throws Exception {
        talk();

        Connection added = first.addParty("1003");

        assertThat(added.getCall()).isSameAs(first);
        assertThat(added.getAddress()).isSameAs(lab.address("1003"));
        observer.await("CallCtlTermConnRingingEv 1003");
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 TALKING]", "1003 ALERTING [1003 RINGING]");
        tc(added).answer();
        assertThat(describe(added)).isEqualTo("1003 ESTABLISHED [1003 TALKING]");
        dropAndExpect(lines(FIRST_TALKING, "-- META_CALL_ADDITIONAL_PARTY", "ConnCreatedEv 1003",
                ringing("1003", "1003"), answered("1003", "1003")), 1);
    }

    @Test
    void addPartyNeedsTwoEstablishedPartiesAndADialableNewOne() throws Exception {
        lab.address("1001").addCallObserver(observer);
        talking = lab.connect("1001", "1002");
        first = (CallControlCall) talking[0].getCall();
        observer.await("CallCtlTermConnRingingEv 1002");

        assertThatThrownBy(() -> first.addParty("1003")).isInstanceOfSatisfying(InvalidStateException.class, e -> {
            assertThat(e.getObject()).isSameAs(first);
            assertThat(e.getMessage()).contains("addParty needs two ESTABLISHED connections");
        });
        tc(talking[1]).answer();
        assertThatThrownBy(() -> first.addParty("abc")).isInstanceOf(InvalidPartyException.class);
        assertThatThrownBy(() -> first.addParty("1002")).isInstanceOf(InvalidPartyException.class)
                .hasMessageContaining("in already");
        assertThatThrownBy(() -> lab.newCall().addParty("1003")).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("IDLE");
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 TALKING]", "1002 ESTABLISHED [1002 TALKING]");
    }

    @Test
    void addPartyAllowsOnlyOnePartyRingingAtATime() throws Exception {
        talk();
        first.addParty("1003");
        observer.await("CallCtlTermConnRingingEv 1003");
        first.addParty("1004");
        observer.await("CallCtlTermConnRingingEv 1004");

        assertThatThrownBy(() -> first.addParty("1005")).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("at most one other connection QUEUED, OFFERED or ALERTING");
        assertThat(describe(first)).hasSize(4);
    }

    // ---- refusals ---------------------------------------------------------------------------------

    @Test
    void conferenceWithAnIdleCallOrOnAnIdleCallIsRefusedAndChangesNothing() throws Exception {
        talk();
        CallControlCall idle = lab.newCall();

        assertThatThrownBy(() -> first.conference(idle)).isInstanceOfSatisfying(InvalidStateException.class, e -> {
            assertThat(e.getObject()).isSameAs(idle);
            assertThat(e.getMessage()).contains("IDLE", "conference needs ACTIVE calls");
        });
        assertThatThrownBy(() -> idle.conference(first)).isInstanceOfSatisfying(InvalidStateException.class,
                e -> assertThat(e.getObject()).isSameAs(idle));
        assertThatThrownBy(() -> first.conference(first)).isInstanceOf(InvalidArgumentException.class);
        assertThat(idle.getState()).isEqualTo(Call.IDLE);
        dropAndExpect(FIRST_TALKING, 1);
    }

    @Test
    void conferenceNeedsOneControllerTalkingAndTheOtherHeld() throws Exception {
        consult();
        tc(talking[0]).unhold(); // now 1001 talks in both calls

        assertThatThrownBy(() -> first.conference(consultation)).isInstanceOfSatisfying(InvalidStateException.class,
                e -> assertThat(e.getMessage()).contains("conference needs one controller TALKING and the other HELD"));
        tc(consulted[0]).hold();
        tc(talking[0]).hold(); // now it holds both

        assertThatThrownBy(() -> first.conference(consultation)).isInstanceOf(InvalidStateException.class);
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 HELD]", "1002 ESTABLISHED [1002 TALKING]");
        assertThat(describe(consultation)).containsExactly("1001 ESTABLISHED [1001 HELD]",
                "1003 ESTABLISHED [1003 TALKING]");
    }

    @Test
    void conferenceWithoutACommonTerminalOrWhenDisabledIsRefused() throws Exception {
        talk();
        Recorder elsewhere = new Recorder();
        lab.address("1003").addCallObserver(elsewhere);
        Connection[] unrelated = lab.connect("1003", "1004");
        elsewhere.await("CallCtlTermConnRingingEv 1004");
        tc(unrelated[1]).answer();
        assertThatThrownBy(() -> first.conference(unrelated[0].getCall())).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("no terminal in common");

        consultation = lab.newCall();
        consultation.setConferenceEnable(false);
        consulted = consultation.consult(tc(talking[0]), "1005");
        assertThatThrownBy(() -> first.conference(consultation)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("conference is disabled");
        assertThat(consultation.getState()).isEqualTo(Call.ACTIVE);
        assertThat(describe(first)).containsExactly("1001 ESTABLISHED [1001 HELD]", "1002 ESTABLISHED [1002 TALKING]");
    }

    // ---- settings and capabilities ----------------------------------------------------------------

    @Test
    void theConferenceControllerTheApplicationSetIsUsedAndResetWhenItLeaves() throws Exception {
        consult();
        first.setConferenceController(talking[0].getTerminalConnections()[0]);
        assertThat(first.getConferenceController()).isSameAs(talking[0].getTerminalConnections()[0]);
        assertThatThrownBy(() -> first.setConferenceController(consulted[1].getTerminalConnections()[0]))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("is not part of");

        first.conference(consultation);
        first.getConnections()[0].disconnect();

        assertThat(first.getConferenceController()).isNull();
    }

    @Test
    void conferenceCapabilitiesFollowTheCall() throws Exception {
        CallControlCall idle = lab.newCall();
        assertThat(conferenceCapabilities(idle)).containsExactly(false, false, false, true, true);
        talk();
        assertThat(conferenceCapabilities(first)).containsExactly(true, true, true, false, false);
        idle.setConferenceEnable(false);
        assertThat(idle.getConferenceEnable()).isFalse();
        assertThatThrownBy(() -> first.setConferenceEnable(false)).isInstanceOf(InvalidStateException.class);
        first.drop();
        assertThat(conferenceCapabilities(first)).containsOnly(false);
    }

    /** canConference, canAddParty, canSetConferenceController, canSetConferenceEnable, canConsult. */
    private List<Boolean> conferenceCapabilities(CallControlCall call) throws Exception {
        CallControlCallCapabilities now = (CallControlCallCapabilities) call.getCapabilities(lab.terminal("1001"),
                lab.address("1001"));
        return List.of(now.canConference(), now.canAddParty(), now.canSetConferenceController(),
                now.canSetConferenceEnable(), now.canConsult());
    }

    @Test
    void droppingAConferenceEndsItForEveryParty() throws Exception {
        consult();
        first.conference(consultation);
        Connection[] all = first.getConnections();

        first.drop();

        assertThat(first.getState()).isEqualTo(Call.INVALID);
        for (Connection c : all) {
            assertThat(((CallControlConnection) c).getCallControlState()).isEqualTo(CallControlConnection.DISCONNECTED);
        }
    }
}
