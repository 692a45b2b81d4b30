package javax.telephony.callcenter;

import javax.telephony.callcenter.events.ReRouteEvent;
import javax.telephony.callcenter.events.RouteCallbackEndedEvent;
import javax.telephony.callcenter.events.RouteEndEvent;
import javax.telephony.callcenter.events.RouteEvent;
import javax.telephony.callcenter.events.RouteUsedEvent;

/**
 * Callback an application registers on a {@code RouteAddress} to receive routing requests and
 * updates for calls, and to learn when routing ends.
 */
public interface RouteCallback {
    void reRouteEvent(ReRouteEvent reRouteEvent);

    void routeCallbackEndedEvent(RouteCallbackEndedEvent routeCallbackEndedEvent);

    void routeEndEvent(RouteEndEvent routeEndEvent);

    void routeEvent(RouteEvent routeEvent);

    void routeUsedEvent(RouteUsedEvent routeUsedEvent);
}
