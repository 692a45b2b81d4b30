package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminal;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.dialtone.tck.events.Seen;
import org.junit.jupiter.api.Test;

/**
 * Parking a call at another address (CallControlConnection.park) and taking it back from there
 * (CallControlTerminal.pickup): a directed park at the harness's park address, or else at its third
 * line.
 */
@Area(value = "Park", covers = "CallControlConnection.park; unpark by CallControlTerminal.pickup")
@Requires({Feature.CONNECT, Feature.ANSWER, Feature.CALL_CONTROL, Feature.PARK})
public class ParkTest extends TckTest {

    @Test
    void parkDisconnectsTheParkingPartyAndReturnsTheParkedConnection() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        Connection parked = ((CallControlConnection) call.origin()).park(parkNumber());

        assertThat(parked.getAddress().getName()).as("address of the parked connection").isEqualTo(parkNumber());
        assertThat(parked.getCall()).isEqualTo(call.call());
        assertCallControlState(call.origin(), CallControlConnection.DISCONNECTED);
        assertCallControlState(call.destination(), CallControlConnection.ESTABLISHED);
    }

    @Test
    void theParkingPartyIsDisconnectedWithTheParkCause() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        ((CallControlConnection) call.origin()).park(parkNumber());

        Seen gone = log.awaitObserved(call.origin(), CallCtlConnDisconnectedEv.ID);
        assertThat(gone.callControlCause()).as("call-control cause of the parking party's disconnection")
                .isEqualTo(CallCtlEv.CAUSE_PARK);
    }

    @Test
    void parkingARingingConnectionIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        assertRefused(InvalidStateException.class, call.call(),
                () -> ((CallControlConnection) call.destination()).park(parkNumber()));
    }

    @Test
    void parkingAtAnEmptyAddressIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        assertRefused(InvalidPartyException.class, call.call(), () -> ((CallControlConnection) call.origin()).park(""));
    }

    @Test
    @Requires(Feature.PICKUP)
    void aParkedCallIsPickedUpFromTheParkAddress() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());
        ((CallControlConnection) call.origin()).park(parkNumber());

        TerminalConnection back = ((CallControlTerminal) a.terminal()).pickup(provider.getAddress(parkNumber()),
                a.address());

        assertThat(back.getTerminal()).isEqualTo(a.terminal());
        assertCallControlState(back, CallControlTerminalConnection.TALKING);
        assertCallControlState(call.destination(), CallControlConnection.ESTABLISHED);
    }
}
