package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.events.CallCtlConnFailedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.ConnConnectedEv;
import javax.telephony.events.ConnFailedEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Need;
import org.dialtone.tck.Needs;
import org.dialtone.tck.Phone;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.events.EventLog;
import org.dialtone.tck.events.Seen;
import org.junit.jupiter.api.Test;

/** Calls that do not go through: busy and rejecting parties, with their causes; and far ends that answer. */
@Area(value = "Failures and causes", covers = "ConnFailedEv, CallCtlEv causes, far-end outcomes")
@Requires(Feature.CONNECT)
@Needs(Need.FAR_END)
public class FailureTest extends TckTest {

    private EventLog log;
    private Call call;

    private Connection[] place(String number) throws Exception {
        log = newLog();
        call = provider.createCall();
        observe(call, log);
        return call.connect(a.terminal(), a.address(), number);
    }

    @Test
    @Needs(Need.EXTERNAL_NUMBER)
    void aBusyExternalPartyFailsWithTheBusyCause() throws Exception {
        drive("make a party busy", () -> farEnd().willBeBusy(external()));

        Connection[] connections = place(external());

        Seen failed = log.awaitObserved(connections[1], ConnFailedEv.ID);
        assertConnectionState(connections[1], Connection.FAILED);
        requireCallControlCause(failed, CallCtlEv.CAUSE_BUSY);
    }

    @Test
    void aBusyLocalPartyFailsWithTheBusyCause() throws Exception {
        drive("make a party busy", () -> farEnd().willBeBusy(b.number()));

        Connection[] connections = place(b.number());

        Seen failed = log.awaitObserved(connections[1], ConnFailedEv.ID);
        assertConnectionState(connections[1], Connection.FAILED);
        requireCallControlCause(failed, CallCtlEv.CAUSE_BUSY);
    }

    @Test
    void aFailedDestinationLeavesTheCallerConnectedAndTheCallActive() throws Exception {
        drive("make a party busy", () -> farEnd().willBeBusy(b.number()));

        Connection[] connections = place(b.number());

        log.awaitObserved(connections[1], ConnFailedEv.ID);
        assertConnectionState(connections[0], Connection.CONNECTED);
        assertCallState(call, Call.ACTIVE);
    }

    @Test
    void theCallerHangingUpAfterAFailureEndsTheCall() throws Exception {
        drive("make a party busy", () -> farEnd().willBeBusy(b.number()));
        Connection[] connections = place(b.number());
        log.awaitObserved(connections[1], ConnFailedEv.ID);

        connections[0].disconnect();

        awaitInvalid(log, call);
        assertEnded(call);
    }

    @Test
    void aFailedConnectionCanBeDisconnected() throws Exception {
        drive("make a party busy", () -> farEnd().willBeBusy(b.number()));
        Connection[] connections = place(b.number());
        log.awaitObserved(connections[1], ConnFailedEv.ID);

        connections[1].disconnect();

        assertConnectionState(connections[1], Connection.DISCONNECTED);
    }

    @Test
    void aLocalPartyThatRejectsLeavesTheCallWithItsTerminalDropped() throws Exception {
        drive("make a party reject", () -> farEnd().willReject(b.number()));

        Connection[] connections = place(b.number());

        log.await("the rejecting party failed or disconnected", s -> s.model() == EventLog.Model.OBSERVER
                && s.isAbout(connections[1]) && (s.id() == ConnFailedEv.ID
                || s.id() == javax.telephony.events.ConnDisconnectedEv.ID));
        assertThat(connections[1].getState()).as("state of the rejecting party")
                .isIn(Connection.FAILED, Connection.DISCONNECTED);
        for (TerminalConnection tc : listOf(connections[1].getTerminalConnections())) {
            assertTerminalConnectionState(tc, TerminalConnection.DROPPED);
        }
    }

    @Test
    @Needs(Need.EXTERNAL_NUMBER)
    void anExternalPartyThatRejectsFailsOrDisconnects() throws Exception {
        drive("make a party reject", () -> farEnd().willReject(external()));

        Connection[] connections = place(external());

        log.await("the rejecting party failed or disconnected", s -> s.model() == EventLog.Model.OBSERVER
                && s.isAbout(connections[1]) && (s.id() == ConnFailedEv.ID
                || s.id() == javax.telephony.events.ConnDisconnectedEv.ID));
        assertThat(connections[1].getState()).isIn(Connection.FAILED, Connection.DISCONNECTED);
    }

    @Test
    @Needs(Need.EXTERNAL_NUMBER)
    void anExternalPartyThatAnswersIsConnectedAndEstablished() throws Exception {
        drive("make a party answer", () -> farEnd().willAnswer(external()));

        Connection[] connections = place(external());

        log.awaitObserved(connections[1], ConnConnectedEv.ID);
        assertConnectionState(connections[1], Connection.CONNECTED);
        if (connections[1] instanceof CallControlConnection) {
            assertCallControlState(connections[1], CallControlConnection.ESTABLISHED);
        }
    }

    @Test
    @Requires(Feature.CALL_CONTROL)
    void aBusyPartyIsFailedForCallControlAndListenersHearTheCause() throws Exception {
        drive("make a party busy", () -> farEnd().willBeBusy(b.number()));

        Connection[] connections = place(b.number());

        Seen heard = log.awaitHeard(connections[1], "cc.connectionFailed");
        assertCallControlState(connections[1], CallControlConnection.FAILED);
        assertThat(heard.callControlCause()).as("call-control cause heard by a listener")
                .isEqualTo(CallCtlEv.CAUSE_BUSY);
    }

    @Test
    void aBusyPartyAtOneAddressDoesNotStopCallsToAnother() throws Exception {
        drive("make a party busy", () -> farEnd().willBeBusy(b.number()));
        Phone other = c;

        Connection[] connections = place(other.number());

        awaitTerminalConnection(log, call, other.terminal(), javax.telephony.events.TermConnRingingEv.ID);
        assertConnectionState(connections[1], Connection.ALERTING);
    }

    /** With call control, the CallCtlConnFailedEv of the failed connection carries {@code cause}. */
    private void requireCallControlCause(Seen failed, int cause) {
        if (failed.connection() instanceof CallControlConnection) {
            Seen cc = log.awaitObserved(failed.connection(), CallCtlConnFailedEv.ID);
            assertThat(cc.callControlCause()).as("call-control cause of %s", cc).isEqualTo(cause);
        }
    }
}
