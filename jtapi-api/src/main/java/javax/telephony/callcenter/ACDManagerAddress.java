package javax.telephony.callcenter;

import javax.telephony.MethodNotSupportedException;

/**
 * Address that manages one or more ACD addresses, for example as the entry point that spreads calls
 * across ACD groups.
 */
public interface ACDManagerAddress extends CallCenterAddress {
    ACDAddress[] getACDAddresses() throws MethodNotSupportedException;
}
