package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialtone.internal.model.Sequences.answered;
import static org.dialtone.internal.model.Sequences.asListener;
import static org.dialtone.internal.model.Sequences.connect;
import static org.dialtone.internal.model.Sequences.disconnected;
import static org.dialtone.internal.model.Sequences.held;
import static org.dialtone.internal.model.Sequences.invalid;
import static org.dialtone.internal.model.Sequences.lines;
import static org.dialtone.internal.model.Sequences.ringing;
import static org.dialtone.internal.model.SimLab.describe;

import java.util.List;
import javax.telephony.Connection;
import javax.telephony.Event;
import javax.telephony.InvalidStateException;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.capabilities.CallControlTerminalConnectionCapabilities;
import javax.telephony.callcontrol.events.CallCtlEv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hold and unhold of a terminal connection: TALKING to HELD and back, the connection staying
 * ESTABLISHED, as one progress batch each; the far party is told it is held (the sim keeps what
 * the provider said). Refusals change nothing.
 */
class HoldTest {
    private final SimLab lab = new SimLab();
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();

    private static final List<String> ANSWERED = lines(connect("1001", "1002"), ringing("1002", "1002"),
            answered("1002", "1002"));
    private static final List<String> DROPPED = lines("-- META_CALL_ENDING", disconnected("1001", "1001"),
            disconnected("1002", "1002"), invalid());

    @AfterEach
    void shutDown() {
        lab.close();
    }

    private Connection[] answeredCall() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        parts[1].getTerminalConnections()[0].answer();
        return parts;
    }

    private static CallControlTerminalConnection tc(Connection c) {
        return (CallControlTerminalConnection) c.getTerminalConnections()[0];
    }

    /** Drops the call and checks everything its subscribers heard, in both event models. */
    private void dropAndExpect(Connection[] parts, List<String> beforeDrop) throws Exception {
        ((CallControlCall) parts[0].getCall()).drop();
        List<String> expected = lines(beforeDrop, DROPPED);
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    @Test
    void holdMovesTheTerminalToHeldWhileItsConnectionStaysEstablished() throws Exception {
        Connection[] parts = answeredCall();

        tc(parts[0]).hold();

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 HELD]",
                "1002 ESTABLISHED [1002 TALKING]");
        assertThat(tc(parts[0]).getState()).isEqualTo(TerminalConnection.ACTIVE);
        assertThat(lab.party("1002").isHeld()).as("the far party is held").isTrue();
        assertThat(lab.party("1001").isHeld()).as("the holder is not").isFalse();
        dropAndExpect(parts, lines(ANSWERED, held("1001", true)));
        assertThat(lab.party("1002").isHeld()).as("no hold outlives its call").isFalse();
    }

    @Test
    void unholdBringsTheTerminalBackToTalkingWithTheUnholdCause() throws Exception {
        Connection[] parts = answeredCall();
        EventLog events = new EventLog();
        parts[0].getCall().addCallListener(events);
        CallControlTerminalConnection caller = tc(parts[0]);
        caller.hold();

        caller.unhold();

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 TALKING]");
        assertThat(lab.party("1002").isHeld()).isFalse();
        Event talking = events.heard(CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_TALKING,
                e -> e.getMetaEvent().getID() == SingleCallMetaEvent.SINGLECALL_META_PROGRESS_STARTED
                        && ((CallControlTerminalConnectionEvent) e).getTerminalConnection() == caller);
        assertThat(((CallControlTerminalConnectionEvent) talking).getCallControlCause())
                .isEqualTo(CallCtlEv.CAUSE_UNHOLD);
        dropAndExpect(parts, lines(ANSWERED, held("1001", true), held("1001", false)));
    }

    @Test
    void theCalledPartyMayHoldTheCaller() throws Exception {
        Connection[] parts = answeredCall();

        tc(parts[1]).hold();

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 HELD]");
        assertThat(lab.party("1001").isHeld()).isTrue();
        assertThat(lab.party("1002").isHeld()).isFalse();
        dropAndExpect(parts, lines(ANSWERED, held("1002", true)));
    }

    @Test
    void bothSidesMayHoldAtOnceAndEachUnholdsOnlyItself() throws Exception {
        Connection[] parts = answeredCall();

        tc(parts[0]).hold();
        tc(parts[1]).hold();
        tc(parts[0]).unhold();

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 HELD]");
        assertThat(lab.party("1001").isHeld()).isTrue();
        assertThat(lab.party("1002").isHeld()).isFalse();
        dropAndExpect(parts, lines(ANSWERED, held("1001", true), held("1002", true), held("1001", false)));
    }

    @Test
    void aHeldCallHandedToAnotherProviderStaysHeldAndIsTakenBackThere() throws Exception {
        ProviderImpl desk = lab.openAnother();
        desk.register("desk");
        Recorder deskObserver = new Recorder();
        desk.getAddress("1001").addCallObserver(deskObserver);
        Connection[] parts = answeredCall();
        tc(parts[0]).hold();

        lab.provider.handoff(parts[0].getCall(), "desk");

        deskObserver.await("-- META_SNAPSHOT");
        Connection[] there = desk.getCalls()[0].getConnections();
        assertThat(describe(desk.getCalls()[0])).containsExactly("1001 ESTABLISHED [1001 HELD]",
                "1002 ESTABLISHED [1002 TALKING]");
        assertThat(lab.party("1002").isHeld()).as("still held, by the desk's call").isTrue();
        tc(there[0]).unhold();
        assertThat(lab.party("1002").isHeld()).isFalse();
    }

    @Test
    void capabilitiesFollowTheState() throws Exception {
        Connection[] parts = answeredCall();
        CallControlTerminalConnection caller = tc(parts[0]);

        assertThat(holdAndUnhold(caller)).containsExactly(true, false);
        caller.hold();
        assertThat(holdAndUnhold(caller)).containsExactly(false, true);
        caller.unhold();
        assertThat(holdAndUnhold(caller)).containsExactly(true, false);
        dropAndExpect(parts, lines(ANSWERED, held("1001", true), held("1001", false)));
        assertThat(holdAndUnhold(caller)).containsExactly(false, false);
    }

    private static List<Boolean> holdAndUnhold(CallControlTerminalConnection tc) {
        CallControlTerminalConnectionCapabilities now = (CallControlTerminalConnectionCapabilities) tc.getCapabilities();
        return List.of(now.canHold(), now.canUnhold());
    }

    @Test
    void holdingARingingTerminalIsRefusedAndChangesNothing() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        Connection[] parts = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        CallControlTerminalConnection ringing = tc(parts[1]);

        assertThatThrownBy(ringing::hold).isInstanceOfSatisfying(InvalidStateException.class, e -> {
            assertThat(e.getObject()).isSameAs(ringing);
            assertThat(e.getObjectType()).isEqualTo(InvalidStateException.TERMINAL_CONNECTION_OBJECT);
            assertThat(e.getState()).isEqualTo(TerminalConnection.RINGING);
            assertThat(e.getMessage()).contains("1002", "RINGING", "hold needs a TALKING terminal connection");
        });

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ALERTING [1002 RINGING]");
        assertThat(lab.party("1001").isHeld()).isFalse();
        ((CallControlCall) parts[0].getCall()).drop();
        List<String> expected = lines(connect("1001", "1002"), ringing("1002", "1002"), DROPPED);
        assertThat(observer.await("CallObservationEndedEv")).containsExactlyElementsOf(expected);
        assertThat(listener.await("CALL_EVENT_TRANSMISSION_ENDED")).containsExactlyElementsOf(asListener(expected));
    }

    @Test
    void unholdingATalkingTerminalOrHoldingTwiceIsRefusedAndChangesNothing() throws Exception {
        Connection[] parts = answeredCall();

        assertThatThrownBy(tc(parts[0])::unhold).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("TALKING").hasMessageContaining("unhold needs a HELD terminal connection");
        tc(parts[1]).hold();
        assertThatThrownBy(tc(parts[1])::hold).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("HELD").hasMessageContaining("hold needs a TALKING terminal connection");

        assertThat(describe(parts[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 HELD]");
        dropAndExpect(parts, lines(ANSWERED, held("1002", true)));
    }

    @Test
    void holdOnAShutDownProviderIsRefused() throws Exception {
        CallControlTerminalConnection caller = tc(answeredCall()[0]);
        lab.provider.shutdown();

        assertThatThrownBy(caller::hold).isInstanceOf(InvalidStateException.class).hasMessageContaining("shut down");
        assertThatThrownBy(caller::unhold).isInstanceOf(InvalidStateException.class).hasMessageContaining("shut down");
    }
}
