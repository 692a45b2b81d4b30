package javax.telephony.callcenter.events;

/**
 * Legacy ACD address event reporting that an agent at the ACD address is now ready to take calls.
 */
public interface ACDAddrReadyEv extends ACDAddrEv {
    int ID = 304;
}
