package javax.telephony.callcontrol.events;

/**
 * Legacy call control terminal event reporting that the do-not-disturb setting of a terminal has
 * changed.
 */
public interface CallCtlTermDoNotDisturbEv extends CallCtlTermEv {
    int ID = 221;

    boolean getDoNotDisturbState();
}
