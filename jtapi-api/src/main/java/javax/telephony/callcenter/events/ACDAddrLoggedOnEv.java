package javax.telephony.callcenter.events;

/** Legacy ACD address event reporting that an agent at the ACD address is now logged on. */
public interface ACDAddrLoggedOnEv extends ACDAddrEv {
    int ID = 302;
}
