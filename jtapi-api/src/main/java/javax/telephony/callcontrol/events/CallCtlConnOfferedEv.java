package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a connection is now offered: an incoming call is being
 * presented to the address.
 */
public interface CallCtlConnOfferedEv extends CallCtlConnEv {
    int ID = 211;
}
