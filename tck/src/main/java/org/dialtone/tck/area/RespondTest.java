package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.events.ConnConnectedEv;
import javax.telephony.events.TermConnActiveEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Need;
import org.dialtone.tck.Needs;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.dialtone.tck.events.Seen;
import org.junit.jupiter.api.Test;

/** Answering: TerminalConnection.answer by the application, and the user answering at the phone. */
@Area(value = "Respond", covers = "TerminalConnection.answer, answering at the phone")
@Requires({Feature.CONNECT, Feature.ANSWER})
public class RespondTest extends TckTest {

    @Test
    void answerMakesTheTerminalActiveAndTheConnectionConnectedWhenItReturns() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        call.calleeTc().answer();

        assertTerminalConnectionState(call.calleeTc(), TerminalConnection.ACTIVE);
        assertConnectionState(call.destination(), Connection.CONNECTED);
    }

    @Test
    void answerLeavesTheCallerConnectedAndTheCallActive() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        call.calleeTc().answer();

        assertCallState(call.call(), Call.ACTIVE);
        assertConnectionState(call.origin(), Connection.CONNECTED);
        assertTerminalConnectionState(call.callerTc(), TerminalConnection.ACTIVE);
    }

    @Test
    @Requires(Feature.CALL_CONTROL)
    void afterAnswerBothPartiesAreEstablishedAndTalking() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        assertCallControlState(call.origin(), CallControlConnection.ESTABLISHED);
        assertCallControlState(call.destination(), CallControlConnection.ESTABLISHED);
        assertCallControlState(call.callerTc(), CallControlTerminalConnection.TALKING);
        assertCallControlState(call.calleeTc(), CallControlTerminalConnection.TALKING);
    }

    @Test
    void answeringTwiceIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        assertRefused(InvalidStateException.class, call.call(), () -> call.calleeTc().answer());
        assertTerminalConnectionState(call.calleeTc(), TerminalConnection.ACTIVE);
    }

    @Test
    void answeringTheCallersTerminalConnectionIsRefusedAndChangesNothing() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);
        int mark = log.mark();

        InvalidStateException e = assertRefused(InvalidStateException.class, call.call(),
                () -> call.callerTc().answer());

        assertThat(e.getObjectType()).as("InvalidStateException.getObjectType()")
                .isEqualTo(InvalidStateException.TERMINAL_CONNECTION_OBJECT);
        call.calleeTc().answer();
        Seen next = log.awaitObserved(call.calleeTc(), TermConnActiveEv.ID);
        assertNothingBefore(log, mark, call.call(), next);
    }

    @Test
    @Requires(Feature.DROP)
    void answeringACallThatWasDroppedIsRefused() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());
        ((javax.telephony.callcontrol.CallControlCall) call.call()).drop();

        assertRefused(InvalidStateException.class, call.call(), () -> call.calleeTc().answer());
        assertTerminalConnectionState(call.calleeTc(), TerminalConnection.DROPPED);
    }

    @Test
    void answerIsHeardByObserversAsActiveThenConnected() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);
        int mark = log.mark();

        call.calleeTc().answer();
        log.awaitObserved(call.destination(), ConnConnectedEv.ID);

        assertThat(log.since(mark).stream().filter(s -> s.model() == EventLog.Model.OBSERVER && !s.isCallControl())
                .map(Seen::name).toList()).containsSubsequence("TermConnActiveEv", "ConnConnectedEv");
    }

    @Test
    @Needs(Need.FAR_END)
    void theUserAnsweringAtThePhoneConnectsTheCall() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);

        drive("answer at a phone", () -> farEnd().answer(b.number()));

        log.awaitObserved(call.destination(), ConnConnectedEv.ID);
        assertConnectionState(call.destination(), Connection.CONNECTED);
        assertTerminalConnectionState(call.calleeTc(), TerminalConnection.ACTIVE);
        assertConnectionState(call.origin(), Connection.CONNECTED);
    }

    @Test
    @Needs(Need.FAR_END)
    void aPartyThatAnswersByItselfIsConnected() throws Exception {
        drive("make a party answer", () -> farEnd().willAnswer(b.number()));
        EventLog log = newLog();
        Call call = provider.createCall();
        observe(call, log);

        Connection[] connections = call.connect(a.terminal(), a.address(), b.number());

        log.awaitObserved(connections[1], ConnConnectedEv.ID);
        assertConnectionState(connections[1], Connection.CONNECTED);
        TerminalConnection callee = terminalConnectionAt(connections[1], b.terminal());
        assertThat(callee).as("the terminal connection at %s", b.terminal().getName()).isNotNull();
        assertTerminalConnectionState(callee, TerminalConnection.ACTIVE);
    }

    @Test
    @Needs(Need.FAR_END)
    void answeringAfterTheUserAnsweredIsRefused() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);
        drive("answer at a phone", () -> farEnd().answer(b.number()));
        log.awaitObserved(call.destination(), ConnConnectedEv.ID);

        assertRefused(InvalidStateException.class, call.call(), () -> call.calleeTc().answer());
    }
}
