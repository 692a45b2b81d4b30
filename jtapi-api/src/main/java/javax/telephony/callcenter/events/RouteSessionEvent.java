package javax.telephony.callcenter.events;

import javax.telephony.callcenter.RouteSession;

/**
 * Base interface for routing events delivered to a {@code RouteCallback}; gives access to the
 * {@code RouteSession} concerned.
 */
public interface RouteSessionEvent {
    RouteSession getRouteSession();
}
