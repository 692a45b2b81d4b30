package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/**
 * Reports whether a call center address supports adding call observers that keep following calls
 * after they leave the address.
 */
public interface CallCenterAddressCapabilities extends AddressCapabilities {
    boolean canAddCallObserver(boolean flag);
}
