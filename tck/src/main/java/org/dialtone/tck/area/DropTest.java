package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.events.ConnDisconnectedEv;
import javax.telephony.events.TermConnDroppedEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Need;
import org.dialtone.tck.Needs;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.junit.jupiter.api.Test;

/** Taking parties out of a call: Connection.disconnect, CallControlCall.drop, hanging up at the phone. */
@Area(value = "Drop", covers = "Connection.disconnect, CallControlCall.drop, hanging up at the phone")
@Requires({Feature.CONNECT, Feature.DISCONNECT})
public class DropTest extends TckTest {

    @Test
    void disconnectingTheCallerDisconnectsItAndDropsItsTerminalWhenItReturns() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        call.origin().disconnect();

        assertConnectionState(call.origin(), Connection.DISCONNECTED);
        assertTerminalConnectionState(call.callerTc(), TerminalConnection.DROPPED);
    }

    @Test
    void disconnectingTheCalledPartyDisconnectsItAndDropsItsTerminalWhenItReturns() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        call.destination().disconnect();

        assertConnectionState(call.destination(), Connection.DISCONNECTED);
        assertTerminalConnectionState(call.calleeTc(), TerminalConnection.DROPPED);
    }

    @Test
    void aCallWhosePartiesAllDisconnectedIsInvalid() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        hangUpBoth(call, log);

        assertEnded(call.call());
        assertConnectionState(call.destination(), Connection.DISCONNECTED);
    }

    @Test
    void disconnectingARingingCallStopsTheRinging() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);

        call.origin().disconnect();

        assertConnectionState(call.origin(), Connection.DISCONNECTED);
        log.awaitObserved(call.calleeTc(), TermConnDroppedEv.ID);
        assertTerminalConnectionState(call.calleeTc(), TerminalConnection.DROPPED);
    }

    @Test
    void disconnectingTheRingingPartyRejectsTheCall() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        call.destination().disconnect();

        assertConnectionState(call.destination(), Connection.DISCONNECTED);
        assertTerminalConnectionState(call.calleeTc(), TerminalConnection.DROPPED);
    }

    @Test
    void disconnectingTwiceIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());
        call.origin().disconnect();

        InvalidStateException e = assertRefused(InvalidStateException.class, call.call(),
                () -> call.origin().disconnect());

        assertThat(e.getObjectType()).as("InvalidStateException.getObjectType()")
                .isEqualTo(InvalidStateException.CONNECTION_OBJECT);
        assertConnectionState(call.origin(), Connection.DISCONNECTED);
    }

    @Test
    void aDisconnectedConnectionLeavesItsAddressAndTerminal() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        call.origin().disconnect();

        assertThat(listOf(a.address().getConnections())).doesNotContain(call.origin());
        assertThat(listOf(a.terminal().getTerminalConnections())).doesNotContain(call.callerTc());
        assertThat(listOf(call.origin().getTerminalConnections()))
                .as("terminal connections of a disconnected connection").doesNotContain(call.callerTc());
    }

    @Test
    @Requires(Feature.DROP)
    void dropEndsTheCallWhenItReturns() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        ((CallControlCall) call.call()).drop();

        assertCallState(call.call(), Call.INVALID);
        assertConnectionState(call.origin(), Connection.DISCONNECTED);
        assertConnectionState(call.destination(), Connection.DISCONNECTED);
        assertTerminalConnectionState(call.callerTc(), TerminalConnection.DROPPED);
        assertTerminalConnectionState(call.calleeTc(), TerminalConnection.DROPPED);
    }

    @Test
    @Requires(Feature.DROP)
    void droppingARingingCallDropsTheRingingTerminal() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        ((CallControlCall) call.call()).drop();

        assertCallState(call.call(), Call.INVALID);
        assertTerminalConnectionState(call.calleeTc(), TerminalConnection.DROPPED);
        assertConnectionState(call.destination(), Connection.DISCONNECTED);
    }

    @Test
    @Requires(Feature.DROP)
    void droppingAnIdleCallIsRefusedAndTheCallStaysIdle() throws Exception {
        Call call = provider.createCall();

        InvalidStateException e = assertRefused(InvalidStateException.class, call, () -> ((CallControlCall) call).drop());

        assertThat(e.getObjectType()).isEqualTo(InvalidStateException.CALL_OBJECT);
        assertCallState(call, Call.IDLE);
    }

    @Test
    @Requires(Feature.DROP)
    void droppingAnEndedCallIsRefused() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());
        ((CallControlCall) call.call()).drop();

        assertRefused(InvalidStateException.class, call.call(), () -> ((CallControlCall) call.call()).drop());
        assertCallState(call.call(), Call.INVALID);
    }

    @Test
    @Needs(Need.EXTERNAL_NUMBER)
    void disconnectingARingingExternalPartyDisconnectsIt() throws Exception {
        TwoPartyCall call = callOut(a, newLog());

        call.destination().disconnect();

        assertConnectionState(call.destination(), Connection.DISCONNECTED);
    }

    @Test
    @Needs(Need.EXTERNAL_NUMBER)
    @Requires(Feature.DROP)
    void droppingACallToAnExternalNumberEndsIt() throws Exception {
        TwoPartyCall call = callOut(a, newLog());

        ((CallControlCall) call.call()).drop();

        assertEnded(call.call());
        assertConnectionState(call.destination(), Connection.DISCONNECTED);
    }

    @Test
    @Needs(Need.FAR_END)
    void theCalledUserHangingUpDisconnectsItsParty() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        drive("hang up at a phone", () -> farEnd().hangUp(b.number()));

        log.awaitObserved(call.destination(), ConnDisconnectedEv.ID);
        assertConnectionState(call.destination(), Connection.DISCONNECTED);
        assertTerminalConnectionState(call.calleeTc(), TerminalConnection.DROPPED);
    }

    @Test
    @Needs(Need.FAR_END)
    void theCallerHangingUpDisconnectsItsParty() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        drive("hang up at a phone", () -> farEnd().hangUp(a.number()));

        log.awaitObserved(call.origin(), ConnDisconnectedEv.ID);
        assertConnectionState(call.origin(), Connection.DISCONNECTED);
        assertTerminalConnectionState(call.callerTc(), TerminalConnection.DROPPED);
    }
}
