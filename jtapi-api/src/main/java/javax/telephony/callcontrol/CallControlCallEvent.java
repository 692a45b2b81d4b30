package javax.telephony.callcontrol;

import javax.telephony.Address;
import javax.telephony.CallEvent;
import javax.telephony.Terminal;

/**
 * Call event carrying call control details: calling and called addresses, calling terminal and last
 * redirecting address.
 */
public interface CallControlCallEvent extends CallEvent, CallControlEvent {
    Address getCalledAddress();

    Address getCallingAddress();

    Terminal getCallingTerminal();

    Address getLastRedirectedAddress();
}
