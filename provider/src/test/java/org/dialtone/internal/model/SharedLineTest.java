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

import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Address 2001 is a shared line on terminals A and B; terminal C carries two addresses, 2002 and
 * 2003. While one terminal of a shared line talks, the others show as passive and can join.
 *
 * <p>Which call-control state the passive terminals show (BRIDGED, "may join", or INUSE) is left
 * open here: these tests read it from the model and only require that it is one of the two
 * passive states and that join works from it.
 */
class SharedLineTest {
    private final SimLab lab = new SimLab(SwitchPlan.builder().address("1001").address("1002").address("2001")
            .address("2002").address("2003").terminal("1001", "1001").terminal("1002", "1002")
            .terminal("A", "2001").terminal("B", "2001").terminal("C", "2002", "2003").build());
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();

    private static final List<String> RINGING_BOTH = lines(connect("1001", "2001"), ringing("2001", "A", "B"));

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private Connection ringingSharedLine() throws Exception {
        lab.address("2001").addCallObserver(observer);
        lab.address("2001").addCallListener(listener);
        Connection[] parts = lab.connect("1001", "2001");
        observer.await("CallCtlTermConnRingingEv B");
        return parts[1];
    }

    private static TerminalConnection at(Connection c, String terminal) {
        for (TerminalConnection tc : c.getTerminalConnections()) {
            if (tc.getTerminal().getName().equals(terminal)) {
                return tc;
            }
        }
        throw new AssertionError("no terminal connection of " + terminal + " on " + c);
    }

    /** The passive call-control state the model chose for a terminal that did not answer. */
    private static TerminalConnectionState passiveStateOf(TerminalConnection tc) {
        assertThat(tc.getState()).isEqualTo(TerminalConnection.PASSIVE);
        int state = ((CallControlTerminalConnection) tc).getCallControlState();
        assertThat(state).isIn(CallControlTerminalConnection.BRIDGED, CallControlTerminalConnection.INUSE);
        return state == CallControlTerminalConnection.BRIDGED ? TerminalConnectionState.BRIDGED
                : TerminalConnectionState.INUSE;
    }

    private static String passiveEvent(TerminalConnectionState passive) {
        return passive == TerminalConnectionState.BRIDGED ? "CallCtlTermConnBridgedEv" : "CallCtlTermConnInUseEv";
    }

    /** A answers: it talks, B goes passive, the line is ESTABLISHED. */
    private static List<String> answeredAtAWithBPassive(TerminalConnectionState passive) {
        return lines("-- META_CALL_PROGRESS", "TermConnActiveEv A", "CallCtlTermConnTalkingEv A", "TermConnPassiveEv B",
                passiveEvent(passive) + " B", "ConnConnectedEv 2001", "CallCtlConnEstablishedEv 2001");
    }

    private void assertBothModelsSaw(List<String> expected) throws Exception {
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    @Test
    void callToASharedLineRingsEveryTerminalOfIt() throws Exception {
        Connection line = ringingSharedLine();

        assertThat(describe(line)).isEqualTo("2001 ALERTING [A RINGING, B RINGING]");
        assertThat(lab.address("2001").getTerminals()).containsExactly(lab.terminal("A"), lab.terminal("B"));
        assertThat(lab.terminal("A").getTerminalConnections()).containsExactly(at(line, "A"));
        assertThat(lab.terminal("B").getTerminalConnections()).containsExactly(at(line, "B"));
        assertThat(observer.lines()).containsExactlyElementsOf(RINGING_BOTH);
    }

    @Test
    void oneTerminalAnswersAndTheOtherGoesPassive() throws Exception {
        Connection line = ringingSharedLine();

        at(line, "A").answer();

        TerminalConnectionState passive = passiveStateOf(at(line, "B"));
        assertThat(describe(line)).isEqualTo("2001 ESTABLISHED [A TALKING, B " + passive + "]");
        line.getCall().getConnections()[0].disconnect();
        assertBothModelsSaw(lines(RINGING_BOTH, answeredAtAWithBPassive(passive), "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("2001", "A", "B"), invalid()));
    }

    @Test
    void userAnsweringAtTheSecondPhoneMakesTheFirstPassive() throws Exception {
        Connection line = ringingSharedLine();

        lab.party("2001").answer("B");
        observer.await("CallCtlConnEstablishedEv 2001");

        TerminalConnectionState passive = passiveStateOf(at(line, "A"));
        assertThat(describe(line)).isEqualTo("2001 ESTABLISHED [A " + passive + ", B TALKING]");
    }

    @Test
    void thePassiveTerminalCannotAnswerAnyMore() throws Exception {
        Connection line = ringingSharedLine();
        at(line, "A").answer();
        TerminalConnection b = at(line, "B");
        TerminalConnectionState passive = passiveStateOf(b);

        assertThatThrownBy(b::answer).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("answer needs a RINGING terminal connection").hasMessageContaining(passive.name());
        assertThat(describe(line)).isEqualTo("2001 ESTABLISHED [A TALKING, B " + passive + "]");
    }

    @Test
    void passiveTerminalJoinsAndBothTalk() throws Exception {
        Connection line = ringingSharedLine();
        at(line, "A").answer();
        TerminalConnectionState passive = passiveStateOf(at(line, "B"));

        ((CallControlTerminalConnection) at(line, "B")).join();

        assertThat(describe(line)).isEqualTo("2001 ESTABLISHED [A TALKING, B TALKING]");
        line.getCall().getConnections()[0].disconnect();
        assertBothModelsSaw(lines(RINGING_BOTH, answeredAtAWithBPassive(passive), "-- META_CALL_ADDITIONAL_PARTY",
                "TermConnActiveEv B", "CallCtlTermConnTalkingEv B", "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("2001", "A", "B"), invalid()));
    }

    @Test
    void oneOfTwoTalkingTerminalsLeavingKeepsTheConnection() throws Exception {
        Connection line = ringingSharedLine();
        TerminalConnection a = at(line, "A");
        a.answer();
        TerminalConnectionState passive = passiveStateOf(at(line, "B"));
        ((CallControlTerminalConnection) at(line, "B")).join();

        ((CallControlTerminalConnection) a).leave();

        assertThat(describe(a)).isEqualTo("A DROPPED");
        assertThat(describe(line.getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "2001 ESTABLISHED [B TALKING]");
        assertThat(lab.terminal("A").getTerminalConnections()).isNull();
        assertThat(line.getCall().getState()).isEqualTo(Call.ACTIVE);

        ((CallControlTerminalConnection) at(line, "B")).leave();

        assertThat(line.getCall().getState()).isEqualTo(Call.INVALID);
        assertThat(describe(line)).isEqualTo("2001 DISCONNECTED");
        assertBothModelsSaw(lines(RINGING_BOTH, answeredAtAWithBPassive(passive), "-- META_CALL_ADDITIONAL_PARTY",
                "TermConnActiveEv B", "CallCtlTermConnTalkingEv B", "-- META_CALL_REMOVING_PARTY",
                "TermConnDroppedEv A", "CallCtlTermConnDroppedEv A", "-- META_CALL_ENDING",
                disconnected("2001", "B"), disconnected("1001", "1001"), invalid()));
    }

    @Test
    void theOnlyTalkingTerminalLeavingDisconnectsTheLineAndEndsTheCall() throws Exception {
        Connection line = ringingSharedLine();
        TerminalConnection a = at(line, "A");
        a.answer();
        TerminalConnectionState passive = passiveStateOf(at(line, "B"));

        ((CallControlTerminalConnection) a).leave();

        assertThat(line.getCall().getState()).isEqualTo(Call.INVALID);
        assertBothModelsSaw(lines(RINGING_BOTH, answeredAtAWithBPassive(passive), "-- META_CALL_ENDING",
                disconnected("2001", "A", "B"), disconnected("1001", "1001"), invalid()));
    }

    @Test
    void passiveTerminalLeavingDropsOnlyItself() throws Exception {
        Connection line = ringingSharedLine();
        at(line, "A").answer();
        TerminalConnection b = at(line, "B");
        TerminalConnectionState passive = passiveStateOf(b);

        ((CallControlTerminalConnection) b).leave();

        assertThat(describe(b)).isEqualTo("B DROPPED");
        assertThat(describe(line)).isEqualTo("2001 ESTABLISHED [A TALKING]");
        line.getCall().getConnections()[0].disconnect();
        assertBothModelsSaw(lines(RINGING_BOTH, answeredAtAWithBPassive(passive), "-- META_CALL_REMOVING_PARTY",
                "TermConnDroppedEv B", "CallCtlTermConnDroppedEv B", "-- META_CALL_ENDING",
                disconnected("1001", "1001"), disconnected("2001", "A"), invalid()));
    }

    @Test
    void userHangingUpTheTalkingPhoneEndsTheCallWhenNoOtherPhoneTalks() throws Exception {
        Connection line = ringingSharedLine();
        at(line, "A").answer();
        TerminalConnectionState passive = passiveStateOf(at(line, "B"));

        lab.party("2001").hangUp("A");

        assertBothModelsSaw(lines(RINGING_BOTH, answeredAtAWithBPassive(passive), "-- META_CALL_ENDING",
                disconnected("2001", "A", "B"), disconnected("1001", "1001"), invalid()));
    }

    @Test
    void joinIsRefusedForATerminalThatRingsOrAlreadyTalks() throws Exception {
        Connection line = ringingSharedLine();
        CallControlTerminalConnection a = (CallControlTerminalConnection) at(line, "A");

        assertThatThrownBy(a::join).isInstanceOf(InvalidStateException.class).hasMessageContaining("RINGING");
        a.answer();
        assertThatThrownBy(a::join).isInstanceOf(InvalidStateException.class).hasMessageContaining("TALKING");

        TerminalConnectionState passive = passiveStateOf(at(line, "B"));
        assertThat(describe(line)).isEqualTo("2001 ESTABLISHED [A TALKING, B " + passive + "]");
    }

    @Test
    void callerHangingUpWhileTheLineRingsDropsEveryRingingTerminal() throws Exception {
        Connection line = ringingSharedLine();
        TerminalConnection a = at(line, "A");
        TerminalConnection b = at(line, "B");

        line.getCall().getConnections()[0].disconnect();

        assertThat(describe(a)).isEqualTo("A DROPPED");
        assertThat(describe(b)).isEqualTo("B DROPPED");
        assertBothModelsSaw(lines(RINGING_BOTH, "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("2001", "A", "B"), invalid()));
    }

    @Test
    void terminalOnTwoAddressesRingsForCallsToEitherAndItsObserverHearsBoth() throws Exception {
        Recorder atC = new Recorder();
        lab.terminal("C").addCallObserver(atC);
        assertThat(lab.terminal("C").getAddresses()).containsExactly(lab.address("2002"), lab.address("2003"));
        assertThat(lab.address("2003").getTerminals()).containsExactly(lab.terminal("C"));

        Connection[] first = lab.connect("1001", "2002");
        atC.await("ConnAlertingEv 2002");
        Connection[] second = lab.connect("1002", "2003");
        SimLab.awaitTimes(atC, "CallCtlTermConnRingingEv C", 2);

        TerminalConnection[] atTerminal = lab.terminal("C").getTerminalConnections();
        assertThat(atTerminal).hasSize(2);
        assertThat(atTerminal[0].getConnection()).isSameAs(first[1]);
        assertThat(atTerminal[1].getConnection()).isSameAs(second[1]);
        assertThat(describe(first[1])).isEqualTo("2002 ALERTING [C RINGING]");
        assertThat(describe(second[1])).isEqualTo("2003 ALERTING [C RINGING]");

        atTerminal[1].answer();
        assertThat(describe(second[1])).isEqualTo("2003 ESTABLISHED [C TALKING]");
        assertThat(describe(first[1])).as("the other call still rings").isEqualTo("2002 ALERTING [C RINGING]");
        first[0].disconnect();
        second[0].disconnect();

        // The terminal's observer joins each call when C becomes part of it, at the ringing.
        assertThat(SimLab.awaitTimes(atC, "CallObservationEndedEv", 2)).containsExactlyElementsOf(lines(
                ringing("2002", "C"), ringing("2003", "C"), answered("2003", "C"),
                "-- META_CALL_ENDING", disconnected("1001", "1001"), disconnected("2002", "C"), invalid(),
                "-- META_CALL_ENDING", disconnected("1002", "1002"), disconnected("2003", "C"), invalid()));
    }
}
