package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a connection is now initiated: an outgoing call has
 * started from the address.
 */
public interface CallCtlConnInitiatedEv extends CallCtlConnEv {
    int ID = 208;
}
