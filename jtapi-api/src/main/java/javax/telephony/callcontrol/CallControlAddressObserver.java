package javax.telephony.callcontrol;

import javax.telephony.AddressObserver;

/**
 * Legacy address observer that receives call control address events; superseded by {@code
 * CallControlAddressListener}.
 */
public interface CallControlAddressObserver extends AddressObserver {
}
