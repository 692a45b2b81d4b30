package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a terminal connection is now ringing: the terminal is
 * alerting the user.
 */
public interface CallCtlTermConnRingingEv extends CallCtlTermConnEv {
    int ID = 218;
}
