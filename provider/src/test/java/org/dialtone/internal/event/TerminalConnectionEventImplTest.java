package org.dialtone.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.telephony.Call;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.TerminalConnection;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import org.junit.jupiter.api.Test;

class TerminalConnectionEventImplTest {
    private final Call call = Doubles.named(Call.class, "call-1");
    private final TerminalConnection termConn = Doubles.named(TerminalConnection.class, "tc-1");

    @Test
    void gettersReturnWhatWasGivenAndTheSourceIsTheTerminalConnection() {
        TerminalConnectionEventImpl event = new TerminalConnectionEventImpl(
                CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_TALKING,
                Event.CAUSE_NORMAL, CallControlEvent.CAUSE_UNHOLD, null, call, null, termConn);

        assertThat(event.getID()).isEqualTo(
                CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_TALKING);
        assertThat(event.getCallControlCause()).isEqualTo(CallControlEvent.CAUSE_UNHOLD);
        assertThat(event.getTerminalConnection()).isSameAs(termConn);
        assertThat(event.getCall()).isSameAs(call);
        assertThat(event.getSource()).isSameAs(termConn);
    }

    @Test
    void isNotAConnectionEvent() {
        TerminalConnectionEventImpl event = new TerminalConnectionEventImpl(
                TerminalConnectionEvent.TERMINAL_CONNECTION_RINGING, Event.CAUSE_NORMAL,
                Event.CAUSE_NORMAL, null, call, null, termConn);

        assertThat(event).isNotInstanceOf(ConnectionEvent.class);
    }

    @Test
    void rejectsAMissingTerminalConnection() {
        assertThatThrownBy(() -> new TerminalConnectionEventImpl(
                TerminalConnectionEvent.TERMINAL_CONNECTION_ACTIVE, Event.CAUSE_NORMAL,
                Event.CAUSE_NORMAL, null, call, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("TerminalConnectionEvent TERMINAL_CONNECTION_ACTIVE:"
                        + " terminal connection is null");
    }

    @Test
    void toStringNamesIdCausesAndTerminalConnection() {
        assertThat(new TerminalConnectionEventImpl(
                CallControlTerminalConnectionEvent.CALLCTL_TERMINAL_CONNECTION_HELD,
                Event.CAUSE_NORMAL, Event.CAUSE_NORMAL, null, call, null, termConn))
                .hasToString("TerminalConnectionEvent[CALLCTL_TERMINAL_CONNECTION_HELD"
                        + " cause=CAUSE_NORMAL termConn=tc-1]");
    }
}
