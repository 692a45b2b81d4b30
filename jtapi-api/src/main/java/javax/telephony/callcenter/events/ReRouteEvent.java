package javax.telephony.callcenter.events;

/**
 * Route session event asking the application to choose another destination because the previously
 * selected route could not be used.
 */
public interface ReRouteEvent extends RouteSessionEvent {
}
