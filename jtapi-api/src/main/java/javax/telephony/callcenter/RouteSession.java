package javax.telephony.callcenter;

import javax.telephony.MethodNotSupportedException;

/**
 * One routing dialogue for a single call at a route address; the application answers it by
 * selecting destinations or ending the route.
 */
public interface RouteSession {
    int CAUSE_INVALID_DESTINATION = 103;
    int CAUSE_NO_ERROR = 100;
    int CAUSE_PARAMETER_NOT_SUPPORTED = 102;
    int CAUSE_ROUTING_TIMER_EXPIRED = 101;
    int CAUSE_STATE_INCOMPATIBLE = 104;
    int CAUSE_UNSPECIFIED_ERROR = 105;
    int ERROR_RESOURCE_BUSY = 2;
    int ERROR_RESOURCE_OUT_OF_SERVICE = 3;
    int ERROR_UNKNOWN = 1;
    int RE_ROUTE = 4;
    int ROUTE = 1;
    int ROUTE_CALLBACK_ENDED = 5;
    int ROUTE_END = 3;
    int ROUTE_USED = 2;

    void endRoute(int value) throws MethodNotSupportedException;

    int getCause();

    RouteAddress getRouteAddress();

    int getState();

    void selectRoute(String[] strings) throws MethodNotSupportedException;
}
