package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a connection is now failed: the call could not reach the
 * party.
 */
public interface CallCtlConnFailedEv extends CallCtlConnEv {
    int ID = 207;
}
