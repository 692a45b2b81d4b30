package javax.telephony.callcenter.events;

/**
 * Legacy ACD address event reporting that an agent at the ACD address is now in after-call work and
 * not ready.
 */
public interface ACDAddrWorkNotReadyEv extends ACDAddrEv {
    int ID = 306;
}
