package javax.telephony.callcenter.events;

/** Legacy ACD address event reporting that an agent at the ACD address is now logged off. */
public interface ACDAddrLoggedOffEv extends ACDAddrEv {
    int ID = 301;
}
