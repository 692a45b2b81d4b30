package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlAddress;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminal;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Need;
import org.dialtone.tck.Needs;
import org.dialtone.tck.Requires;
import org.dialtone.tck.States;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.junit.jupiter.api.Test;

/**
 * The call-control state machines: each step's call-control states, and that the core state each
 * object shows is the one the specification maps its call-control state to.
 */
@Area(value = "Call-control states", covers = "CallControlConnection / CallControlTerminalConnection states")
@Requires({Feature.CONNECT, Feature.CALL_CONTROL})
public class CallControlStatesTest extends TckTest {

    /** The core connection state of each call-control connection state. */
    private static final Map<Integer, Integer> CONNECTION_CORE = Map.ofEntries(
            Map.entry(CallControlConnection.IDLE, Connection.IDLE),
            Map.entry(CallControlConnection.OFFERED, Connection.INPROGRESS),
            Map.entry(CallControlConnection.QUEUED, Connection.INPROGRESS),
            Map.entry(CallControlConnection.NETWORK_REACHED, Connection.INPROGRESS),
            Map.entry(CallControlConnection.ALERTING, Connection.ALERTING),
            Map.entry(CallControlConnection.NETWORK_ALERTING, Connection.ALERTING),
            Map.entry(CallControlConnection.INITIATED, Connection.CONNECTED),
            Map.entry(CallControlConnection.DIALING, Connection.CONNECTED),
            Map.entry(CallControlConnection.ESTABLISHED, Connection.CONNECTED),
            Map.entry(CallControlConnection.FAILED, Connection.FAILED),
            Map.entry(CallControlConnection.DISCONNECTED, Connection.DISCONNECTED),
            Map.entry(CallControlConnection.UNKNOWN, Connection.UNKNOWN));

    /** The core terminal connection state of each call-control terminal connection state. */
    private static final Map<Integer, Integer> TERMINAL_CONNECTION_CORE = Map.ofEntries(
            Map.entry(CallControlTerminalConnection.IDLE, TerminalConnection.IDLE),
            Map.entry(CallControlTerminalConnection.RINGING, TerminalConnection.RINGING),
            Map.entry(CallControlTerminalConnection.TALKING, TerminalConnection.ACTIVE),
            Map.entry(CallControlTerminalConnection.HELD, TerminalConnection.ACTIVE),
            Map.entry(CallControlTerminalConnection.BRIDGED, TerminalConnection.PASSIVE),
            Map.entry(CallControlTerminalConnection.INUSE, TerminalConnection.PASSIVE),
            Map.entry(CallControlTerminalConnection.DROPPED, TerminalConnection.DROPPED),
            Map.entry(CallControlTerminalConnection.UNKNOWN, TerminalConnection.UNKNOWN));

    private static void assertCoreMatchesCallControl(TwoPartyCall call) {
        for (Connection c : new Connection[] {call.origin(), call.destination()}) {
            int cc = ((CallControlConnection) c).getCallControlState();
            assertThat(States.connection(c.getState())).as("core state of the %s connection at %s",
                    States.callControlConnection(cc), c.getAddress().getName())
                    .isEqualTo(States.connection(CONNECTION_CORE.get(cc)));
        }
        for (TerminalConnection tc : new TerminalConnection[] {call.callerTc(), call.calleeTc()}) {
            if (tc == null) {
                continue;
            }
            int cc = ((CallControlTerminalConnection) tc).getCallControlState();
            assertThat(States.terminalConnection(tc.getState())).as("core state of the %s terminal connection at %s",
                    States.callControlTerminalConnection(cc), tc.getTerminal().getName())
                    .isEqualTo(States.terminalConnection(TERMINAL_CONNECTION_CORE.get(cc)));
        }
    }

    @Test
    void theProvidersObjectsAreCallControlObjects() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        assertThat(call.call()).isInstanceOf(CallControlCall.class);
        assertThat(call.origin()).isInstanceOf(CallControlConnection.class);
        assertThat(call.callerTc()).isInstanceOf(CallControlTerminalConnection.class);
        assertThat(a.address()).isInstanceOf(CallControlAddress.class);
        assertThat(a.terminal()).isInstanceOf(CallControlTerminal.class);
    }

    @Test
    void whileRingingTheCallerIsEstablishedAndTalkingAndTheCalledPartyAlertsAndRings() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        assertCallControlState(call.origin(), CallControlConnection.ESTABLISHED);
        assertCallControlState(call.callerTc(), CallControlTerminalConnection.TALKING);
        assertCallControlState(call.destination(), CallControlConnection.ALERTING);
        assertCallControlState(call.calleeTc(), CallControlTerminalConnection.RINGING);
    }

    @Test
    void whileRingingTheCoreStatesMatchTheCallControlStates() throws Exception {
        assertCoreMatchesCallControl(ring(a, b, newLog()));
    }

    @Test
    void whileTalkingTheCoreStatesMatchTheCallControlStates() throws Exception {
        assertCoreMatchesCallControl(talk(a, b, newLog()));
    }

    @Test
    void afterTheCallEndsEveryConnectionIsDisconnectedAndEveryTerminalDropped() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        hangUpBoth(call, log);

        assertCallControlState(call.origin(), CallControlConnection.DISCONNECTED);
        assertCallControlState(call.destination(), CallControlConnection.DISCONNECTED);
        assertCallControlState(call.callerTc(), CallControlTerminalConnection.DROPPED);
        assertCallControlState(call.calleeTc(), CallControlTerminalConnection.DROPPED);
        assertCoreMatchesCallControl(call);
    }

    @Test
    @Needs(Need.EXTERNAL_NUMBER)
    void aCallBeyondTheProviderIsNetworkReachedOrNetworkAlerting() throws Exception {
        TwoPartyCall call = callOut(a, newLog());

        assertCallControlState(call.origin(), CallControlConnection.ESTABLISHED);
        assertThat(States.callControlConnection(((CallControlConnection) call.destination()).getCallControlState()))
                .as("call-control state of the far end").isIn("NETWORK_REACHED", "NETWORK_ALERTING", "ESTABLISHED");
        assertCoreMatchesCallControl(call);
    }

    @Test
    void theCallKnowsItsCallingAddressAndTerminalAndItsCalledAddress() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());
        CallControlCall cc = (CallControlCall) call.call();

        assertThat(cc.getCallingAddress()).as("getCallingAddress()").isEqualTo(a.address());
        assertThat(cc.getCallingTerminal()).as("getCallingTerminal()").isEqualTo(a.terminal());
        assertThat(cc.getCalledAddress()).as("getCalledAddress()").isEqualTo(b.address());
    }

    @Test
    void aDirectCallWasNotRedirected() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        assertThat(((CallControlCall) call.call()).getLastRedirectedAddress()).as("getLastRedirectedAddress()")
                .isNull();
    }

    @Test
    void anIdleCallHasNoCallingOrCalledParty() throws Exception {
        CallControlCall call = (CallControlCall) provider.createCall();

        assertThat(call.getCallingAddress()).isNull();
        assertThat(call.getCalledAddress()).isNull();
        assertThat(call.getCallingTerminal()).isNull();
    }
}
