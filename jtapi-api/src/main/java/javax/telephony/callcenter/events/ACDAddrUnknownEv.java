package javax.telephony.callcenter.events;

/**
 * Legacy ACD address event reporting that an agent at the ACD address is now in an unknown state.
 */
public interface ACDAddrUnknownEv extends ACDAddrEv {
    int ID = 305;
}
