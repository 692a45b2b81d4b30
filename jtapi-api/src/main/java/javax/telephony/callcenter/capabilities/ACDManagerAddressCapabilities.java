package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/** Reports whether the managed ACD addresses can be obtained from an ACD manager address. */
public interface ACDManagerAddressCapabilities extends AddressCapabilities {
    boolean canGetACDAddresses();
}
