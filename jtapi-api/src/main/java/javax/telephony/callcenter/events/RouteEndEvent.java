package javax.telephony.callcenter.events;

/**
 * Route session event reporting that a routing dialogue has finished and the session is no longer
 * active.
 */
public interface RouteEndEvent extends RouteSessionEvent {
}
