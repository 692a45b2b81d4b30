package javax.telephony.callcenter;

import javax.telephony.AddressObserver;

/**
 * Legacy address observer for ACD addresses that receives {@code ACDAddrEv} agent state events;
 * superseded by {@code ACDAddressListener}.
 */
public interface ACDAddressObserver extends AddressObserver {
}
