package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminal;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.events.ConnDisconnectedEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Need;
import org.dialtone.tck.Needs;
import org.dialtone.tck.NotApplicable;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.junit.jupiter.api.Test;

/** Answering a call that rings elsewhere: CallControlTerminal.pickup in its three forms. */
@Area(value = "Pickup", covers = "CallControlTerminal.pickup(Connection|TerminalConnection|Address, Address), "
        + "pickupFromGroup")
@Requires({Feature.CONNECT, Feature.CALL_CONTROL})
public class PickupTest extends TckTest {

    private CallControlTerminal picker() {
        return (CallControlTerminal) c.terminal();
    }

    /** Checks that c now talks in the call and b no longer takes part. */
    private void assertPickedUp(TwoPartyCall call, TerminalConnection picked, EventLog log) {
        assertThat(picked.getTerminal()).isEqualTo(c.terminal());
        assertThat(picked.getConnection().getAddress()).isEqualTo(c.address());
        assertCallControlState(picked, CallControlTerminalConnection.TALKING);
        assertCallControlState(picked.getConnection(), CallControlConnection.ESTABLISHED);
        log.awaitObserved(call.destination(), ConnDisconnectedEv.ID);
        assertConnectionState(call.destination(), Connection.DISCONNECTED);
        assertCallControlState(call.origin(), CallControlConnection.ESTABLISHED);
    }

    @Test
    @Requires(Feature.PICKUP)
    void pickingUpAnAlertingConnectionAnswersItAtThePicker() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);

        TerminalConnection picked = picker().pickup(call.destination(), c.address());

        assertPickedUp(call, picked, log);
    }

    @Test
    @Requires(Feature.PICKUP)
    void pickingUpARingingTerminalConnectionAnswersItAtThePicker() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);

        TerminalConnection picked = picker().pickup(call.calleeTc(), c.address());

        assertPickedUp(call, picked, log);
    }

    @Test
    @Requires(Feature.PICKUP)
    void pickingUpFromARingingAddressAnswersItAtThePicker() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);

        TerminalConnection picked = picker().pickup(b.address(), c.address());

        assertPickedUp(call, picked, log);
    }

    @Test
    @Requires(Feature.PICKUP)
    void pickingUpAnAnsweredCallIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        assertRefused(InvalidStateException.class, call.call(), () -> picker().pickup(call.destination(), c.address()));
    }

    @Test
    @Requires(Feature.PICKUP)
    void pickingUpOntoAnAddressThePickerDoesNotCarryIsRefused() throws Exception {
        if (listOf(a.address().getTerminals()).contains(c.terminal())) {
            throw new NotApplicable("terminal " + c.terminal().getName() + " also carries " + a.number());
        }
        TwoPartyCall call = ring(a, b, newLog());

        assertRefused(InvalidArgumentException.class, call.call(),
                () -> picker().pickup(call.destination(), a.address()));
    }

    @Test
    @Requires(Feature.PICKUP_FROM_GROUP)
    @Needs(Need.PICKUP_GROUP)
    void pickingUpFromANamedGroupAnswersTheRingingCallAtThePicker() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);

        TerminalConnection picked = picker().pickupFromGroup(pickupGroup(), c.address());

        assertPickedUp(call, picked, log);
    }

    @Test
    @Requires(Feature.PICKUP_FROM_GROUP)
    @Needs(Need.PICKUP_GROUP)
    void pickingUpFromThePickersOwnGroupAnswersTheRingingCallAtThePicker() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = ring(a, b, log);

        TerminalConnection picked = picker().pickupFromGroup(c.address());

        assertPickedUp(call, picked, log);
    }
}
