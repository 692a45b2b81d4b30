package org.dialtone.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.Event;
import javax.telephony.Terminal;
import javax.telephony.callcontrol.CallControlEvent;
import org.junit.jupiter.api.Test;

class CallEventImplTest {
    private final Call call = Doubles.named(Call.class, "call-1");
    private final Address alice = Doubles.named(Address.class, "1001");
    private final Terminal desk = Doubles.named(Terminal.class, "desk-1001");
    private final Address bob = Doubles.named(Address.class, "1002");
    private final Address carol = Doubles.named(Address.class, "1003");

    @Test
    void gettersReturnWhatWasGivenAndTheSourceIsTheCall() {
        CallInfo parties = new CallInfo(alice, desk, bob, carol);
        CallEventImpl event = new CallEventImpl(CallEvent.CALL_INVALID, Event.CAUSE_NORMAL,
                CallControlEvent.CAUSE_TRANSFER, null, call, parties);

        assertThat(event.getID()).isEqualTo(CallEvent.CALL_INVALID);
        assertThat(event.getCause()).isEqualTo(Event.CAUSE_NORMAL);
        assertThat(event.getCallControlCause()).isEqualTo(CallControlEvent.CAUSE_TRANSFER);
        assertThat(event.getCall()).isSameAs(call);
        assertThat(event.getSource()).isSameAs(call);
        assertThat(event.getParties()).isSameAs(parties);
        assertThat(event.getCallingAddress()).isSameAs(alice);
        assertThat(event.getCallingTerminal()).isSameAs(desk);
        assertThat(event.getCalledAddress()).isSameAs(bob);
        assertThat(event.getLastRedirectedAddress()).isSameAs(carol);
    }

    @Test
    void nullPartiesMeanNoneKnown() {
        CallEventImpl event = new CallEventImpl(CallEvent.CALL_ACTIVE, Event.CAUSE_NORMAL,
                Event.CAUSE_NORMAL, null, call, null);

        assertThat(event.getParties()).isSameAs(CallInfo.NONE);
        assertThat(event.getCallingAddress()).isNull();
        assertThat(event.getCalledAddress()).isNull();
    }

    @Test
    void rejectsAMissingCall() {
        assertThatThrownBy(() -> new CallEventImpl(CallEvent.CALL_ACTIVE, Event.CAUSE_NORMAL,
                Event.CAUSE_NORMAL, null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("CallEvent CALL_ACTIVE: call is null");
    }

    @Test
    void toStringShowsTheCallControlCauseOnlyWhenItSaysMore() {
        assertThat(new CallEventImpl(CallEvent.CALL_ACTIVE, Event.CAUSE_NORMAL,
                Event.CAUSE_NORMAL, null, call, new CallInfo(alice, null, bob, null)))
                .hasToString("CallEvent[CALL_ACTIVE cause=CAUSE_NORMAL call=call-1"
                        + " calling=1001 called=1002]");
        assertThat(new CallEventImpl(CallEvent.CALL_INVALID, Event.CAUSE_NORMAL,
                CallControlEvent.CAUSE_TRANSFER, null, call, null))
                .hasToString("CallEvent[CALL_INVALID cause=CAUSE_NORMAL call=call-1"
                        + " ccCause=CAUSE_TRANSFER]");
    }
}
