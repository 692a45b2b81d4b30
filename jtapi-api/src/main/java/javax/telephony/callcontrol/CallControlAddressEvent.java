package javax.telephony.callcontrol;

import javax.telephony.AddressEvent;

/**
 * Address event reporting a change of do-not-disturb, forwarding or message-waiting settings on a
 * call control address.
 */
public interface CallControlAddressEvent extends AddressEvent, CallControlEvent {
    int CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB = 350;
    int CALLCTL_ADDRESS_EVENT_FORWARD = 351;
    int CALLCTL_ADDRESS_EVENT_MESSAGE_WAITING = 352;

    boolean getDoNotDisturbState();

    CallControlForwarding[] getForwarding();

    boolean getMessageWaitingState();
}
