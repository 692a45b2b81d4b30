package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.ConnConnectedEv;
import javax.telephony.events.ConnDisconnectedEv;
import javax.telephony.events.TermConnRingingEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.junit.jupiter.api.Test;

/**
 * Conference: merging a consultation call (CallControlCall.conference), adding a party directly
 * (addParty), removing one (disconnect), and the conference controller and enable settings.
 */
@Area(value = "Conference", covers = "CallControlCall.consult, conference, addParty, set/getConferenceController, "
        + "set/getConferenceEnable")
@Requires({Feature.CONNECT, Feature.ANSWER, Feature.CALL_CONTROL})
public class ConferenceTest extends TckTest {

    private EventLog log;
    private TwoPartyCall first;
    private CallControlCall consultation;
    private Connection[] consulted;

    /** a talks to b, then consults c, who answers. */
    private void consultThirdParty() throws Exception {
        log = newLog();
        first = talk(a, b, log);
        consultation = (CallControlCall) provider.createCall();
        observe(consultation, log);
        consulted = consultation.consult(first.callerTc(), c.number());
        TerminalConnection third = awaitTerminalConnection(log, consultation, c.terminal(), TermConnRingingEv.ID);
        third.answer();
        log.awaitObserved(consulted[1], ConnConnectedEv.ID);
    }

    private CallControlCall firstCall() {
        return (CallControlCall) first.call();
    }

    /** Merges the consultation into the first call and waits until the consultation is gone. */
    private void conference() throws Exception {
        firstCall().conference(consultation);
        log.awaitObserved(consultation, CallInvalidEv.ID);
    }

    @Test
    @Requires({Feature.CONSULT, Feature.CONFERENCE})
    void conferenceMergesTheThirdPartyIntoTheCall() throws Exception {
        consultThirdParty();

        conference();

        assertCallState(consultation, Call.INVALID);
        assertCallState(first.call(), Call.ACTIVE);
        for (org.dialtone.tck.Phone p : new org.dialtone.tck.Phone[] {a, b, c}) {
            Connection connection = connectionAt(first.call(), p.address());
            assertThat(connection).as("%s's connection in the conference", p.number()).isNotNull();
            assertCallControlState(connection, CallControlConnection.ESTABLISHED);
        }
    }

    @Test
    @Requires({Feature.CONSULT, Feature.CONFERENCE})
    void theControllerTalksToBothPartiesAfterTheConference() throws Exception {
        consultThirdParty();

        conference();

        TerminalConnection controller = terminalConnectionAt(connectionAt(first.call(), a.address()), a.terminal());
        assertThat(controller).as("the controller's terminal connection in the conference").isNotNull();
        assertCallControlState(controller, CallControlTerminalConnection.TALKING);
    }

    @Test
    @Requires({Feature.CONSULT, Feature.CONFERENCE})
    void conferenceIsHeardInsideMergeMetaEvents() throws Exception {
        consultThirdParty();

        conference();

        log.await("multiCallMetaMergeEnded", s -> s.name().equals("multiCallMetaMergeEnded"));
        assertThat(log.query().listener().where(s -> s.name().startsWith("multiCallMetaMerge")).names())
                .containsExactly("multiCallMetaMergeStarted", "multiCallMetaMergeEnded");
    }

    @Test
    @Requires({Feature.CONSULT, Feature.CONFERENCE})
    void aPartyLeavingAConferenceLeavesTheOthersTalking() throws Exception {
        consultThirdParty();
        conference();
        Connection atC = connectionAt(first.call(), c.address());

        atC.disconnect();

        assertConnectionState(atC, Connection.DISCONNECTED);
        assertCallState(first.call(), Call.ACTIVE);
        assertCallControlState(connectionAt(first.call(), a.address()), CallControlConnection.ESTABLISHED);
        assertCallControlState(connectionAt(first.call(), b.address()), CallControlConnection.ESTABLISHED);
    }

    @Test
    @Requires({Feature.CONSULT, Feature.CONFERENCE})
    void conferenceWithAnIdleCallIsRefusedAndChangesNothing() throws Exception {
        log = newLog();
        first = talk(a, b, log);
        Call idle = provider.createCall();

        assertRefusedWithOneOf(first.call(), () -> firstCall().conference(idle),
                InvalidStateException.class, InvalidArgumentException.class);
    }

    @Test
    @Requires({Feature.CONSULT, Feature.CONFERENCE})
    void conferenceWithItselfIsRefusedAndChangesNothing() throws Exception {
        consultThirdParty();

        assertRefusedWithOneOf(first.call(), () -> firstCall().conference(first.call()),
                InvalidArgumentException.class, InvalidStateException.class);
    }

    @Test
    @Requires(Feature.ADD_PARTY)
    void addPartyCallsAThirdPartyIntoTheCall() throws Exception {
        log = newLog();
        first = talk(a, b, log);

        Connection added = firstCall().addParty(c.number());

        assertThat(added.getAddress()).isEqualTo(c.address());
        assertThat(added.getCall()).isEqualTo(first.call());
        TerminalConnection ringing = awaitTerminalConnection(log, first.call(), c.terminal(), TermConnRingingEv.ID);
        ringing.answer();
        log.awaitObserved(added, ConnConnectedEv.ID);
        assertThat(listOf(first.call().getConnections())).hasSize(3);
    }

    @Test
    @Requires(Feature.ADD_PARTY)
    void addPartyToARingingCallIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall ringing = ring(a, b, newLog());

        assertRefused(InvalidStateException.class, ringing.call(),
                () -> ((CallControlCall) ringing.call()).addParty(c.number()));
    }

    @Test
    @Requires(Feature.CONFERENCE_SETTINGS)
    void theConferenceControllerCanBeSetAndRead() throws Exception {
        first = talk(a, b, newLog());

        firstCall().setConferenceController(first.callerTc());

        assertThat(firstCall().getConferenceController()).isEqualTo(first.callerTc());
    }

    @Test
    @Requires(Feature.CONFERENCE_SETTINGS)
    void conferenceEnableCanBeSwitchedOffAndOnWhileTheCallIsIdle() throws Exception {
        // the spec's pre-condition for setConferenceEnable: the call is IDLE
        CallControlCall idle = (CallControlCall) provider.createCall();

        idle.setConferenceEnable(false);
        assertThat(idle.getConferenceEnable()).as("getConferenceEnable() after setting false").isFalse();
        idle.setConferenceEnable(true);
        assertThat(idle.getConferenceEnable()).as("getConferenceEnable() after setting true").isTrue();
    }

    @Test
    @Requires(Feature.CONFERENCE_SETTINGS)
    void conferenceEnableOfAnActiveCallIsRefused() throws Exception {
        first = talk(a, b, newLog());
        boolean before = firstCall().getConferenceEnable();

        assertRefused(InvalidStateException.class, first.call(), () -> firstCall().setConferenceEnable(!before));
        assertThat(firstCall().getConferenceEnable()).as("getConferenceEnable() after the refusal").isEqualTo(before);
    }

    @Test
    @Requires({Feature.CONSULT, Feature.CONFERENCE, Feature.DROP})
    void droppingAConferenceEndsItForEveryParty() throws Exception {
        consultThirdParty();
        conference();

        firstCall().drop();

        assertEnded(first.call());
        log.awaitObserved(first.destination(), ConnDisconnectedEv.ID);
    }
}
