package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.Terminal;

/**
 * Route session event reporting the destination that was actually used for the routed call, along
 * with the calling party.
 */
public interface RouteUsedEvent extends RouteSessionEvent {
    Address getCallingAddress();

    Terminal getCallingTerminal();

    boolean getDomain();

    Terminal getRouteUsed();
}
