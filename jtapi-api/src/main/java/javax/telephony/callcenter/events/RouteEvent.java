package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.callcenter.RouteAddress;

/**
 * Route session event requesting that the application pick a destination for a call, with calling
 * party, setup data and the suggested routing algorithm.
 */
public interface RouteEvent extends RouteSessionEvent {
    int SELECT_ACD = 3;
    int SELECT_EMERGENCY = 2;
    int SELECT_LEAST_COST = 1;
    int SELECT_NORMAL = 0;
    int SELECT_USER_DEFINED = 4;

    Address getCallingAddress();

    Terminal getCallingTerminal();

    RouteAddress getCurrentRouteAddress();

    int getRouteSelectAlgorithm();

    String getSetupInformation();
}
