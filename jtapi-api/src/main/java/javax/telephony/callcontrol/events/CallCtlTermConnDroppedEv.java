package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a terminal connection is now dropped: the terminal has
 * left the call for good.
 */
public interface CallCtlTermConnDroppedEv extends CallCtlTermConnEv {
    int ID = 215;
}
