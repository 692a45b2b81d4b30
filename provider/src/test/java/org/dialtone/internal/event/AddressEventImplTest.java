package org.dialtone.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.telephony.Address;
import javax.telephony.AddressEvent;
import javax.telephony.Event;
import javax.telephony.callcontrol.CallControlAddressEvent;
import javax.telephony.callcontrol.CallControlEvent;
import javax.telephony.callcontrol.CallControlForwarding;
import org.junit.jupiter.api.Test;

class AddressEventImplTest {
    private final Address alice = Doubles.named(Address.class, "1001");
    private final CallControlForwarding toVoicemail =
            new CallControlForwarding("8000", CallControlForwarding.FORWARD_ON_NOANSWER);

    @Test
    void gettersReturnWhatWasGivenAndTheSourceIsTheAddress() {
        AddressEventImpl event = new AddressEventImpl(
                CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB, Event.CAUSE_NORMAL,
                CallControlEvent.CAUSE_DO_NOT_DISTURB, null, alice, true,
                new CallControlForwarding[] {toVoicemail}, true);

        assertThat(event.getID())
                .isEqualTo(CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB);
        assertThat(event.getCallControlCause()).isEqualTo(CallControlEvent.CAUSE_DO_NOT_DISTURB);
        assertThat(event.getAddress()).isSameAs(alice);
        assertThat(event.getSource()).isSameAs(alice);
        assertThat(event.getDoNotDisturbState()).isTrue();
        assertThat(event.getMessageWaitingState()).isTrue();
        assertThat(event.getForwarding()).containsExactly(toVoicemail);
    }

    @Test
    void forwardingIsCopiedOnTheWayInAndOut() {
        CallControlForwarding[] rules = {toVoicemail};
        AddressEventImpl event = new AddressEventImpl(
                CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_FORWARD, Event.CAUSE_NORMAL,
                Event.CAUSE_NORMAL, null, alice, false, rules, false);

        rules[0] = new CallControlForwarding("9999");
        event.getForwarding()[0] = null;

        assertThat(event.getForwarding()).containsExactly(toVoicemail);
        assertThat(event.getForwarding()).isNotSameAs(event.getForwarding());
    }

    @Test
    void noForwardingIsAnEmptyArray() {
        AddressEventImpl event = new AddressEventImpl(
                AddressEvent.ADDRESS_EVENT_TRANSMISSION_ENDED, Event.CAUSE_NORMAL,
                Event.CAUSE_NORMAL, null, alice, false, null, false);

        assertThat(event.getForwarding()).isEmpty();
    }

    @Test
    void rejectsAMissingAddressOrForwardingRule() {
        assertThatThrownBy(() -> new AddressEventImpl(
                AddressEvent.ADDRESS_EVENT_TRANSMISSION_ENDED, Event.CAUSE_NORMAL,
                Event.CAUSE_NORMAL, null, null, false, null, false))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("AddressEvent ADDRESS_EVENT_TRANSMISSION_ENDED: address is null");
        assertThatThrownBy(() -> new AddressEventImpl(
                CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_FORWARD, Event.CAUSE_NORMAL,
                Event.CAUSE_NORMAL, null, alice, false, new CallControlForwarding[] {null},
                false))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("AddressEvent: forwarding rule 0 is null");
    }

    @Test
    void toStringShowsTheFeatureTheIdIsAbout() {
        assertThat(new AddressEventImpl(
                CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING,
                Event.CAUSE_NORMAL, Event.CAUSE_NORMAL, null, alice, true, null, true))
                .hasToString("AddressEvent[CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING"
                        + " cause=CAUSE_NORMAL address=1001 messageWaiting=true]");
        assertThat(new AddressEventImpl(
                CallControlAddressEvent.CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB,
                Event.CAUSE_NORMAL, CallControlEvent.CAUSE_DO_NOT_DISTURB, null, alice, true,
                null, false))
                .hasToString("AddressEvent[CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB"
                        + " cause=CAUSE_NORMAL address=1001 ccCause=CAUSE_DO_NOT_DISTURB"
                        + " doNotDisturb=true]");
    }
}
