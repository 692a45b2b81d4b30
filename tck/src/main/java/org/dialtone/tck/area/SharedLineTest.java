package org.dialtone.tck.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.capabilities.CallControlTerminalConnectionCapabilities;
import javax.telephony.events.ConnConnectedEv;
import javax.telephony.events.ConnDisconnectedEv;
import javax.telephony.events.TermConnRingingEv;
import org.dialtone.tck.Area;
import org.dialtone.tck.Feature;
import org.dialtone.tck.Need;
import org.dialtone.tck.Needs;
import org.dialtone.tck.NotSupported;
import org.dialtone.tck.Phone;
import org.dialtone.tck.Requires;
import org.dialtone.tck.TckTest;
import org.dialtone.tck.TwoPartyCall;
import org.dialtone.tck.events.EventLog;
import org.junit.jupiter.api.Test;

/** Terminals joining and leaving calls: a shared line, CallControlTerminalConnection.join and leave. */
@Area(value = "Drop: join / leave", covers = "CallControlTerminalConnection.join, leave; shared lines")
@Requires({Feature.CONNECT, Feature.CALL_CONTROL})
public class SharedLineTest extends TckTest {

    private EventLog log;
    private Call call;
    private Connection shared;

    /** Calls the shared line from phone a; returns its terminal connections, all ringing. */
    private List<CallControlTerminalConnection> ringSharedLine() throws Exception {
        List<Phone> line = sharedLine();
        log = newLog();
        call = provider.createCall();
        observe(call, log);
        Connection[] connections = call.connect(a.terminal(), a.address(), line.get(0).number());
        shared = connections[1];
        List<CallControlTerminalConnection> out = new ArrayList<>();
        for (Phone p : line) {
            out.add((CallControlTerminalConnection) awaitTerminalConnection(log, call, p.terminal(), TermConnRingingEv.ID));
        }
        return out;
    }

    /** The shared line answered at its first terminal. */
    private List<CallControlTerminalConnection> answerSharedLine() throws Exception {
        List<CallControlTerminalConnection> tcs = ringSharedLine();
        tcs.get(0).answer();
        log.awaitObserved(shared, ConnConnectedEv.ID);
        return tcs;
    }

    @Test
    @Needs(Need.SHARED_LINE)
    void aCallToASharedLineRingsEveryTerminal() throws Exception {
        List<CallControlTerminalConnection> tcs = ringSharedLine();

        assertThat(tcs).allSatisfy(tc -> assertCallControlState(tc, CallControlTerminalConnection.RINGING));
        assertThat(listOf(shared.getTerminalConnections())).containsExactlyInAnyOrderElementsOf(tcs);
    }

    @Test
    @Needs(Need.SHARED_LINE)
    void answeringAtOneTerminalMakesTheOthersPassive() throws Exception {
        List<CallControlTerminalConnection> tcs = answerSharedLine();

        assertCallControlState(tcs.get(0), CallControlTerminalConnection.TALKING);
        assertCallControlState(shared, CallControlConnection.ESTABLISHED);
        for (CallControlTerminalConnection other : tcs.subList(1, tcs.size())) {
            assertTerminalConnectionState(other, TerminalConnection.PASSIVE);
            assertThat(other.getCallControlState()).as("call-control state of a terminal sharing a line in use")
                    .isIn(CallControlTerminalConnection.BRIDGED, CallControlTerminalConnection.INUSE);
        }
    }

    @Test
    @Needs(Need.SHARED_LINE)
    @Requires(Feature.JOIN)
    void aPassiveTerminalThatMayJoinJoinsTheCallAndTalks() throws Exception {
        List<CallControlTerminalConnection> tcs = answerSharedLine();
        CallControlTerminalConnection other = tcs.get(1);
        if (!((CallControlTerminalConnectionCapabilities) other.getCapabilities()).canJoin()) {
            throw new NotSupported("JOIN of a " + (other.getCallControlState() == CallControlTerminalConnection.INUSE
                    ? "INUSE" : "BRIDGED") + " terminal connection (its dynamic canJoin() says no)");
        }

        other.join();

        assertCallControlState(other, CallControlTerminalConnection.TALKING);
        assertTerminalConnectionState(other, TerminalConnection.ACTIVE);
        assertCallControlState(tcs.get(0), CallControlTerminalConnection.TALKING);
    }

    @Test
    @Needs(Need.SHARED_LINE)
    @Requires({Feature.JOIN, Feature.LEAVE})
    void aTerminalLeavingASharedCallDropsWhileTheLineStaysInTheCall() throws Exception {
        List<CallControlTerminalConnection> tcs = answerSharedLine();
        CallControlTerminalConnection other = tcs.get(1);
        if (!((CallControlTerminalConnectionCapabilities) other.getCapabilities()).canJoin()) {
            throw new NotSupported("JOIN of a passive terminal connection (its dynamic canJoin() says no)");
        }
        other.join();

        tcs.get(0).leave();

        assertCallControlState(tcs.get(0), CallControlTerminalConnection.DROPPED);
        assertCallControlState(other, CallControlTerminalConnection.TALKING);
        assertCallControlState(shared, CallControlConnection.ESTABLISHED);
        assertCallState(call, Call.ACTIVE);
    }

    @Test
    @Needs(Need.SHARED_LINE)
    @Requires(Feature.LEAVE)
    void aPassiveTerminalLeavingDropsOnlyItself() throws Exception {
        List<CallControlTerminalConnection> tcs = answerSharedLine();
        if (!((CallControlTerminalConnectionCapabilities) tcs.get(1).getCapabilities()).canLeave()) {
            throw new NotSupported("LEAVE of a passive terminal connection (its dynamic canLeave() says no)");
        }

        tcs.get(1).leave();

        assertCallControlState(tcs.get(1), CallControlTerminalConnection.DROPPED);
        assertCallControlState(tcs.get(0), CallControlTerminalConnection.TALKING);
        assertCallControlState(shared, CallControlConnection.ESTABLISHED);
    }

    @Test
    @Requires(Feature.LEAVE)
    void theLastTalkingTerminalLeavingDisconnectsItsConnection() throws Exception {
        EventLog events = newLog();
        TwoPartyCall placed = talk(a, b, events);

        ((CallControlTerminalConnection) placed.calleeTc()).leave();

        assertCallControlState(placed.calleeTc(), CallControlTerminalConnection.DROPPED);
        events.awaitObserved(placed.destination(), ConnDisconnectedEv.ID);
        assertConnectionState(placed.destination(), Connection.DISCONNECTED);
    }

    @Test
    @Requires(Feature.JOIN)
    void joiningATalkingTerminalIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall placed = talk(a, b, newLog());

        assertRefused(InvalidStateException.class, placed.call(),
                () -> ((CallControlTerminalConnection) placed.calleeTc()).join());
    }

    @Test
    @Requires(Feature.JOIN)
    void joiningARingingTerminalIsRefusedAndChangesNothing() throws Exception {
        TwoPartyCall placed = ring(a, b, newLog());

        assertRefused(InvalidStateException.class, placed.call(),
                () -> ((CallControlTerminalConnection) placed.calleeTc()).join());
    }

    @Test
    @Requires(Feature.LEAVE)
    void leavingTwiceIsRefused() throws Exception {
        TwoPartyCall placed = talk(a, b, newLog());
        CallControlTerminalConnection tc = (CallControlTerminalConnection) placed.calleeTc();
        tc.leave();

        assertRefused(InvalidStateException.class, placed.call(), tc::leave);
        assertCallControlState(tc, CallControlTerminalConnection.DROPPED);
    }
}
