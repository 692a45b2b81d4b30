package javax.telephony.callcontrol;

import javax.telephony.AddressListener;

/**
 * Address listener with callbacks for changes in do-not-disturb, call forwarding and
 * message-waiting state of an address.
 */
public interface CallControlAddressListener extends AddressListener {
    void addressDoNotDisturb(CallControlAddressEvent callControlAddressEvent);

    void addressForwarded(CallControlAddressEvent callControlAddressEvent);

    void addressMessageWaiting(CallControlAddressEvent callControlAddressEvent);
}
