package javax.telephony.callcenter;

import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;

/**
 * Provider with call center features; lists the ACD addresses, ACD manager addresses and route
 * addresses it controls.
 */
public interface CallCenterProvider extends Provider {
    ACDAddress[] getACDAddresses() throws MethodNotSupportedException;

    ACDManagerAddress[] getACDManagerAddresses() throws MethodNotSupportedException;

    RouteAddress[] getRouteableAddresses() throws MethodNotSupportedException;
}
