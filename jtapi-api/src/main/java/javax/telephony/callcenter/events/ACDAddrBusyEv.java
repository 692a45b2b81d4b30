package javax.telephony.callcenter.events;

/**
 * Legacy ACD address event reporting that an agent at the ACD address is now busy handling a call.
 */
public interface ACDAddrBusyEv extends ACDAddrEv {
    int ID = 300;
}
