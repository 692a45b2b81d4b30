package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.CallEvent;
import javax.telephony.Terminal;

/**
 * Call event carrying call center details: attached application data, calling and called addresses,
 * calling terminal and last redirecting address.
 */
public interface CallCenterCallEvent extends CallEvent, CallCenterEvent {
    int CALLCENT_CALL_APPLICATION_DATA_EVENT = 316;

    Object getApplicationData();

    Address getCalledAddress();

    Address getCallingAddress();

    Terminal getCallingTerminal();

    Address getLastRedirectedAddress();
}
