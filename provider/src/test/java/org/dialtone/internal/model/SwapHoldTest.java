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
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import org.dialtone.ext.Extension;
import org.dialtone.ext.SwapHold;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ext swap hold: terminal 1001 talks to 1003 in a consultation and holds its call with 1002;
 * {@code swapHold} changes over in one step, the talking call going on hold first. Refusals change
 * nothing.
 */
class SwapHoldTest {
    private final SimLab lab = new SimLab();
    private final Recorder observer = new Recorder();
    private final Recorder listener = new Recorder();
    private TerminalConnection heldAt1002;
    private TerminalConnection talkingTo1003;
    private Connection[] first;
    private Connection[] consulted;

    private static final List<String> BEFORE = lines(connect("1001", "1002"), ringing("1002", "1002"),
            answered("1002", "1002"), held("1001", true), connect("1001", "1003"), ringing("1003", "1003"),
            answered("1003", "1003"));

    @BeforeEach
    void talkAndConsult() throws Exception {
        lab.address("1001").addCallObserver(observer);
        lab.address("1001").addCallListener(listener);
        first = lab.connect("1001", "1002");
        observer.await("CallCtlTermConnRingingEv 1002");
        first[1].getTerminalConnections()[0].answer();
        consulted = lab.newCall().consult(first[0].getTerminalConnections()[0], "1003");
        observer.await("CallCtlTermConnRingingEv 1003");
        consulted[1].getTerminalConnections()[0].answer();
        heldAt1002 = first[0].getTerminalConnections()[0];
        talkingTo1003 = consulted[0].getTerminalConnections()[0];
    }

    @AfterEach
    void shutDown() {
        lab.close();
    }

    /** Ends both calls, the consultation first, and checks that 1001 heard {@code after} in between. */
    private void endAndExpect(List<String> after) throws Exception {
        ((CallControlCall) consulted[0].getCall()).drop();
        ((CallControlCall) first[0].getCall()).drop();
        List<String> expected = lines(BEFORE, after, "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1003", "1003"), invalid(), "-- META_CALL_ENDING", disconnected("1001", "1001"),
                disconnected("1002", "1002"), invalid());
        assertThat(SimLab.awaitTimes(observer, "CallObservationEndedEv", 2)).containsExactlyElementsOf(expected);
        assertThat(SimLab.awaitTimes(listener, "CALL_EVENT_TRANSMISSION_ENDED", 2))
                .containsExactlyElementsOf(asListener(expected));
    }

    @Test
    void swapHoldHoldsTheTalkingCallAndTakesBackTheHeldOne() throws Exception {
        assertThat(lab.provider.isSupported(Extension.SWAP_HOLD)).isTrue();

        ((SwapHold) heldAt1002).swapHold(talkingTo1003);

        assertThat(describe(first[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1002 ESTABLISHED [1002 TALKING]");
        assertThat(describe(consulted[0].getCall())).containsExactly("1001 ESTABLISHED [1001 HELD]",
                "1003 ESTABLISHED [1003 TALKING]");
        assertThat(lab.party("1003").isHeld()).isTrue();
        assertThat(lab.party("1002").isHeld()).isFalse();
        endAndExpect(lines(held("1001", true), held("1001", false)));
    }

    @Test
    void swappingBackRestoresTheFirstArrangement() throws Exception {
        ((SwapHold) heldAt1002).swapHold(talkingTo1003);

        ((SwapHold) talkingTo1003).swapHold(heldAt1002);

        assertThat(describe(first[0].getCall())).containsExactly("1001 ESTABLISHED [1001 HELD]",
                "1002 ESTABLISHED [1002 TALKING]");
        assertThat(describe(consulted[0].getCall())).containsExactly("1001 ESTABLISHED [1001 TALKING]",
                "1003 ESTABLISHED [1003 TALKING]");
        endAndExpect(lines(held("1001", true), held("1001", false), held("1001", true), held("1001", false)));
    }

    @Test
    void swapHoldInTheWrongStatesIsRefusedAndChangesNothing() throws Exception {
        assertThatThrownBy(() -> ((SwapHold) talkingTo1003).swapHold(heldAt1002))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(talkingTo1003);
                    assertThat(e.getMessage()).contains("TALKING", "swapHold takes back a HELD terminal connection");
                });
        ((CallControlCall) consulted[0].getCall()).drop();
        Connection[] ringingAt1001 = lab.connect("1004", "1001");
        observer.await("CallCtlTermConnRingingEv 1001");
        TerminalConnection ringing = ringingAt1001[1].getTerminalConnections()[0];

        assertThatThrownBy(() -> ((SwapHold) heldAt1002).swapHold(ringing))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.getObject()).isSameAs(ringing);
                    assertThat(e.getMessage()).contains("RINGING", "swapHold puts a TALKING terminal connection on hold");
                });
        assertThat(describe(first[0].getCall())).containsExactly("1001 ESTABLISHED [1001 HELD]",
                "1002 ESTABLISHED [1002 TALKING]");
        assertThat(describe(ringingAt1001[0].getCall())).containsExactly("1004 ESTABLISHED [1004 TALKING]",
                "1001 ALERTING [1001 RINGING]");
    }

    @Test
    void swapHoldNeedsTwoCallsAtOneTerminal() throws Exception {
        TerminalConnection at1002 = first[1].getTerminalConnections()[0];
        TerminalConnection at1003 = consulted[1].getTerminalConnections()[0];

        assertThatThrownBy(() -> ((SwapHold) heldAt1002).swapHold(at1002)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("at one terminal");
        assertThatThrownBy(() -> ((SwapHold) heldAt1002).swapHold(at1003)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("at one terminal");
        assertThatThrownBy(() -> ((SwapHold) heldAt1002).swapHold(heldAt1002))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("of two calls");
        assertThatThrownBy(() -> ((SwapHold) heldAt1002).swapHold(null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("is null");
        endAndExpect(List.of());
    }
}
