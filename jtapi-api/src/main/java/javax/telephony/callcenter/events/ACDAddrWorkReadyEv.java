package javax.telephony.callcenter.events;

/**
 * Legacy ACD address event reporting that an agent at the ACD address is now in after-call work but
 * ready.
 */
public interface ACDAddrWorkReadyEv extends ACDAddrEv {
    int ID = 307;
}
