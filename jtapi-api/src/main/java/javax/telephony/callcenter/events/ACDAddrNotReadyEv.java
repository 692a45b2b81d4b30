package javax.telephony.callcenter.events;

/**
 * Legacy ACD address event reporting that an agent at the ACD address is now not ready to take
 * calls.
 */
public interface ACDAddrNotReadyEv extends ACDAddrEv {
    int ID = 303;
}
