package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.ResourceUnavailableException;

/**
 * Address whose incoming calls can be routed by the application; used to register and cancel {@code
 * RouteCallback}s and to list active route sessions.
 */
public interface RouteAddress extends Address {
    String ALL_ROUTE_ADDRESS = "AllRouteAddress";

    void cancelRouteCallback(RouteCallback routeCallback) throws MethodNotSupportedException;

    RouteSession[] getActiveRouteSessions() throws MethodNotSupportedException;

    RouteCallback[] getRouteCallback() throws MethodNotSupportedException;

    void registerRouteCallback(RouteCallback routeCallback) throws MethodNotSupportedException, ResourceUnavailableException;
}
