package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a terminal connection is now held: the terminal has put
 * the call on hold.
 */
public interface CallCtlTermConnHeldEv extends CallCtlTermConnEv {
    int ID = 216;
}
