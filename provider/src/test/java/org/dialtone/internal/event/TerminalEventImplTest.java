package org.dialtone.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.telephony.Event;
import javax.telephony.Terminal;
import javax.telephony.TerminalEvent;
import javax.telephony.callcontrol.CallControlTerminalEvent;
import org.junit.jupiter.api.Test;

class TerminalEventImplTest {
    private final Terminal desk = Doubles.named(Terminal.class, "desk-1001");

    @Test
    void gettersReturnWhatWasGivenAndTheSourceIsTheTerminal() {
        TerminalEventImpl event = new TerminalEventImpl(
                CallControlTerminalEvent.CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB,
                Event.CAUSE_NORMAL, Event.CAUSE_NORMAL, null, desk, true);

        assertThat(event.getID())
                .isEqualTo(CallControlTerminalEvent.CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB);
        assertThat(event.getCallControlCause()).isEqualTo(Event.CAUSE_NORMAL);
        assertThat(event.getTerminal()).isSameAs(desk);
        assertThat(event.getSource()).isSameAs(desk);
        assertThat(event.getDoNotDisturbState()).isTrue();
    }

    @Test
    void rejectsAMissingTerminal() {
        assertThatThrownBy(() -> new TerminalEventImpl(
                TerminalEvent.TERMINAL_EVENT_TRANSMISSION_ENDED, Event.CAUSE_NORMAL,
                Event.CAUSE_NORMAL, null, null, false))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("TerminalEvent TERMINAL_EVENT_TRANSMISSION_ENDED: terminal is null");
    }

    @Test
    void toStringShowsTheDoNotDisturbStateOnlyForItsEvent() {
        assertThat(new TerminalEventImpl(
                CallControlTerminalEvent.CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB,
                Event.CAUSE_NORMAL, Event.CAUSE_NORMAL, null, desk, false))
                .hasToString("TerminalEvent[CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB"
                        + " cause=CAUSE_NORMAL terminal=desk-1001 doNotDisturb=false]");
        assertThat(new TerminalEventImpl(TerminalEvent.TERMINAL_EVENT_TRANSMISSION_ENDED,
                Event.CAUSE_NORMAL, Event.CAUSE_NORMAL, null, desk, false))
                .hasToString("TerminalEvent[TERMINAL_EVENT_TRANSMISSION_ENDED"
                        + " cause=CAUSE_NORMAL terminal=desk-1001]");
    }
}
