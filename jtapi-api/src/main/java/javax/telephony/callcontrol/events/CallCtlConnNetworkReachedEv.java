package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a connection is now network reached: the call has left
 * the switch into the network.
 */
public interface CallCtlConnNetworkReachedEv extends CallCtlConnEv {
    int ID = 210;
}
