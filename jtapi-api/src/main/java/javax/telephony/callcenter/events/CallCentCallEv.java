package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.callcenter.CallCenterTrunk;
import javax.telephony.events.CallEv;

/**
 * Base legacy call center call event, giving calling and called addresses, calling terminal, last
 * redirecting address and trunks.
 */
public interface CallCentCallEv extends CallCentEv, CallEv {
    Address getCalledAddress();

    Address getCallingAddress();

    Terminal getCallingTerminal();

    Address getLastRedirectedAddress();

    CallCenterTrunk[] getTrunks();
}
