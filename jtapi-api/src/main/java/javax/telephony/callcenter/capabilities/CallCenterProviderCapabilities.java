package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.ProviderCapabilities;

/**
 * Reports whether a call center provider can list its ACD addresses, ACD manager addresses and
 * route addresses.
 */
public interface CallCenterProviderCapabilities extends ProviderCapabilities {
    boolean canGetACDAddresses();

    boolean canGetACDManagerAddresses();

    boolean canGetRouteableAddresses();
}
