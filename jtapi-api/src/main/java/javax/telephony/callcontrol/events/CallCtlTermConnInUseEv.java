package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a terminal connection is now in use: the call is active
 * elsewhere and cannot be joined from this terminal.
 */
public interface CallCtlTermConnInUseEv extends CallCtlTermConnEv {
    int ID = 217;
}
