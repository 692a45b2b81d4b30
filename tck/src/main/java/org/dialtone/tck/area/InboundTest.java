package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.events.CallActiveEv;
import javax.telephony.events.ConnDisconnectedEv;
import javax.telephony.events.Ev;
import javax.telephony.events.TermConnActiveEv;
import javax.telephony.events.TermConnRingingEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Need;
import org.dialtone.tck.Needs;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.events.EventLog;
import org.dialtone.tck.events.Seen;
import org.junit.jupiter.api.Test;

/** Calls from beyond the provider: how they appear at an observed address, and answering them. */
@Area(value = "Inbound calls", covers = "Address.addCallObserver, incoming calls, answer, hang up")
@Needs({Need.FAR_END, Need.EXTERNAL_NUMBER})
@Requires(Feature.OBSERVE_CALLS)
public class InboundTest extends TckTest {

    private EventLog log;
    private Call call;
    private TerminalConnection ringing;

    /** Observes address b, has the external number call it, and waits until b's terminal rings. */
    private void incoming() throws Exception {
        log = newLog();
        b.address().addCallObserver(log.callObserver());
        b.address().addCallListener(log.callListener());
        drive("place a call from beyond the provider", () -> farEnd().call(external(), b.number()));
        Seen rings = log.await("a call ringing at " + b.terminal().getName(), s -> s.model() == EventLog.Model.OBSERVER
                && s.id() == TermConnRingingEv.ID && s.terminalConnection() != null
                && b.terminal().equals(s.terminalConnection().getTerminal()));
        ringing = rings.terminalConnection();
        call = rings.call();
    }

    private Connection local() {
        return ringing.getConnection();
    }

    private Connection remote() {
        return listOf(call.getConnections()).stream().filter(c -> !c.getAddress().equals(b.address())).findFirst()
                .orElseThrow(() -> new AssertionError("the incoming call has no connection beyond the provider: "
                        + listOf(call.getConnections())));
    }

    @Test
    void anIncomingCallIsActiveAndRingsTheCalledTerminal() throws Exception {
        incoming();

        assertCallState(call, Call.ACTIVE);
        assertConnectionState(local(), Connection.ALERTING);
        assertTerminalConnectionState(ringing, TerminalConnection.RINGING);
        assertThat(local().getAddress()).isEqualTo(b.address());
    }

    @Test
    void theCallerBeyondTheProviderIsConnected() throws Exception {
        incoming();

        assertThat(remote().getAddress().getName()).isEqualTo(external());
        assertConnectionState(remote(), Connection.CONNECTED);
        assertThat(none(remote().getTerminalConnections())).isTrue();
    }

    @Test
    @Requires(Feature.CALL_CONTROL)
    void anIncomingCallKnowsItsCallingAndCalledAddresses() throws Exception {
        incoming();

        assertThat(((CallControlCall) call).getCallingAddress().getName()).isEqualTo(external());
        assertThat(((CallControlCall) call).getCalledAddress()).isEqualTo(b.address());
        assertCallControlState(local(), CallControlConnection.ALERTING);
        assertCallControlState(ringing, CallControlTerminalConnection.RINGING);
    }

    @Test
    void anIncomingCallStartsWithCallActiveAsANewCall() throws Exception {
        incoming();

        Seen active = log.awaitObserved(call, CallActiveEv.ID);
        assertThat(log.query().observer().ofCall(call).names()).first().isEqualTo("CallActiveEv");
        assertThat(active.metaCode()).isEqualTo(Ev.META_CALL_STARTING);
    }

    @Test
    void theProviderListsAnIncomingCall() throws Exception {
        incoming();

        assertThat(listOf(provider.getCalls())).contains(call);
    }

    @Test
    @Requires(Feature.ANSWER)
    void answeringAnIncomingCallConnectsIt() throws Exception {
        incoming();

        ringing.answer();

        assertTerminalConnectionState(ringing, TerminalConnection.ACTIVE);
        assertConnectionState(local(), Connection.CONNECTED);
        assertConnectionState(remote(), Connection.CONNECTED);
    }

    @Test
    void theUserAnsweringAtThePhoneConnectsAnIncomingCall() throws Exception {
        incoming();

        drive("answer at a phone", () -> farEnd().answer(b.number()));

        log.awaitObserved(ringing, TermConnActiveEv.ID);
        assertConnectionState(local(), Connection.CONNECTED);
    }

    @Test
    @Requires({Feature.ANSWER, Feature.DISCONNECT})
    void hangingUpAnAnsweredIncomingCallDisconnectsTheLocalParty() throws Exception {
        incoming();
        ringing.answer();
        Connection local = local();

        local.disconnect();

        assertConnectionState(local, Connection.DISCONNECTED);
        assertTerminalConnectionState(ringing, TerminalConnection.DROPPED);
    }

    @Test
    @Requires(Feature.ANSWER)
    void theUserHangingUpAnAnsweredIncomingCallDisconnectsTheLocalParty() throws Exception {
        incoming();
        ringing.answer();
        Connection local = local();

        drive("hang up at a phone", () -> farEnd().hangUp(b.number()));

        log.awaitObserved(local, ConnDisconnectedEv.ID);
        assertTerminalConnectionState(ringing, TerminalConnection.DROPPED);
    }

    @Test
    void aTerminalCallObserverHearsAnIncomingCall() throws Exception {
        EventLog atTerminal = newLog();
        b.terminal().addCallObserver(atTerminal.callObserver());

        incoming();

        Seen rings = atTerminal.awaitObserved(ringing, TermConnRingingEv.ID);
        assertThat(rings.call()).isEqualTo(call);
    }

    @Test
    void anIncomingCallIsHeardByAnAddressListener() throws Exception {
        incoming();

        log.awaitHeard(ringing, "terminalConnectionRinging");
        log.awaitHeard(call, "callActive");
        assertThat(log.query().listener().about(local()).core().names()).contains("connectionAlerting");
    }
}
