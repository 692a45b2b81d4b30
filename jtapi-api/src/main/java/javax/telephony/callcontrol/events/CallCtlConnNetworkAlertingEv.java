package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a connection is now network alerting: the remote party
 * in the network is being alerted.
 */
public interface CallCtlConnNetworkAlertingEv extends CallCtlConnEv {
    int ID = 209;
}
