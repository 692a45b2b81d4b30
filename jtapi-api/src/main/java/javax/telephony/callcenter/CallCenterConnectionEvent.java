package javax.telephony.callcenter;

import javax.telephony.ConnectionEvent;

/**
 * Connection event in the call center package, reporting the call-center-specific in-progress state
 * of a connection.
 */
public interface CallCenterConnectionEvent extends ConnectionEvent, CallCenterCallEvent {
    int CALLCENT_CONNECTION_IN_PROGRESS = 319;
}
