package javax.telephony.callcenter.events;

import javax.telephony.callcenter.RouteAddress;

/**
 * Event telling a {@code RouteCallback} that it will receive no further routing requests for its
 * route address.
 */
public interface RouteCallbackEndedEvent {
    RouteAddress getRouteAddress();
}
