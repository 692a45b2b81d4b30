package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.events.TermConnActiveEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Need;
import org.dialtone.tck.NotApplicable;
import org.dialtone.tck.Needs;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.dialtone.tck.events.Seen;
import org.junit.jupiter.api.Test;

/** Placing a call: Provider.createCall and Call.connect, their results and their refusals. */
@Area(value = "Initiate", covers = "Provider.createCall, Call.connect")
@Requires(Feature.CONNECT)
public class InitiateTest extends TckTest {

    @Test
    void connectReturnsTheOriginatingThenTheDestinationConnection() throws Exception {
        Call call = provider.createCall();

        Connection[] connections = call.connect(a.terminal(), a.address(), b.number());

        assertThat(connections).hasSize(2);
        assertThat(connections[0].getAddress()).as("address of the originating connection").isEqualTo(a.address());
        assertThat(connections[1].getAddress().getName()).as("address of the destination connection")
                .isEqualTo(b.number());
        assertThat(connections[0].getCall()).isEqualTo(call);
        assertThat(connections[1].getCall()).isEqualTo(call);
    }

    @Test
    void connectLeavesTheCallActiveWhenItReturns() throws Exception {
        Call call = provider.createCall();

        call.connect(a.terminal(), a.address(), b.number());

        assertCallState(call, Call.ACTIVE);
    }

    @Test
    void theCallListsBothConnectionsWhenConnectReturns() throws Exception {
        Call call = provider.createCall();

        Connection[] connections = call.connect(a.terminal(), a.address(), b.number());

        assertThat(listOf(call.getConnections())).containsExactlyInAnyOrder(connections);
    }

    @Test
    void theCallerIsConnectedAndItsTerminalActive() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        assertConnectionState(call.origin(), Connection.CONNECTED);
        assertTerminalConnectionState(call.callerTc(), TerminalConnection.ACTIVE);
        assertThat(call.callerTc().getTerminal()).isEqualTo(a.terminal());
        assertThat(call.callerTc().getConnection()).isEqualTo(call.origin());
    }

    @Test
    void aCalledLocalPartyAlertsAndItsTerminalRings() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        assertConnectionState(call.destination(), Connection.ALERTING);
        assertTerminalConnectionState(call.calleeTc(), TerminalConnection.RINGING);
        assertThat(call.calleeTc().getTerminal()).isEqualTo(b.terminal());
        assertThat(call.calleeTc().getConnection()).isEqualTo(call.destination());
    }

    @Test
    void theCalledAddressIsTheAddressOfThatName() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        assertThat(call.destination().getAddress()).isEqualTo(b.address());
    }

    @Test
    void connectionsListTheirTerminalConnections() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        assertThat(listOf(call.origin().getTerminalConnections())).contains(call.callerTc());
        assertThat(listOf(call.destination().getTerminalConnections())).contains(call.calleeTc());
    }

    @Test
    void addressesAndTerminalsListTheirPartsOfTheCall() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        assertThat(listOf(a.address().getConnections())).as("connections at %s", a.number()).contains(call.origin());
        assertThat(listOf(b.address().getConnections())).as("connections at %s", b.number())
                .contains(call.destination());
        assertThat(listOf(a.terminal().getTerminalConnections())).as("terminal connections at %s", a.terminal())
                .contains(call.callerTc());
        assertThat(listOf(b.terminal().getTerminalConnections())).as("terminal connections at %s", b.terminal())
                .contains(call.calleeTc());
    }

    @Test
    void theProviderListsAPlacedCall() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        assertThat(listOf(provider.getCalls())).contains(call.call());
    }

    @Test
    @Needs(Need.EXTERNAL_NUMBER)
    void twoCallsFromDifferentPhonesAreIndependent() throws Exception {
        EventLog log = newLog();
        TwoPartyCall first = ring(a, b, log);
        TwoPartyCall second = callOut(c, log);

        assertThat(first.call()).isNotEqualTo(second.call());
        assertThat(listOf(provider.getCalls())).contains(first.call(), second.call());
        assertThat(listOf(first.call().getConnections())).doesNotContainAnyElementsOf(
                listOf(second.call().getConnections()));
    }

    @Test
    void connectOnAnActiveCallIsRefusedAndChangesNothing() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);
        int mark = log.mark();

        assertRefused(InvalidStateException.class, call.call(),
                () -> call.call().connect(a.terminal(), a.address(), c.number()));

        call.calleeTc().answer();
        Seen next = log.awaitObserved(call.calleeTc(), TermConnActiveEv.ID);
        assertNothingBefore(log, mark, call.call(), next);
    }

    @Test
    void connectOnAnEndedCallIsRefused() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);
        hangUpBoth(call, log);

        assertRefused(InvalidStateException.class, call.call(),
                () -> call.call().connect(a.terminal(), a.address(), b.number()));
        assertCallState(call.call(), Call.INVALID);
    }

    @Test
    void connectWithATerminalThatDoesNotCarryTheAddressIsRefused() throws Exception {
        if (listOf(a.address().getTerminals()).contains(b.terminal())) {
            throw new NotApplicable("terminal " + b.terminal().getName() + " also carries " + a.number());
        }
        Call call = provider.createCall();

        assertRefused(InvalidArgumentException.class, call, () -> call.connect(b.terminal(), a.address(), c.number()));
        assertCallState(call, Call.IDLE);
        assertThat(none(call.getConnections())).isTrue();
    }

    @Test
    void connectWithoutATerminalIsRefusedWithInvalidArgument() throws Exception {
        Call call = provider.createCall();

        assertRefused(InvalidArgumentException.class, call, () -> call.connect(null, a.address(), b.number()));
        assertCallState(call, Call.IDLE);
    }

    @Test
    void connectWithoutAnAddressIsRefusedWithInvalidArgument() throws Exception {
        Call call = provider.createCall();

        assertRefused(InvalidArgumentException.class, call, () -> call.connect(a.terminal(), null, b.number()));
        assertCallState(call, Call.IDLE);
    }

    @Test
    void connectToAnEmptyNumberIsRefusedWithInvalidParty() throws Exception {
        Call call = provider.createCall();

        InvalidPartyException e = assertRefused(InvalidPartyException.class, call,
                () -> call.connect(a.terminal(), a.address(), ""));
        assertThat(e.getType()).as("InvalidPartyException.getType()").isEqualTo(InvalidPartyException.DESTINATION_PARTY);
        assertCallState(call, Call.IDLE);
    }

    @Test
    void aCallCanBePlacedAgainAfterARefusal() throws Exception {
        Call call = provider.createCall();
        assertRefused(InvalidPartyException.class, call, () -> call.connect(a.terminal(), a.address(), ""));

        Connection[] connections = call.connect(a.terminal(), a.address(), b.number());

        assertThat(connections).hasSize(2);
        assertCallState(call, Call.ACTIVE);
    }

    @Test
    @Needs(Need.EXTERNAL_NUMBER)
    void aCallToAnExternalNumberReachesTheNetwork() throws Exception {
        TwoPartyCall call = callOut(a, newLog());

        assertThat(call.destination().getAddress().getName()).isEqualTo(external());
        assertConnectionState(call.origin(), Connection.CONNECTED);
        assertThat(call.destination().getState()).as("state of the far end")
                .isIn(Connection.INPROGRESS, Connection.ALERTING, Connection.CONNECTED);
        assertThat(none(call.destination().getTerminalConnections()))
                .as("a party beyond the provider has no terminal connections").isTrue();
    }
}
