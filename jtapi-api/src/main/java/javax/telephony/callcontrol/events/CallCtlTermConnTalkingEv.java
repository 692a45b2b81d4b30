package javax.telephony.callcontrol.events;

/**
 * Legacy call control event reporting that a terminal connection is now talking: the terminal is
 * actively taking part in the call.
 */
public interface CallCtlTermConnTalkingEv extends CallCtlTermConnEv {
    int ID = 219;
}
