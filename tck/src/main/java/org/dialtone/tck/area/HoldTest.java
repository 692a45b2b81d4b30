package org.dialtone.tck.area;

import static org.dialtone.tck.events.Sequences.assertMatches;

import javax.telephony.Call;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.events.CallCtlTermConnTalkingEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.junit.jupiter.api.Test;

/** Putting a terminal on hold and taking it back: CallControlTerminalConnection.hold and unhold. */
@Area(value = "Hold", covers = "CallControlTerminalConnection.hold, unhold")
@Requires({Feature.CONNECT, Feature.ANSWER, Feature.CALL_CONTROL, Feature.HOLD})
public class HoldTest extends TckTest {

    private static CallControlTerminalConnection cc(TerminalConnection tc) {
        return (CallControlTerminalConnection) tc;
    }

    @Test
    void holdMovesATalkingTerminalToHeldWhenItReturns() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        cc(call.callerTc()).hold();

        assertCallControlState(call.callerTc(), CallControlTerminalConnection.HELD);
        assertTerminalConnectionState(call.callerTc(), TerminalConnection.ACTIVE);
        assertCallControlState(call.origin(), CallControlConnection.ESTABLISHED);
    }

    @Test
    void unholdMovesAHeldTerminalBackToTalkingWhenItReturns() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());
        cc(call.callerTc()).hold();

        cc(call.callerTc()).unhold();

        assertCallControlState(call.callerTc(), CallControlTerminalConnection.TALKING);
        assertCallControlState(call.origin(), CallControlConnection.ESTABLISHED);
    }

    @Test
    void holdLeavesTheOtherPartyTalking() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        cc(call.callerTc()).hold();

        assertCallControlState(call.calleeTc(), CallControlTerminalConnection.TALKING);
        assertCallControlState(call.destination(), CallControlConnection.ESTABLISHED);
        assertCallState(call.call(), Call.ACTIVE);
    }

    @Test
    void holdAndUnholdAreHeardByObserversAndListeners() throws Exception {
        EventLog log = newLog();
        TwoPartyCall call = talk(a, b, log);

        cc(call.callerTc()).hold();
        cc(call.callerTc()).unhold();

        log.awaitCount("CallCtlTermConnTalkingEv of the caller", 2, s -> s.isAbout(call.callerTc())
                && s.id() == CallCtlTermConnTalkingEv.ID);
        assertMatches("the caller's terminal call-control events", log.query().observer().about(call.callerTc())
                .callControl().names(), "CallCtlTermConnTalkingEv", "CallCtlTermConnHeldEv", "CallCtlTermConnTalkingEv");
        log.awaitCount("cc.terminalConnectionTalking of the caller", 2, s -> s.isAbout(call.callerTc())
                && s.name().equals("cc.terminalConnectionTalking"));
        assertMatches("the caller's terminal call-control callbacks", log.query().listener().about(call.callerTc())
                .callControl().names(), "cc.terminalConnectionTalking", "cc.terminalConnectionHeld",
                "cc.terminalConnectionTalking");
    }

    @Test
    void holdingARingingTerminalIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall call = ring(a, b, newLog());

        assertRefused(InvalidStateException.class, call.call(), () -> cc(call.calleeTc()).hold());
    }

    @Test
    void holdingTwiceIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());
        cc(call.callerTc()).hold();

        assertRefused(InvalidStateException.class, call.call(), () -> cc(call.callerTc()).hold());
        assertCallControlState(call.callerTc(), CallControlTerminalConnection.HELD);
    }

    @Test
    void unholdingATalkingTerminalIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());

        assertRefused(InvalidStateException.class, call.call(), () -> cc(call.callerTc()).unhold());
        assertCallControlState(call.callerTc(), CallControlTerminalConnection.TALKING);
    }

    @Test
    @Requires(Feature.DROP)
    void aCallWithAPartyOnHoldCanBeDropped() throws Exception {
        TwoPartyCall call = talk(a, b, newLog());
        cc(call.callerTc()).hold();

        ((CallControlCall) call.call()).drop();

        assertEnded(call.call());
        assertCallControlState(call.callerTc(), CallControlTerminalConnection.DROPPED);
    }
}
