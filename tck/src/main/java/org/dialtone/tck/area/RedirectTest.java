package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.TermConnRingingEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.dialtone.tck.events.Seen;
import org.junit.jupiter.api.Test;

/** Sending a ringing call elsewhere: CallControlConnection.redirect. */
@Area(value = "Redirect", covers = "CallControlConnection.redirect")
@Requires({Feature.CONNECT, Feature.CALL_CONTROL, Feature.REDIRECT})
public class RedirectTest extends TckTest {

    @Test
    void redirectMovesTheRingingCallToTheNewAddress() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);

        Connection moved = ((CallControlConnection) call.destination()).redirect(c.number());

        assertThat(moved.getAddress()).isEqualTo(c.address());
        assertThat(moved.getCall()).isEqualTo(call.call());
        assertConnectionState(call.destination(), Connection.DISCONNECTED);
        awaitTerminalConnection(log, call.call(), c.terminal(), TermConnRingingEv.ID);
        assertCallControlState(call.origin(), CallControlConnection.ESTABLISHED);
    }

    @Test
    void theRedirectingPartyIsDisconnectedWithTheRedirectedCause() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);

        ((CallControlConnection) call.destination()).redirect(c.number());

        Seen gone = log.awaitObserved(call.destination(), CallCtlConnDisconnectedEv.ID);
        assertThat(gone.callControlCause()).isEqualTo(CallCtlEv.CAUSE_REDIRECTED);
    }

    @Test
    void aRedirectedCallNamesItsLastRedirectedAddress() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        ((CallControlConnection) call.destination()).redirect(c.number());

        assertThat(((CallControlCall) call.call()).getLastRedirectedAddress()).isEqualTo(b.address());
    }

    @Test
    void redirectingAnAnsweredCallIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        assertRefused(InvalidStateException.class, call.call(),
                () -> ((CallControlConnection) call.destination()).redirect(c.number()));
    }

    @Test
    void redirectingToAnEmptyNumberIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        assertRefused(InvalidPartyException.class, call.call(),
                () -> ((CallControlConnection) call.destination()).redirect(""));
    }
}
