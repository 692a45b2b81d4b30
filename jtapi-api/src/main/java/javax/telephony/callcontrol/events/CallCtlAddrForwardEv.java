package javax.telephony.callcontrol.events;

import javax.telephony.callcontrol.CallControlForwarding;

/**
 * Legacy call control address event reporting that the call forwarding rules of an address have
 * changed.
 */
public interface CallCtlAddrForwardEv extends CallCtlAddrEv {
    int ID = 201;

    CallControlForwarding[] getForwarding();
}
