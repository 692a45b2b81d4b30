package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialtone.tck.events.Sequences.assertMatches;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.events.CallCtlConnDialingEv;
import javax.telephony.callcontrol.events.CallCtlConnEstablishedEv;
import javax.telephony.events.TermConnRingingEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.NotApplicable;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.junit.jupiter.api.Test;

/** Going off hook and dialling digit by digit: CallControlCall.offHook, CallControlConnection.addToAddress. */
@Area(value = "Dial", covers = "CallControlCall.offHook, CallControlConnection.addToAddress")
@Requires({Feature.CALL_CONTROL, Feature.OFF_HOOK})
public class DialTest extends TckTest {

    private Call call;
    private EventLog log;

    private CallControlConnection offHook() throws Exception {
        log = newLog();
        call = provider.createCall();
        observe(call, log);
        return (CallControlConnection) ((CallControlCall) call).offHook(a.address(), a.terminal());
    }

    @Test
    void offHookMakesTheCallActiveWithAnInitiatedConnection() throws Exception {
        CallControlConnection origin = offHook();

        assertCallState(call, Call.ACTIVE);
        assertThat(origin.getAddress()).isEqualTo(a.address());
        assertCallControlState(origin, CallControlConnection.INITIATED);
        assertConnectionState(origin, Connection.CONNECTED);
    }

    @Test
    void offHookGivesTheTerminalATalkingTerminalConnection() throws Exception {
        CallControlConnection origin = offHook();

        TerminalConnection tc = terminalConnectionAt(origin, a.terminal());
        assertThat(tc).as("terminal connection at %s", a.terminal().getName()).isNotNull();
        assertCallControlState(tc, CallControlTerminalConnection.TALKING);
        assertTerminalConnectionState(tc, TerminalConnection.ACTIVE);
    }

    @Test
    void offHookListsOnlyTheCallersConnection() throws Exception {
        CallControlConnection origin = offHook();

        assertThat(listOf(call.getConnections())).containsExactly(origin);
        assertThat(((CallControlCall) call).getCallingAddress()).isEqualTo(a.address());
    }

    @Test
    void offHookOnAnActiveCallIsRefusedAndChangesNothing() throws Exception {
        offHook();

        assertRefused(InvalidStateException.class, call, () -> ((CallControlCall) call).offHook(a.address(), a.terminal()));
    }

    @Test
    void offHookIsHeardAsInitiated() throws Exception {
        CallControlConnection origin = offHook();

        log.awaitObserved(origin, javax.telephony.callcontrol.events.CallCtlConnInitiatedEv.ID);
        java.util.List<String> names = log.query().observer().about(origin).names();
        assertThat(names).as("events of the connection after offHook").first().isEqualTo("ConnCreatedEv");
        assertThat(names.subList(1, names.size())).as("events of the connection after offHook")
                .containsExactlyInAnyOrder("ConnConnectedEv", "CallCtlConnInitiatedEv");
    }

    @Test
    void disconnectingAnOffHookConnectionEndsTheCall() throws Exception {
        CallControlConnection origin = offHook();

        origin.disconnect();

        assertConnectionState(origin, Connection.DISCONNECTED);
        awaitInvalid(log, call);
        assertEnded(call);
    }

    @Test
    @Requires(Feature.ADD_TO_ADDRESS)
    void aFirstDigitMovesTheConnectionToDialing() throws Exception {
        CallControlConnection origin = offHook();
        if (b.number().length() < 2) {
            throw new NotApplicable("address " + b.number() + " has a single digit");
        }

        origin.addToAddress(b.number().substring(0, 1));

        log.awaitObserved(origin, CallCtlConnDialingEv.ID);
        assertCallControlState(origin, CallControlConnection.DIALING);
        assertThat(listOf(call.getConnections())).containsExactly(origin);
    }

    @Test
    @Requires(Feature.ADD_TO_ADDRESS)
    void dialingTheWholeNumberPlacesTheCall() throws Exception {
        CallControlConnection origin = offHook();

        origin.addToAddress(b.number());

        awaitTerminalConnection(log, call, b.terminal(), TermConnRingingEv.ID);
        log.awaitObserved(origin, CallCtlConnEstablishedEv.ID);
        assertCallControlState(origin, CallControlConnection.ESTABLISHED);
        assertThat(connectionAt(call, b.address())).as("the connection at %s", b.number()).isNotNull();
        assertThat(((CallControlCall) call).getCalledAddress()).isEqualTo(b.address());
    }

    @Test
    @Requires(Feature.ADD_TO_ADDRESS)
    void dialingDigitByDigitPlacesTheCall() throws Exception {
        CallControlConnection origin = offHook();

        for (char digit : b.number().toCharArray()) {
            origin.addToAddress(String.valueOf(digit));
        }

        awaitTerminalConnection(log, call, b.terminal(), TermConnRingingEv.ID);
        assertCallControlState(origin, CallControlConnection.ESTABLISHED);
        assertMatches("the caller's call-control events", log.query().observer().about(origin).callControl().names(),
                "CallCtlConnInitiatedEv", "CallCtlConnDialingEv+", "CallCtlConnEstablishedEv");
    }

    @Test
    @Requires(Feature.ADD_TO_ADDRESS)
    void addToAddressOnAnEstablishedConnectionIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall placed = ring(a, b, newLog());

        assertRefused(InvalidStateException.class, placed.call(),
                () -> ((CallControlConnection) placed.origin()).addToAddress("1"));
    }

    @Test
    @Requires(Feature.ADD_TO_ADDRESS)
    void addToAddressOnTheCalledConnectionIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall placed = ring(a, b, newLog());

        assertRefused(InvalidStateException.class, placed.call(),
                () -> ((CallControlConnection) placed.destination()).addToAddress("1"));
    }
}
