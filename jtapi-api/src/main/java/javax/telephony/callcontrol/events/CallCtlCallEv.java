package javax.telephony.callcontrol.events;

import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.events.CallEv;

/**
 * Base legacy call control call event, giving calling and called addresses, calling terminal and
 * last redirecting address.
 */
public interface CallCtlCallEv extends CallCtlEv, CallEv {
    Address getCalledAddress();

    Address getCallingAddress();

    Terminal getCallingTerminal();

    Address getLastRedirectedAddress();
}
