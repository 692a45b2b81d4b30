package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a connection is now alerting: the party is being
 * notified of an incoming call.
 */
public interface CallCtlConnAlertingEv extends CallCtlConnEv {
    int ID = 203;
}
